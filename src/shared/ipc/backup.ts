import { z } from 'zod';
import { defineCall } from './define';

/**
 * Backups are whole copies of the database in `<dataDir>/backups/`. The renderer only ever names
 * a backup by its file name from `backup:list`; the service resolves it inside that folder.
 */
export const BACKUP_FILE_PATTERN =
  /^nianbao-\d{8}T\d{9}Z-(daily|manual|migration)(-\d+)?\.sqlite3$/;

export const backupReasonSchema = z.enum(['daily', 'manual', 'migration']);
export type BackupReason = z.infer<typeof backupReasonSchema>;

export const BACKUP_REASON_LABEL: Record<BackupReason, string> = {
  daily: '每日自动备份',
  manual: '手动备份',
  migration: '升级前自动备份',
};

export const backupFileNameSchema = z
  .string({ error: '备份文件名必须是文字' })
  .regex(BACKUP_FILE_PATTERN, { error: '备份文件名不正确，请从备份列表中选择' });

export const backupEntrySchema = z.object({
  file: backupFileNameSchema,
  createdAt: z.string(),
  bytes: z.number().int().min(0),
  reason: backupReasonSchema,
});
export type BackupEntry = z.infer<typeof backupEntrySchema>;

export const backupCalls = {
  /** Backups in the app's folder, newest first. */
  'backup:list': defineCall('backup:list', z.object({}), z.array(backupEntrySchema)),
  /** A backup now (reason `manual`); older ones beyond `settings.backupKeep` are removed. */
  'backup:create': defineCall('backup:create', z.object({}), backupEntrySchema),
  /**
   * Replaces the database with a backup. The current file is kept beside it (`movedTo`), never
   * deleted; the reports open from the backup afterwards.
   */
  'backup:restore': defineCall(
    'backup:restore',
    z.object({ file: backupFileNameSchema }),
    z.object({ restored: backupEntrySchema, movedTo: z.string() }),
  ),
} as const;
