import { mkdirSync } from 'node:fs';
import type { Database } from 'better-sqlite3';
import { createRepositories, openDatabase } from '../db';
import type { AppInfo, Handlers } from '../../shared/ipc';
import { APP_VERSION, createAppInfoService } from './app-info';
import type { ChecksEngine } from './checks-engine';
import { defaultChecksEngine } from './default-checks';
import type { Clock } from './clock';
import { systemClock } from './clock';
import { databaseFile } from './data-dir';
import { createReportService } from './reports';
import type { ReportService } from './reports';
import { createSettingsService } from './settings';

export * from './clock';
export * from './data-dir';
export type { ChecksEngine } from './checks-engine';
export type { PutResult, ReportService } from './reports';
export { PERIODIC_SNAPSHOT_MS } from './reports';
export { readSettings } from './settings';
export { APP_VERSION } from './app-info';

export interface ServicesOptions {
  /** Folder holding `nianbao.sqlite3` (see resolveDataDir); created when missing. */
  dataDir: string;
  transport?: AppInfo['transport'];
  clock?: Clock;
  /** Set by the caller when it had to move a damaged or too-new database aside. */
  recovery?: AppInfo['recovery'];
  /** Addon built for Electron's ABI (the Node build cannot load inside Electron). */
  nativeBinding?: string;
  checks?: ChecksEngine;
  snapshotIntervalMs?: number;
  /** Where rows that fail validation are reported; default: console.warn. */
  onDamaged?: (reportId: number, problems: string[]) => void;
}

export interface Services {
  /** One function per contract channel, given validated input (see src/main/ipc/dispatch.ts). */
  handlers: Handlers;
  /** Use cases outside the contract: put (CLI save / data packages), snapshot (export), … */
  reports: ReportService;
  db: Database;
  dataDir: string;
  databaseFile: string;
  close(): void;
}

/** The app's services on the database in `dataDir`; plain Node, no Electron. */
export function createServices(options: ServicesOptions): Services {
  mkdirSync(options.dataDir, { recursive: true });
  const file = databaseFile(options.dataDir);
  const db = openDatabase(
    file,
    options.nativeBinding ? { nativeBinding: options.nativeBinding } : {},
  );
  const repos = createRepositories(db);
  const reports = createReportService({
    db,
    repos,
    clock: options.clock ?? systemClock,
    checks: options.checks ?? defaultChecksEngine,
    onDamaged:
      options.onDamaged ??
      ((id, problems) => console.warn(`[db] 报告 ${id} 的内容未通过校验：${problems.join('；')}`)),
    ...(options.snapshotIntervalMs !== undefined
      ? { snapshotIntervalMs: options.snapshotIntervalMs }
      : {}),
  });
  const handlers: Handlers = {
    ...createAppInfoService({
      version: APP_VERSION,
      transport: options.transport ?? 'browser',
      dataDir: options.dataDir,
      recovery: options.recovery ?? null,
    }),
    ...reports.handlers,
    ...createSettingsService(repos.settings),
  };
  return {
    handlers,
    reports,
    db,
    dataDir: options.dataDir,
    databaseFile: file,
    close: () => {
      if (db.open) db.close();
    },
  };
}
