import type { Database } from 'better-sqlite3';
import {
  BackupError,
  DAY_MS,
  createBackup,
  createBackupSync,
  createReportListRepository,
  createSettingsRepository,
  isBackupDue,
  listBackups,
  restoreFromBackup,
} from '../db';
import { AppError } from '../../shared/ipc';
import type { BackupEntry, Handlers } from '../../shared/ipc';
import type { Clock } from './clock';
import { readSettings } from './settings';

export type BackupHandlers = Pick<Handlers, 'backup:list' | 'backup:create' | 'backup:restore'>;

/** How often the app looks whether the daily backup is due (it is made at most once a day). */
export const DAILY_BACKUP_CHECK_MS = 60 * 60 * 1000;

export interface BackupServiceDeps {
  dataDir: string;
  databaseName: string;
  clock: Clock;
  /** The open connection (it changes after a restore). */
  db: () => Database;
  /** Closes the connection, runs `swap` on the closed file, then opens it again. */
  reopenAround<T>(swap: () => T): T;
}

/** settings.backupKeep of this database; the default when settings cannot be read (old file). */
export function backupKeep(db: Database): number {
  try {
    return readSettings(createSettingsRepository(db)).backupKeep;
  } catch {
    return 10;
  }
}

/** True when the database holds at least one report: an empty one is not worth a backup slot. */
function hasReports(db: Database): boolean {
  const list = createReportListRepository(db);
  return list.count('active') > 0 || list.count('trash') > 0;
}

/** Backup before a schema upgrade (hook for openDatabase's `beforeMigrate`). */
export function backupBeforeMigration(db: Database, dataDir: string, clock: Clock): void {
  createBackupSync(db, dataDir, { reason: 'migration', at: clock(), keep: backupKeep(db) });
}

function storageError(error: unknown): AppError {
  if (error instanceof BackupError) return new AppError('STORAGE', error.message);
  return new AppError(
    'STORAGE',
    `备份操作失败（${String((error as Error | null)?.message ?? error)}）。现有数据未受影响，请稍后重试。`,
  );
}

export function createBackupService(deps: BackupServiceDeps) {
  const { dataDir, clock } = deps;
  let timer: ReturnType<typeof setInterval> | null = null;

  /** The daily backup, made synchronously (on opening, before the clerk changes anything). */
  function dailyIfDueSync(): BackupEntry | null {
    const db = deps.db();
    const at = clock();
    if (!hasReports(db) || !isBackupDue(dataDir, at, DAY_MS)) return null;
    return createBackupSync(db, dataDir, { reason: 'daily', at, keep: backupKeep(db) });
  }

  let inFlight: Promise<BackupEntry | null> | null = null;

  /** The daily backup in steps (while the app runs); one at a time, however often it is asked. */
  function dailyIfDue(): Promise<BackupEntry | null> {
    if (inFlight) return inFlight;
    const db = deps.db();
    const at = clock();
    if (!hasReports(db) || !isBackupDue(dataDir, at, DAY_MS)) return Promise.resolve(null);
    inFlight = createBackup(db, dataDir, { reason: 'daily', at, keep: backupKeep(db) }).finally(
      () => {
        inFlight = null;
      },
    );
    return inFlight;
  }

  const handlers: BackupHandlers = {
    'backup:list': () => listBackups(dataDir),
    'backup:create': async () => {
      const db = deps.db();
      try {
        return await createBackup(db, dataDir, {
          reason: 'manual',
          at: clock(),
          keep: backupKeep(db),
        });
      } catch (error) {
        throw storageError(error);
      }
    },
    'backup:restore': ({ file }) => {
      try {
        const { restored, movedTo } = deps.reopenAround(() =>
          restoreFromBackup(dataDir, file, { databaseName: deps.databaseName, at: clock() }),
        );
        return { restored, movedTo: movedTo ?? '' };
      } catch (error) {
        throw storageError(error);
      }
    },
  };

  return {
    handlers,
    dailyIfDueSync,
    dailyIfDue,
    /** Starts the daily backup while the app runs; returns the stop function. */
    startDailyTimer(intervalMs = DAILY_BACKUP_CHECK_MS): () => void {
      if (timer) clearInterval(timer);
      timer = setInterval(() => {
        dailyIfDue().catch((error: unknown) => console.warn('[backup] 每日备份失败', error));
      }, intervalMs);
      timer.unref();
      return () => {
        if (timer) clearInterval(timer);
        timer = null;
      };
    },
    stop(): void {
      if (timer) clearInterval(timer);
      timer = null;
    },
  };
}

export type BackupService = ReturnType<typeof createBackupService>;
