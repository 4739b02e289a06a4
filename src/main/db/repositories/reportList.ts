import type { Database, Statement } from 'better-sqlite3';
import type { FormatVersion } from '../../../shared/format';
import type { ReportStatus } from '../../../shared/model';
import type { ReportRow } from './reports';

/** What the report list shows. */
export type ReportSummaryRow = Omit<ReportRow, 'createdAt' | 'finalizedAt'>;

/** The live reports, or the trash. */
export type ReportShelf = 'active' | 'trash';

export interface ReportListQuery {
  /** A piece of the 机关名称, or a year (“2021”, “2021年”, “2021年度”). */
  search?: string | undefined;
  offset: number;
  limit: number;
}

export interface ReportListPage {
  total: number;
  rows: ReportSummaryRow[];
}

/** Exactly the columns of the covering index `reports_list`, in the order of SummaryTuple. */
const SUMMARY_COLUMNS = 'id, organ, year, format, status, revision, updated_at, deleted_at';

type SummaryTuple = [number, string, number, string, string, number, string, string | null];

/**
 * Rows come back as arrays (raw mode) and become objects here: for a long list this halves the
 * time better-sqlite3 spends building objects with dynamic keys.
 */
function fromSummaryTuple(r: SummaryTuple): ReportSummaryRow {
  return {
    id: r[0],
    organ: r[1],
    year: r[2],
    format: r[3] as FormatVersion,
    status: r[4] as ReportStatus,
    revision: r[5],
    updatedAt: r[6],
    deletedAt: r[7],
  };
}

const SHELF: Record<ReportShelf, { where: string; order: string }> = {
  active: { where: 'deleted_at IS NULL', order: 'updated_at DESC, id DESC' },
  trash: { where: 'deleted_at IS NOT NULL', order: 'deleted_at DESC, id DESC' },
};

/** Either part of the filter: `organ LIKE ?` (escaped pattern) or `year = ?` (-1 when no year). */
const SEARCH = `(organ LIKE ? ESCAPE '\\' OR year = ?)`;

/** LIKE's own wildcards in what the clerk typed match themselves. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function searchedYear(text: string): number {
  const m = /^(\d{4})\s*年?度?$/.exec(text);
  return m ? Number(m[1]) : -1;
}

interface ShelfStatements {
  all: Statement<[], SummaryTuple>;
  page: Statement<[number, number], SummaryTuple>;
  count: Statement<[], number>;
  searchPage: Statement<[string, number, number, number], SummaryTuple>;
  searchCount: Statement<[string, number], number>;
}

function prepareShelf(db: Database, shelf: ReportShelf): ShelfStatements {
  const { where, order } = SHELF[shelf];
  const select = `SELECT ${SUMMARY_COLUMNS} FROM reports WHERE ${where}`;
  const count = `SELECT count(*) FROM reports WHERE ${where}`;
  return {
    all: db.prepare<[], SummaryTuple>(`${select} ORDER BY ${order}`).raw(true),
    page: db
      .prepare<[number, number], SummaryTuple>(`${select} ORDER BY ${order} LIMIT ? OFFSET ?`)
      .raw(true),
    count: db.prepare<[], number>(count).pluck(),
    searchPage: db
      .prepare<[string, number, number, number], SummaryTuple>(
        `${select} AND ${SEARCH} ORDER BY ${order} LIMIT ? OFFSET ?`,
      )
      .raw(true),
    searchCount: db.prepare<[string, number], number>(`${count} AND ${SEARCH}`).pluck(),
  };
}

/** The report list and the trash: whole (for the app's own batch work) or one page at a time. */
export function createReportListRepository(db: Database) {
  const shelves: Record<ReportShelf, ShelfStatements> = {
    active: prepareShelf(db, 'active'),
    trash: prepareShelf(db, 'trash'),
  };
  return {
    all(shelf: ReportShelf): ReportSummaryRow[] {
      return shelves[shelf].all.all().map(fromSummaryTuple);
    },
    count(shelf: ReportShelf): number {
      return shelves[shelf].count.get() ?? 0;
    },
    /** One page and the number of matches, read in one transaction so the two agree. */
    page: db.transaction((shelf: ReportShelf, q: ReportListQuery): ReportListPage => {
      const s = shelves[shelf];
      const search = q.search?.trim() ?? '';
      if (search === '') {
        return {
          total: s.count.get() ?? 0,
          rows: s.page.all(q.limit, q.offset).map(fromSummaryTuple),
        };
      }
      const pattern = likePattern(search);
      const year = searchedYear(search);
      return {
        total: s.searchCount.get(pattern, year) ?? 0,
        rows: s.searchPage.all(pattern, year, q.limit, q.offset).map(fromSummaryTuple),
      };
    }),
  };
}
