import type { Migration } from './types';

/**
 * Reports, their snapshots, settings and the audit log (released with 0.1.0).
 * The content JSON (about 10–20 KB) lives in its own table so the report list scans narrow rows.
 */
export const migration001Initial: Migration = {
  id: 1,
  name: 'initial',
  sql: `
CREATE TABLE reports (
  id INTEGER PRIMARY KEY,
  organ TEXT NOT NULL,
  year INTEGER NOT NULL,
  format TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'final')),
  revision INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  finalized_at TEXT,
  position TEXT CHECK (position IS NULL OR json_valid(position))
) STRICT;

-- One live report per (机关, 年度); reports in the trash do not count.
CREATE UNIQUE INDEX reports_active_organ_year ON reports (organ, year) WHERE deleted_at IS NULL;
-- Covers the list query (every summary column), so listing never visits the table itself.
CREATE INDEX reports_list ON reports (deleted_at, updated_at, id, organ, year, format, status, revision);

CREATE TABLE report_contents (
  report_id INTEGER PRIMARY KEY REFERENCES reports (id) ON DELETE CASCADE,
  content_version INTEGER NOT NULL,
  content TEXT NOT NULL CHECK (json_valid(content))
) STRICT;

CREATE TABLE revisions (
  id INTEGER PRIMARY KEY,
  report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
  revision INTEGER NOT NULL,
  reason TEXT NOT NULL,
  created_at TEXT NOT NULL,
  content_version INTEGER NOT NULL,
  content TEXT NOT NULL CHECK (json_valid(content))
) STRICT;
CREATE INDEX revisions_by_report ON revisions (report_id, id);

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL CHECK (json_valid(value))
) STRICT;

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
  action TEXT NOT NULL,
  reason TEXT,
  at TEXT NOT NULL
) STRICT;
CREATE INDEX audit_log_by_report ON audit_log (report_id, id);
`,
};
