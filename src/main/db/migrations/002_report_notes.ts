import type { Migration } from './types';

/**
 * The review notes of a report: advice that is not report content but must outlive the window —
 * the importer's cells still to check, the 2019→2021 conversion list and 表二 hints that
 * `template:create` said once, the year suggestions the clerk chose to ignore. One JSON object per
 * report, validated by the repository on read; it goes with its report when that is purged.
 */
export const migration002ReportNotes: Migration = {
  id: 2,
  name: 'report_notes',
  sql: `
CREATE TABLE report_notes (
  report_id INTEGER PRIMARY KEY REFERENCES reports (id) ON DELETE CASCADE,
  notes TEXT NOT NULL CHECK (json_valid(notes)),
  updated_at TEXT NOT NULL
) STRICT;
`,
};
