import { mkdirSync } from 'node:fs';
import type { Database } from 'better-sqlite3';
import { createRepositories, openOrRecover } from '../db';
import type { AppInfo, Handlers } from '../../shared/ipc';
import { APP_VERSION, createAppInfoService } from './app-info';
import type { ChecksEngine } from './checks-engine';
import { defaultChecksEngine } from './default-checks';
import type { Clock } from './clock';
import { systemClock } from './clock';
import { DATABASE_FILE_NAME, databaseFile } from './data-dir';
import { backupBeforeMigration, createBackupService } from './backups';
import type { BackupService } from './backups';
import { createReportService } from './reports';
import type { ReportService } from './reports';
import { createSettingsService } from './settings';
import { createImportService } from './import';
import { createNotesService } from './notes';
import { createTemplateService } from './template';
import { createExportService } from './export';
import type { ExportHooks, ExportService } from './export';
import { createDataPackageService } from './dataPackage';
import { APP_ORIGIN } from '../window/app-origin';

export * from './clock';
export * from './data-dir';
export type { ChecksEngine } from './checks-engine';
export type { PutResult, ReportService } from './reports';
export { PERIODIC_SNAPSHOT_MS } from './reports';
export { readSettings } from './settings';
export { APP_VERSION } from './app-info';
export type { ExportHooks, ExportPaths, ExportService } from './export';
export { exportsDir } from './export-folders';
export type { BackupService } from './backups';
export { DAILY_BACKUP_CHECK_MS } from './backups';

export interface ServicesOptions {
  /** Folder holding `nianbao.sqlite3` (see resolveDataDir); created when missing. */
  dataDir: string;
  transport?: AppInfo['transport'];
  clock?: Clock;
  /** Overrides what openOrRecover reports about a damaged or too-new database moved aside. */
  recovery?: AppInfo['recovery'];
  /** Addon built for Electron's ABI (the Node build cannot load inside Electron). */
  nativeBinding?: string;
  checks?: ChecksEngine;
  snapshotIntervalMs?: number;
  /** Where rows that fail validation are reported; default: console.warn. */
  onDamaged?: (reportId: number, problems: string[]) => void;
  /** Folder dialog, reveal-in-folder, PDF printer and font address lent by the host (Electron main). */
  exportHooks?: ExportHooks;
}

export interface Services {
  /** One function per contract channel, given validated input (see src/main/ipc/dispatch.ts). */
  handlers: Handlers;
  /** Use cases outside the contract: put (CLI save / data packages), snapshot (export), … */
  reports: ReportService;
  /** Export to given paths (CLI) and the PDF printer's lifetime. */
  exports: ExportService;
  db: Database;
  /** Backups (daily, manual, restore); the app starts the daily timer with startDailyTimer(). */
  backups: BackupService;
  dataDir: string;
  databaseFile: string;
  /** Closes the database; a PDF printer still open is closed in the background. */
  close(): void;
  /** close() that also waits for the PDF printer's Chromium to exit (CLI, tests). */
  closeAsync(): Promise<void>;
}

/** Everything bound to one open connection; replaced as a whole when a backup is restored. */
function openSession(db: Database, options: ServicesOptions, clock: Clock) {
  const repos = createRepositories(db);
  const reports = createReportService({
    db,
    repos,
    clock,
    checks: options.checks ?? defaultChecksEngine,
    onDamaged:
      options.onDamaged ??
      ((id, problems) => console.warn(`[db] 报告 ${id} 的内容未通过校验：${problems.join('；')}`)),
    ...(options.snapshotIntervalMs !== undefined
      ? { snapshotIntervalMs: options.snapshotIntervalMs }
      : {}),
  });
  const notes = createNotesService({ db, repos, clock });
  const handlers = {
    ...reports.handlers,
    ...createSettingsService(repos.settings),
    ...createImportService({ db, repos, reports, notes, clock }).handlers,
    ...createTemplateService({ db, repos, reports, notes }).handlers,
    ...notes.handlers,
    ...createDataPackageService({ db, repos, reports, notes, clock }).handlers,
  };
  return { db, repos, reports, handlers };
}

type Session = ReturnType<typeof openSession>;
type SessionChannel = keyof Session['handlers'];

/** Handlers that always call the current session's, so a restore needs no re-registration. */
function delegating(keys: readonly SessionChannel[], current: () => Session): Session['handlers'] {
  const out: Partial<Record<SessionChannel, unknown>> = {};
  for (const key of keys) {
    // The same narrow cast as in dispatch: TS cannot correlate the channel across the mapped type.
    out[key] = (input: unknown) => (current().handlers[key] as (i: unknown) => unknown)(input);
  }
  return out as Session['handlers'];
}

/** The app's services on the database in `dataDir`; plain Node, no Electron. */
export function createServices(options: ServicesOptions): Services {
  mkdirSync(options.dataDir, { recursive: true });
  const { dataDir } = options;
  const file = databaseFile(dataDir);
  const clock = options.clock ?? systemClock;
  const openOptions = {
    fileName: DATABASE_FILE_NAME,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    beforeMigrate: (db: Database) => backupBeforeMigration(db, dataDir, clock),
  };
  // A damaged or too-new file is moved aside and reported, so the app still starts.
  const opened = openOrRecover(dataDir, { ...openOptions, at: clock() });
  let session = openSession(opened.db, options, clock);
  const backups = createBackupService({
    dataDir,
    databaseName: DATABASE_FILE_NAME,
    clock,
    db: () => session.db,
    reopenAround(swap) {
      session.db.close();
      try {
        return swap();
      } finally {
        session = openSession(
          openOrRecover(dataDir, { ...openOptions, at: clock() }).db,
          options,
          clock,
        );
      }
    },
  });
  try {
    backups.dailyIfDueSync();
  } catch (error) {
    // A failed backup must not keep the clerk from working; the timer tries again.
    console.warn('[backup] 每日备份失败', error);
  }
  const exports = createExportService({
    current: () => session,
    clock,
    checks: options.checks ?? defaultChecksEngine,
    dataDir,
    hooks: {
      // app:// serves the fonts in Electron; the browser server serves them at /fonts/.
      fontBaseUrl: options.transport === 'electron' ? `${APP_ORIGIN}/fonts/` : '/fonts/',
      ...options.exportHooks,
    },
  });
  const handlers: Handlers = {
    ...createAppInfoService({
      version: APP_VERSION,
      transport: options.transport ?? 'browser',
      dataDir,
      recovery: options.recovery ?? opened.recovery,
    }),
    ...delegating(Object.keys(session.handlers) as SessionChannel[], () => session),
    ...backups.handlers,
    ...exports.handlers,
  };
  return {
    handlers,
    get reports() {
      return session.reports;
    },
    get db() {
      return session.db;
    },
    backups,
    exports,
    dataDir,
    databaseFile: file,
    close: () => {
      backups.stop();
      void exports.dispose();
      if (session.db.open) session.db.close();
    },
    closeAsync: async () => {
      backups.stop();
      if (session.db.open) session.db.close();
      await exports.dispose();
    },
  };
}
