import type { Database } from 'better-sqlite3';
import type { ReportContent } from '../../../shared/model';
import { readContent, writeContent } from './content';
import type { ContentRead } from './content';

/** Why a snapshot was taken; free text is allowed for future reasons, these are the known ones. */
export type SnapshotReason =
  'export' | 'final' | 'periodic' | 'unfinalize' | 'import' | (string & {});

export interface RevisionRow {
  id: number;
  reportId: number;
  revision: number;
  reason: string;
  createdAt: string;
}

interface RawRevision {
  id: number;
  report_id: number;
  revision: number;
  reason: string;
  created_at: string;
}

const COLUMNS = 'id, report_id, revision, reason, created_at';

function toRow(r: RawRevision): RevisionRow {
  return {
    id: r.id,
    reportId: r.report_id,
    revision: r.revision,
    reason: r.reason,
    createdAt: r.created_at,
  };
}

/** All SQL about snapshots (`revisions`). */
export function createRevisionRepository(db: Database) {
  const s = {
    insert: db.prepare<[number, number, string, string, number, string]>(
      `INSERT INTO revisions (report_id, revision, reason, created_at, content_version, content)
       VALUES (?, ?, ?, ?, ?, ?)`,
    ),
    list: db.prepare<[number], RawRevision>(
      `SELECT ${COLUMNS} FROM revisions WHERE report_id = ? ORDER BY id DESC`,
    ),
    latest: db.prepare<[number, string], RawRevision>(
      `SELECT ${COLUMNS} FROM revisions WHERE report_id = ? AND reason = ? ORDER BY id DESC LIMIT 1`,
    ),
    content: db.prepare<[number], RawRevision & { content: string }>(
      `SELECT ${COLUMNS}, content FROM revisions WHERE id = ?`,
    ),
  };
  return {
    insert(
      reportId: number,
      revision: number,
      reason: SnapshotReason,
      content: ReportContent,
      now: string,
    ): RevisionRow {
      const info = s.insert.run(
        reportId,
        revision,
        reason,
        now,
        content.contentVersion,
        writeContent(content),
      );
      return { id: Number(info.lastInsertRowid), reportId, revision, reason, createdAt: now };
    },
    /** Newest first. */
    list(reportId: number): RevisionRow[] {
      return s.list.all(reportId).map(toRow);
    },
    latestWithReason(reportId: number, reason: SnapshotReason): RevisionRow | undefined {
      const r = s.latest.get(reportId, reason);
      return r ? toRow(r) : undefined;
    },
    /** The stored content of one snapshot (to reproduce an exported file). */
    get(id: number): (RevisionRow & { content: ContentRead }) | undefined {
      const r = s.content.get(id);
      return r ? { ...toRow(r), content: readContent(r.content) } : undefined;
    },
  };
}

export type RevisionRepository = ReturnType<typeof createRevisionRepository>;
