import type { Database } from 'better-sqlite3';
import type { FormatVersion } from '../../../shared/format';
import type { ReportContent, ReportStatus } from '../../../shared/model';
import { positionSchema } from '../../../shared/ipc';
import type { Position } from '../../../shared/ipc';
import { readContent, writeContent } from './content';
import type { ContentRead } from './content';

/** The columns of a report row, without its content. */
export interface ReportRow {
  id: number;
  organ: string;
  year: number;
  format: FormatVersion;
  status: ReportStatus;
  revision: number;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  finalizedAt: string | null;
}

export interface ReportWithContent extends ReportRow {
  content: ContentRead;
  position: Position | null;
}

interface RawRow {
  id: number;
  organ: string;
  year: number;
  format: string;
  status: string;
  revision: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  finalized_at: string | null;
}

interface RawRowWithContent extends RawRow {
  position: string | null;
  content: string;
}

const ROW_COLUMNS =
  'id, organ, year, format, status, revision, created_at, updated_at, deleted_at, finalized_at';

function toRow(r: RawRow): ReportRow {
  return {
    id: r.id,
    organ: r.organ,
    year: r.year,
    format: r.format as FormatVersion,
    status: r.status as ReportStatus,
    revision: r.revision,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    deletedAt: r.deleted_at,
    finalizedAt: r.finalized_at,
  };
}

function readPosition(json: string | null): Position | null {
  if (json === null) return null;
  try {
    const parsed = positionSchema.safeParse(JSON.parse(json));
    // A bad position only costs the clerk the cursor; the report still opens.
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export interface NewReportRow {
  content: ReportContent;
  revision?: number;
  now: string;
}

export interface ContentUpdate {
  id: number;
  content: ReportContent;
  revision: number;
  now: string;
}

/** All SQL about the `reports` table; statements are prepared once per connection. */
export function createReportRepository(db: Database) {
  const s = {
    insert: db.prepare<[string, number, string, number, string, string]>(
      `INSERT INTO reports (organ, year, format, revision, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    ),
    insertContent: db.prepare<[number, number, string]>(
      `INSERT INTO report_contents (report_id, content_version, content) VALUES (?, ?, ?)`,
    ),
    byId: db.prepare<[number], RawRowWithContent>(
      `SELECT ${ROW_COLUMNS}, position, content
       FROM reports JOIN report_contents ON report_id = id WHERE id = ?`,
    ),
    rowById: db.prepare<[number], RawRow>(`SELECT ${ROW_COLUMNS} FROM reports WHERE id = ?`),
    activeFor: db.prepare<[string, number], RawRow>(
      `SELECT ${ROW_COLUMNS} FROM reports WHERE organ = ? AND year = ? AND deleted_at IS NULL`,
    ),
    updateRow: db.prepare<[string, number, string, number, string, number]>(
      `UPDATE reports SET organ = ?, year = ?, format = ?, revision = ?, updated_at = ? WHERE id = ?`,
    ),
    updateContent: db.prepare<[number, string, number]>(
      `UPDATE report_contents SET content_version = ?, content = ? WHERE report_id = ?`,
    ),
    setPosition: db.prepare<[string, number]>(`UPDATE reports SET position = ? WHERE id = ?`),
    setDeleted: db.prepare<[string | null, number]>(
      `UPDATE reports SET deleted_at = ? WHERE id = ?`,
    ),
    setStatus: db.prepare<[string, string | null, number, string, number]>(
      `UPDATE reports SET status = ?, finalized_at = ?, revision = ?, updated_at = ? WHERE id = ?`,
    ),
    organs: db.prepare<[], { organ: string }>(
      `SELECT organ FROM reports WHERE deleted_at IS NULL
       GROUP BY organ ORDER BY max(updated_at) DESC, organ`,
    ),
  };

  return {
    insert: db.transaction((row: NewReportRow): number => {
      const c = row.content;
      const info = s.insert.run(c.organ, c.year, c.format, row.revision ?? 0, row.now, row.now);
      const id = Number(info.lastInsertRowid);
      s.insertContent.run(id, c.contentVersion, writeContent(c));
      return id;
    }),
    get(id: number): ReportWithContent | undefined {
      const r = s.byId.get(id);
      if (!r) return undefined;
      return { ...toRow(r), content: readContent(r.content), position: readPosition(r.position) };
    },
    row(id: number): ReportRow | undefined {
      const r = s.rowById.get(id);
      return r ? toRow(r) : undefined;
    },
    /** The live (not deleted) report of this body and year, if any. */
    findActive(organ: string, year: number): ReportRow | undefined {
      const r = s.activeFor.get(organ, year);
      return r ? toRow(r) : undefined;
    },
    updateContent: db.transaction((u: ContentUpdate): void => {
      const c = u.content;
      s.updateRow.run(c.organ, c.year, c.format, u.revision, u.now, u.id);
      s.updateContent.run(c.contentVersion, writeContent(c), u.id);
    }),
    setPosition(id: number, position: Position): void {
      s.setPosition.run(JSON.stringify(position), id);
    },
    setDeleted(id: number, deletedAt: string | null): void {
      s.setDeleted.run(deletedAt, id);
    },
    setStatus(
      id: number,
      status: ReportStatus,
      finalizedAt: string | null,
      revision: number,
      now: string,
    ): void {
      s.setStatus.run(status, finalizedAt, revision, now, id);
    },
    /** Names of the bodies with live reports, most recently edited first (suggestions). */
    organs(): string[] {
      return s.organs.all().map((r) => r.organ);
    },
  };
}

export type ReportRepository = ReturnType<typeof createReportRepository>;

/** True when `error` is SQLite refusing a second live report for the same (机关, 年度). */
export function isActiveOrganYearConflict(error: unknown): boolean {
  return (
    error instanceof Error &&
    (error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE' &&
    error.message.includes('reports.organ')
  );
}
