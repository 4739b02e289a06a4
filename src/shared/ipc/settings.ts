import { z } from 'zod';
import { defineCall } from './define';

const monthDay = z
  .string()
  .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { error: '日期格式应为 MM-DD，例如 01-31' });

export const settingsSchema = z.object({
  /** official: 仿宋_GB2312 等公文字体; system: 宋体/黑体/楷体/仿宋 (PCs without the official faces). */
  fontScheme: z.enum(['official', 'system']),
  deadlines: z.object({ department: monthDay, countyGovernment: monthDay }),
  lastExportDir: z.string().nullable(),
  backupKeep: z.number().int().min(1).max(100),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  fontScheme: 'official',
  deadlines: { department: '01-31', countyGovernment: '03-31' },
  lastExportDir: null,
  backupKeep: 10,
};

export const settingsCalls = {
  'settings:get': defineCall('settings:get', z.object({}), settingsSchema),
  /**
   * What the settings page may change. `lastExportDir` is written only by the export service
   * after the clerk picks a folder in the native dialog; a page trying to set it is refused.
   */
  'settings:update': defineCall(
    'settings:update',
    settingsSchema.omit({ lastExportDir: true }).partial().strict(),
    settingsSchema,
  ),
} as const;
