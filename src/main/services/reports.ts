import type { Database } from 'better-sqlite3';
import type {
  Repositories,
  ReportListQuery,
  ReportRow,
  ReportSummaryRow,
  ReportWithContent,
  SnapshotReason,
} from '../db';
import { isActiveOrganYearConflict } from '../db';
import { AppError, REPORT_PAGE_SIZE } from '../../shared/ipc';
import type {
  Handlers,
  ReportPageInput,
  ReportRecord,
  ReportSummary,
  RevisionSummary,
} from '../../shared/ipc';
import { blankReport, reportTitle, withComputedTotals } from '../../shared/model';
import type { ReportContent } from '../../shared/model';
import type { ChecksEngine } from './checks-engine';
import type { Clock } from './clock';
import { isoNow } from './clock';
import { MESSAGES } from './messages';

export const PERIODIC_SNAPSHOT_MS = 10 * 60 * 1000;

type ReportChannel =
  | 'reports:list'
  | 'reports:trash'
  | 'reports:organs'
  | 'reports:create'
  | 'reports:open'
  | 'reports:save'
  | 'reports:position'
  | 'reports:delete'
  | 'reports:restore'
  | 'reports:finalize'
  | 'reports:unfinalize'
  | 'reports:revisions'
  | 'reports:previous';

export type ReportHandlers = Pick<Handlers, ReportChannel>;

export interface ReportServiceDeps {
  db: Database;
  repos: Repositories;
  clock: Clock;
  checks: ChecksEngine;
  /** Called for rows whose stored content fails validation (they are skipped, not crashed on). */
  onDamaged: (reportId: number, problems: string[]) => void;
  snapshotIntervalMs?: number;
  /** 'YYYY-MM-DD' for the DEADLINE hint; defaults to the clock's date. */
  today?: () => string;
}

export interface PutResult {
  record: ReportRecord;
  /** True when an existing report of the same (机关, 年度) was overwritten. */
  replaced: boolean;
}

/** The page a call asked for; without offset and limit, the first page of the home screen. */
function pageQuery(q: ReportPageInput): ReportListQuery {
  return { search: q.search, offset: q.offset ?? 0, limit: q.limit ?? REPORT_PAGE_SIZE };
}

function toSummary(row: ReportSummaryRow): ReportSummary {
  return {
    id: row.id,
    organ: row.organ,
    year: row.year,
    format: row.format,
    status: row.status,
    revision: row.revision,
    updatedAt: row.updatedAt,
    deletedAt: row.deletedAt,
  };
}

function toRevisionSummary(r: {
  id: number;
  reportId: number;
  revision: number;
  reason: string;
  createdAt: string;
}): RevisionSummary {
  return {
    id: r.id,
    reportId: r.reportId,
    revision: r.revision,
    reason: r.reason,
    createdAt: r.createdAt,
  };
}

/** Content as stored: organ trimmed, title following organ/year unless edited, totals computed. */
function normalised(content: ReportContent): ReportContent {
  const organ = content.organ.trim();
  const title = content.titleEdited ? content.title : reportTitle(organ, content.year);
  return withComputedTotals({ ...content, organ, title });
}

