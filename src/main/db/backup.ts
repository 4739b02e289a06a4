import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import { BACKUP_FILE_PATTERN, backupReasonSchema } from '../../shared/ipc/backup';
import type { BackupEntry, BackupReason } from '../../shared/ipc/backup';
import { MIGRATIONS } from './migrations';
import { fileStamp, moveDatabaseAside } from './move-aside';

export const BACKUP_DIR_NAME = 'backups';
export const DAY_MS = 24 * 60 * 60 * 1000;

/** Why a backup could not be used or made; the message is for the clerk. */
export class BackupError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'BackupError';
  }
}

export function backupDir(dataDir: string): string {
  return join(dataDir, BACKUP_DIR_NAME);
}

function parseStamp(stamp: string): string {
  // 20260110T080000123Z → 2026-01-10T08:00:00.123Z
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(stamp);
  if (!m) return '';
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`;
}

function entryFor(dataDir: string, file: string): BackupEntry | null {
  if (!BACKUP_FILE_PATTERN.test(file)) return null;
  const [, stamp = '', reason = ''] = /^nianbao-([^-]+)-([a-z]+)/.exec(file) ?? [];
  const parsedReason = backupReasonSchema.safeParse(reason);
  const createdAt = parseStamp(stamp);
  if (!parsedReason.success || !createdAt) return null;
  try {
    const bytes = statSync(join(backupDir(dataDir), file)).size;
    return { file, createdAt, bytes, reason: parsedReason.data };
  } catch {
    return null;
  }
}

/** Backups in `<dataDir>/backups/`, newest first (file names carry the time, UTC). */
export function listBackups(dataDir: string): BackupEntry[] {
  let names: string[];
  try {
    names = readdirSync(backupDir(dataDir));
  } catch {
    return [];
  }
  return names
    .map((name) => entryFor(dataDir, name))
    .filter((e): e is BackupEntry => e !== null)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.file.localeCompare(a.file));
}

export function newestBackup(dataDir: string): BackupEntry | null {
  return listBackups(dataDir)[0] ?? null;
}

/** True when no backup exists or the newest is at least `maxAgeMs` old. */
export function isBackupDue(dataDir: string, at: Date, maxAgeMs = DAY_MS): boolean {
  const newest = newestBackup(dataDir);
  return !newest || at.getTime() - Date.parse(newest.createdAt) >= maxAgeMs;
}

/** Removes the oldest backups beyond `keep`; only files named like our backups are touched. */
export function pruneBackups(dataDir: string, keep: number): string[] {
  const removed = listBackups(dataDir).slice(Math.max(1, keep));
  for (const entry of removed) rmSync(join(backupDir(dataDir), entry.file), { force: true });
  return removed.map((e) => e.file);
}

function freshTarget(dataDir: string, reason: BackupReason, at: Date): string {
  const dir = backupDir(dataDir);
  mkdirSync(dir, { recursive: true });
  const base = `nianbao-${fileStamp(at)}-${reason}`;
  let name = `${base}.sqlite3`;
  for (let n = 2; existsSync(join(dir, name)); n++) name = `${base}-${n}.sqlite3`;
  return name;
}

/** Written under a temporary name and renamed: a crash mid-backup never leaves a listed half file. */
function partialPath(dataDir: string, name: string): string {
  return join(backupDir(dataDir), `.${name}.partial`);
}

export interface BackupOptions {
  reason: BackupReason;
  at: Date;
  /** How many backups to keep (settings.backupKeep). */
  keep: number;
}

/**
 * One backup in the making: the copy goes to a partial file first and becomes the backup only by
 * a rename once complete, so a crash or a full disk never leaves a half backup in the list.
 */
function startBackup(dataDir: string, options: BackupOptions) {
  const name = freshTarget(dataDir, options.reason, options.at);
  const partial = partialPath(dataDir, name);
  const fail = (error: unknown): never => {
    rmSync(partial, { force: true });
    throw new BackupError(backupFailed(error), { cause: error });
  };
  return {
    partial,
    fail,
    finish(): BackupEntry {
      try {
        renameSync(partial, join(backupDir(dataDir), name));
      } catch (error) {
        fail(error);
      }
      pruneBackups(dataDir, options.keep);
      return entryFor(dataDir, name)!;
    },
  };
}

/** A consistent copy of the open database made with SQLite's online backup, in steps. */
export async function createBackup(
  db: Database,
  dataDir: string,
  options: BackupOptions,
): Promise<BackupEntry> {
  const backup = startBackup(dataDir, options);
  try {
    await db.backup(backup.partial);
  } catch (error) {
    backup.fail(error);
  }
  return backup.finish();
}

/**
 * The same, synchronously (`VACUUM INTO`, also a consistent copy made by SQLite), for moments
 * that cannot wait: before a migration and on opening, before the clerk can change anything.
 */
export function createBackupSync(
  db: Database,
  dataDir: string,
  options: BackupOptions,
): BackupEntry {
  const backup = startBackup(dataDir, options);
  try {
    rmSync(backup.partial, { force: true });
    db.prepare('VACUUM INTO ?').run(backup.partial);
  } catch (error) {
    backup.fail(error);
  }
  return backup.finish();
}

function backupFailed(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  if (code === 'ENOSPC' || code === 'SQLITE_FULL')
    return '备份失败：磁盘空间不足。请清理磁盘后再备份；现有数据未受影响。';
  return `备份失败（${String((error as Error | null)?.message ?? error)}）。现有数据未受影响，请稍后重试。`;
}

/** Opens a backup read-only and checks it is a whole database this app can read. */
export function verifyBackup(path: string): void {
  let db: Database | undefined;
  try {
    db = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
    const ok = db.pragma('integrity_check', { simple: true });
    const version = db.pragma('user_version', { simple: true }) as number;
    if (ok !== 'ok') throw new BackupError('这个备份文件已损坏，不能用来恢复。请选择另一个备份。');
    if (version > MIGRATIONS.length) {
      throw new BackupError(
        '这个备份由更新版本的年报编制助手创建，本程序不能使用。请安装最新版本。',
      );
    }
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError('这个备份文件无法读取（可能已损坏），不能用来恢复。请选择另一个备份。', {
      cause: error,
    });
  } finally {
    db?.close();
  }
}

/**
 * Puts a backup in place of `<dataDir>/<databaseName>`. The caller has closed its connection and
 * reopens afterwards. The current file (and its -wal/-shm) is moved aside as
 * `<databaseName>.before-restore-<time>`, never deleted. Nothing changes when the backup is unusable.
 */
export function restoreFromBackup(
  dataDir: string,
  backupFile: string,
  options: { databaseName: string; at: Date },
): { restored: BackupEntry; movedTo: string | null } {
  const entry = entryFor(dataDir, backupFile);
  if (!entry) throw new BackupError(`找不到备份“${backupFile}”。请刷新备份列表后重试。`);
  const source = join(backupDir(dataDir), entry.file);
  verifyBackup(source);
  const target = join(dataDir, options.databaseName);
  const incoming = `${target}.restoring`;
  copyFileSync(source, incoming);
  const movedTo = existsSync(target)
    ? moveDatabaseAside(target, 'before-restore', options.at)
    : null;
  renameSync(incoming, target);
  return { restored: entry, movedTo };
}
