import type { z } from 'zod';
import { appCalls } from './app';
import { backupCalls } from './backup';
import { dataCalls } from './data';
import { exportCalls } from './export';
import { importCalls } from './import';
import { notesCalls } from './notes';
import { reportCalls } from './reports';
import { settingsCalls } from './settings';
import { templateCalls } from './template';

/**
 * The one contract between renderer and services. Main registers a handler per channel through
 * one wrapper; preload exposes exactly these channels; the browser mode serves the same over HTTP.
 * Each domain adds its calls here.
 */
export const contract = {
  ...appCalls,
  ...reportCalls,
  ...settingsCalls,
  ...backupCalls,
  ...importCalls,
  ...templateCalls,
  ...exportCalls,
  ...dataCalls,
  ...notesCalls,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type CallInput<C extends Channel> = z.input<Contract[C]['input']>;
export type CallOutput<C extends Channel> = z.output<Contract[C]['output']>;
export const CHANNELS = Object.keys(contract) as Channel[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
