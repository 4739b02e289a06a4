import type { SettingsRepository } from '../db';
import { AppError, DEFAULT_SETTINGS, settingsSchema } from '../../shared/ipc';
import type { Handlers, Settings } from '../../shared/ipc';
import { describeZodIssues } from '../../shared/model';
import { MESSAGES } from './messages';

export type SettingsHandlers = Pick<Handlers, 'settings:get' | 'settings:update'>;

/**
 * Stored settings over the defaults, key by key: a stored value that no longer fits the schema
 * (hand-edited file, older app) falls back to its default instead of breaking the app.
 */
export function readSettings(repo: SettingsRepository): Settings {
  const stored = repo.readAll();
  const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(settingsSchema.shape) as (keyof Settings)[]) {
    if (!(key in stored)) continue;
    const field = settingsSchema.shape[key].safeParse(stored[key]);
    if (field.success) merged[key] = field.data;
  }
  return settingsSchema.parse(merged);
}

export function createSettingsService(repo: SettingsRepository): SettingsHandlers {
  return {
    'settings:get': () => readSettings(repo),
    'settings:update': (patch) => {
      const next = settingsSchema.safeParse({ ...readSettings(repo), ...patch });
      if (!next.success) {
        const problem = describeZodIssues(next.error)[0] ?? '';
        throw new AppError('VALIDATION', MESSAGES.settingsInvalid(problem));
      }
      for (const [key, value] of Object.entries(patch)) {
        if (value !== undefined) repo.put(key, next.data[key as keyof Settings]);
      }
      return next.data;
    },
  };
}
