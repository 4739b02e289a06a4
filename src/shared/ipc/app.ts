import { z } from 'zod';
import { defineCall } from './define';

export const appInfoSchema = z.object({
  version: z.string(),
  transport: z.enum(['electron', 'browser']),
  dataDir: z.string(),
  /** Set when the database could not be opened normally and was moved aside (damaged or foreign file). */
  recovery: z
    .object({ movedTo: z.string(), reason: z.string(), newestBackup: z.string().nullable() })
    .nullable(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export const appCalls = {
  'app:info': defineCall('app:info', z.object({}), appInfoSchema),
} as const;
