import type { Database } from 'better-sqlite3';
import { createAuditRepository } from './audit';
import { createReportListRepository } from './reportList';
import { createReportNotesRepository } from './reportNotes';
import { createReportRepository } from './reports';
import { createRevisionRepository } from './revisions';
import { createSettingsRepository } from './settings';

export * from './audit';
export * from './content';
export * from './reportList';
export * from './reportNotes';
export * from './reports';
export * from './revisions';
export * from './settings';

/** Every repository on one connection. */
export function createRepositories(db: Database) {
  return {
    reports: createReportRepository(db),
    reportList: createReportListRepository(db),
    reportNotes: createReportNotesRepository(db),
    revisions: createRevisionRepository(db),
    settings: createSettingsRepository(db),
    audit: createAuditRepository(db),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