export function createReportService(deps: ReportServiceDeps) {
  const { db, repos, clock, checks } = deps;
  const interval = deps.snapshotIntervalMs ?? PERIODIC_SNAPSHOT_MS;
  const now = () => isoNow(clock);
  const today = deps.today ?? (() => now().slice(0, 10));

  function loadRow(id: number): ReportRow {
    const row = repos.reports.row(id);
    if (!row) throw new AppError('NOT_FOUND', MESSAGES.notFound(id), { id });
    return row;
  }

  function liveRow(id: number): ReportRow {
    const row = loadRow(id);
    if (row.deletedAt) throw new AppError('NOT_FOUND', MESSAGES.inTrash, { id, deleted: true });
    return row;
  }

  function contentOf(r: ReportWithContent): ReportContent {
    if (r.content.ok) return r.content.content;
    deps.onDamaged(r.id, r.content.problems);
    throw new AppError('STORAGE', MESSAGES.damaged(r.id, r.content.problems[0] ?? ''), {
      id: r.id,
      problems: r.content.problems,
    });
  }

  function record(id: number): ReportRecord {
    const r = repos.reports.get(id);
    if (!r) throw new AppError('NOT_FOUND', MESSAGES.notFound(id), { id });
    return { ...toSummary(r), createdAt: r.createdAt, content: contentOf(r), position: r.position };
  }

  function previousOf(row: Pick<ReportRow, 'organ' | 'year'>): ReportContent | null {
    const prev = repos.reports.findActive(row.organ, row.year - 1);
    if (!prev) return null;
    const r = repos.reports.get(prev.id);
    if (!r) return null;
    if (r.content.ok) return r.content.content;
    deps.onDamaged(r.id, r.content.problems);
    return null;
  }

  function duplicateOf(organ: string, year: number, message: string, exceptId?: number): void {
    const existing = repos.reports.findActive(organ, year);
    if (existing && existing.id !== exceptId) {
      throw new AppError('DUPLICATE', message, { existingId: existing.id });
    }
  }

  function checkBase(row: ReportRow, baseRevision: number): void {
    if (row.revision !== baseRevision) {
      throw new AppError('STALE', MESSAGES.stale, { revision: row.revision });
    }
  }

  function snapshot(id: number, reason: SnapshotReason): RevisionSummary {
    const r = repos.reports.get(id);
    if (!r) throw new AppError('NOT_FOUND', MESSAGES.notFound(id), { id });
    return toRevisionSummary(repos.revisions.insert(id, r.revision, reason, contentOf(r), now()));
  }

  function takePeriodicSnapshot(id: number, revision: number, content: ReportContent, at: string) {
    const last = repos.revisions.latestWithReason(id, 'periodic');
    if (last && Date.parse(at) - Date.parse(last.createdAt) < interval) return;
    repos.revisions.insert(id, revision, 'periodic', content, at);
  }

  /**
   * 定稿 and 撤销定稿: the status, the audit line and a snapshot of the content, one transaction,
   * one new revision.
   */
  function changeStatus(
    id: number,
    fromRevision: number,
    content: ReportContent,
    change: { status: 'final' | 'draft'; action: 'finalize' | 'unfinalize'; reason: string | null },
  ): void {
    db.transaction(() => {
      const at = now();
      const revision = fromRevision + 1;
      repos.reports.setStatus(
        id,
        change.status,
        change.status === 'final' ? at : null,
        revision,
        at,
      );
      repos.audit.record(id, change.action, change.reason, at);
      repos.revisions.insert(
        id,
        revision,
        change.status === 'final' ? 'final' : 'unfinalize',
        content,
        at,
      );
    })();
  }

  /** Writes within one transaction; a unique-index race surfaces as DUPLICATE, not a crash. */
  function write<T>(organ: string, year: number, message: string, fn: () => T): T {
    try {
      return db.transaction(fn)();
    } catch (error) {
      if (isActiveOrganYearConflict(error)) {
        const existing = repos.reports.findActive(organ, year);
        throw new AppError('DUPLICATE', message, { existingId: existing?.id ?? null });
      }
      throw error;
    }
  }

  const handlers: ReportHandlers = {
    'reports:list': (q) => repos.reportList.page('active', pageQuery(q)),
    'reports:trash': (q) => repos.reportList.page('trash', pageQuery(q)),
    'reports:organs': () => repos.reports.organs(),

    'reports:create': ({ organ, year, organKind }) => {
      const content = blankReport({ organ, year, ...(organKind ? { organKind } : {}) });
      const message = MESSAGES.duplicate(content.organ, year);
      const id = write(content.organ, year, message, () => {
        duplicateOf(content.organ, year, message);
        return repos.reports.insert({ content, now: now() });
      });
      return record(id);
    },

    'reports:open': ({ id }) => record(id),

    'reports:save': ({ id, baseRevision, content }) => {
      const next = normalised(content);
      const message = MESSAGES.duplicateOnSave(next.organ, next.year);
      return write(next.organ, next.year, message, () => {
        const row = liveRow(id);
        checkBase(row, baseRevision);
        if (row.status === 'final') throw new AppError('FINAL', MESSAGES.final, { id });
        duplicateOf(next.organ, next.year, message, id);
        const at = now();
        const revision = row.revision + 1;
        repos.reports.updateContent({ id, content: next, revision, now: at });
        takePeriodicSnapshot(id, revision, next, at);
        return { revision, updatedAt: at };
      });
    },

    'reports:position': ({ id, position }) => {
      loadRow(id);
      repos.reports.setPosition(id, position);
      return {};
    },

    'reports:delete': ({ id }) => {
      const row = loadRow(id);
      if (!row.deletedAt) repos.reports.setDeleted(id, now());
      return {};
    },

    'reports:restore': ({ id }) => {
      const row = loadRow(id);
      if (!row.deletedAt) return {};
      const message = MESSAGES.duplicateOnRestore(row.organ, row.year);
      write(row.organ, row.year, message, () => {
        duplicateOf(row.organ, row.year, message, id);
        repos.reports.setDeleted(id, null);
      });
      return {};
    },

    'reports:finalize': ({ id, baseRevision }) => {
      const row = liveRow(id);
      if (row.status === 'final') return record(id);
      checkBase(row, baseRevision);
      const current = record(id);
      const issues = checks.runChecks(current.content, {
        final: true,
        previous: previousOf(row),
        today: today(),
      });
      const verdict = checks.canFinalize(current.content, issues);
      if (!verdict.ok) {
        const errors = verdict.blocking.filter((i) => i.severity === 'error').length;
        const warnings = verdict.blocking.length - errors;
        throw new AppError('VALIDATION', MESSAGES.finalizeBlocked(errors, warnings), {
          blocking: verdict.blocking,
        });
      }
      changeStatus(id, row.revision, current.content, {
        status: 'final',
        action: 'finalize',
        reason: null,
      });
      return record(id);
    },

    'reports:unfinalize': ({ id, reason }) => {
      const row = liveRow(id);
      if (row.status !== 'final') throw new AppError('VALIDATION', MESSAGES.notFinal, { id });
      const current = record(id);
      changeStatus(id, row.revision, current.content, {
        status: 'draft',
        action: 'unfinalize',
        reason,
      });
      return record(id);
    },

    'reports:revisions': ({ id }) => {
      loadRow(id);
      return repos.revisions.list(id).map(toRevisionSummary);
    },

    'reports:previous': ({ id }) => previousOf(loadRow(id)),
  };

  /**
   * Stores a whole report read from interchange JSON (CLI `save`, data packages): inserts it, or
   * with `replace` overwrites the live report of the same (机关, 年度) after snapshotting it.
   */
  function put(content: ReportContent, options: { replace?: boolean } = {}): PutResult {
    const next = normalised(content);
    const message = MESSAGES.duplicate(next.organ, next.year);
    const outcome = write(next.organ, next.year, message, () => {
      const existing = repos.reports.findActive(next.organ, next.year);
      const at = now();
      if (!existing)
        return { id: repos.reports.insert({ content: next, now: at }), replaced: false };
      if (!options.replace) {
        throw new AppError('DUPLICATE', message, { existingId: existing.id });
      }
      if (existing.status === 'final') {
        throw new AppError('FINAL', MESSAGES.replaceFinal(next.organ, next.year), {
          existingId: existing.id,
        });
      }
      snapshot(existing.id, 'replaced');
      repos.reports.updateContent({
        id: existing.id,
        content: next,
        revision: existing.revision + 1,
        now: at,
      });
      return { id: existing.id, replaced: true };
    });
    return { record: record(outcome.id), replaced: outcome.replaced };
  }

  return {
    handlers,
    put,
    /** Snapshot of the current content (e.g. reason 'export', so an exported file can be reproduced). */
    snapshot: (id: number, reason: SnapshotReason) => db.transaction(() => snapshot(id, reason))(),
    /** Stored content of one snapshot. */
    revisionContent(revisionId: number): ReportContent | null {
      const r = repos.revisions.get(revisionId);
      if (!r) return null;
      if (r.content.ok) return r.content.content;
      deps.onDamaged(r.reportId, r.content.problems);
      return null;
    },
    /** Last year's report of the same body (for checks run outside the IPC, e.g. the CLI). */
    previousOf,
    audit: (id: number) => repos.audit.list(id),
  };
}

export type ReportService = ReturnType<typeof createReportService>;
