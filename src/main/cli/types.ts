import type { ParseArgsConfig } from 'node:util';
import type { Services } from '../services';

/** Where a command writes: stdout carries only the result, stderr the messages. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export type OptionValue = string | boolean | (string | boolean)[] | undefined;

export interface CliContext {
  io: CliIo;
  /** Parsed options (including the common `--data-dir`) and positional arguments. */
  values: Record<string, OptionValue>;
  positionals: string[];
  /** Data folder for this run (`--data-dir`, else NIANBAO_DATA_DIR, else the user-data folder). */
  dataDir: string;
  /** Opens the services on first use; main closes them after the command. */
  services(): Services;
}

export interface CliCommand {
  name: string;
  /** One Chinese line for the help listing. */
  summary: string;
  /** Usage line(s) after `npm run cli --`. */
  usage: string;
  options?: NonNullable<ParseArgsConfig['options']>;
  /** How many positional arguments the command takes (min, max). */
  positionals?: { min: number; max: number };
  /** Returns the exit code: 0 success, 1 failure or error-severity issues, 2 bad input. */
  run(ctx: CliContext): number | Promise<number>;
}

/** Wrong arguments or an unreadable input file: message to stderr, exit code 2. */
export class CliInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliInputError';
  }
}
