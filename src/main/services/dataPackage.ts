import type { Database } from 'better-sqlite3';
import type { Repositories } from '../db';
import { AppError } from '../../shared/ipc';
import type { Handlers, PackagePlanEntry } from '../../shared/ipc';
import { buildDataPackage, readDataPackage } from '../../shared/model';
import type { PackageEntry, ReportContent } from '../../shared/model';
import type { Clock } from './clock';
import { isoNow } from './clock';
import type { NotesService } from './notes';
import type { ReportService } from './reports';

export type DataPackageHandlers = Pick<
  Handlers,
  'data:exportPackage' | 'data:planImport' | 'data:importPackage'
>;

export interface DataPackageServiceDeps {
  db: Database;
  repos: Repositories;
  reports: ReportService;
  /** The importer's cells still to check travel with the report (package `review.uncertain`). */
  notes: NotesService;
  clock: Clock;
}

export const PACKAGE_MESSAGES = {
  notJson: (why: string) =>
    `所选文件不是有效的 JSON（${why}），未导入。请选择由本软件导出的数据包（.json）。`,
  nothingToExport: '没有可导出的报告。请先新建或导入报告。',
  damaged: (id: number) => `编号为 ${id} 的报告内容已损坏，未放入数据包。`,
} as const;

/** A plain name for the file the clerk saves: 年报数据包-2026-01-10.json. */
export function packageFileName(at: string): string {
  return `年报数据包-${at.slice(0, 10)}.json`;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new AppError('VALIDATION', PACKAGE_MESSAGES.notJson(why));
  }
}

/** organ/year of an entry that failed validation, when the raw item still shows them. */
function rawIdentity(json: unknown, index: number): { organ: string | null; year: number | null } {
  const items =
    typeof json === 'object' &&
    json !== null &&
    Array.isArray((json as { reports?: unknown }).reports)
      ? ((json as { reports: unknown[] }).reports as unknown[])
      : [json];
  const item = items[index];
  if (typeof item !== 'object' || item === null) return { organ: null, year: null };
  const { organ, year } = item as { organ?: unknown; year?: unknown };
  return {
    organ: typeof organ === 'string' ? organ.trim() : null,
    year: typeof year === 'number' && Number.isInteger(year) ? year : null,
  };
}

export function createDataPackageService(deps: DataPackageServiceDeps) {
  const { db, repos, reports, notes } = deps;

  function read(text: string): { json: unknown; entries: PackageEntry[] } {
    const json = parseJson(text);
    const { entries, problems } = readDataPackage(json);
    if (problems.length > 0) throw new AppError('VALIDATION', problems.join('；'));
    return { json, entries };
  }

  function plan(text: string): {
    entries: PackagePlanEntry[];
    reports: (ReportContent | null)[];
    uncertain: string[][];
  } {
    const { json, entries } = read(text);
    const planned = entries.map((entry): PackagePlanEntry => {
      if (!entry.report || entry.problems.length > 0) {
        return {
          index: entry.index,
          ...(entry.report
            ? { organ: entry.report.organ, year: entry.report.year }
            : rawIdentity(json, entry.index)),
          action: 'invalid',
          problems: entry.problems,
        };
      }
      const existing = repos.reports.findActive(entry.report.organ, entry.report.year);
      return {
        index: entry.index,
        organ: entry.report.organ,
        year: entry.report.year,
        action: existing ? 'exists' : 'add',
        ...(existing ? { existingId: existing.id } : {}),
        problems: [],
      };
    });
    return {
      entries: planned,
      reports: entries.map((e) => e.report),
      uncertain: entries.map((e) => e.uncertain),
    };
  }

  /**
   * Every report named (or every active one) as interchange JSON; damaged rows are refused. A
   * report with cells still to check carries them as `review.uncertain`, so the county center
   * sees them marked too.
   */
  function exportPackage(ids?: readonly number[]): {
    json: string;
    fileName: string;
    count: number;
  } {
    const wanted = ids ?? repos.reportList.all('active').map((r) => r.id);
    if (wanted.length === 0) throw new AppError('VALIDATION', PACKAGE_MESSAGES.nothingToExport);
    const contents = [...new Set(wanted)].map((id) => {
      const r = repos.reports.get(id);
      if (!r)
        throw new AppError('NOT_FOUND', `找不到编号为 ${id} 的报告，请刷新列表后再试。`, { id });
      if (!r.content.ok) throw new AppError('STORAGE', PACKAGE_MESSAGES.damaged(id), { id });
      return { content: r.content.content, uncertain: repos.reportNotes.get(id).uncertain };
    });
    const at = isoNow(deps.clock);
    const pkg = buildDataPackage(
      contents.map((c) => c.content),
      at,
      contents.map((c) => c.uncertain),
    );
    return {
      json: `${JSON.stringify(pkg, null, 2)}\n`,
      fileName: packageFileName(at),
      count: contents.length,
    };
  }

  /**
   * Adds the new reports and replaces only the existing ones whose index is in `replace`; a
   * replaced report goes to the trash first. Each entry's cells still to check become the new
   * report's notes. All or nothing: one transaction.
   */
  function importPackage(text: string, replace: readonly number[]) {
    const planned = plan(text);
    const toReplace = new Set(replace);
    return db.transaction(() => {
      let added = 0;
      let replaced = 0;
      let skipped = 0;
      const ids: number[] = [];
      planned.entries.forEach((entry, i) => {
        const report = planned.reports[i];
        const overwrite = entry.action === 'exists' && toReplace.has(entry.index);
        if (!report || entry.action === 'invalid' || (entry.action === 'exists' && !overwrite)) {
          skipped++;
          return;
        }
        if (overwrite && entry.existingId !== undefined) {
          repos.reports.setDeleted(entry.existingId, isoNow(deps.clock));
        }
        const { record } = reports.put(report);
        reports.snapshot(record.id, 'import');
        // Keys were kept to this format's cells when the package was read.
        const uncertain = planned.uncertain[i] ?? [];
        if (uncertain.length > 0) notes.update(record.id, { uncertain });
        ids.push(record.id);
        if (overwrite) replaced++;
        else added++;
      });
      return { added, replaced, skipped, ids };
    })();
  }

  const handlers: DataPackageHandlers = {
    'data:exportPackage': ({ ids }) => exportPackage(ids),
    'data:planImport': ({ json }) => ({ entries: plan(json).entries }),
    'data:importPackage': ({ json, replace }) => importPackage(json, replace),
  };

  return { handlers, plan, exportPackage, importPackage };
}

export type DataPackageService = ReturnType<typeof createDataPackageService>;
