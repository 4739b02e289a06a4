import { z } from 'zod';
import { cellSpec } from '../format';
import { InterchangeError, fromInterchange, toInterchange } from './interchange';
import type { ReportContent } from './report';

/**
 * The data package: one or many reports as interchange JSON (FORMAT.md §9), to move to a new PC
 * or to send machine-readable data along with the DOCX. A single report file is accepted too.
 */
export const PACKAGE_SCHEMA = 'nianbao/package@1';

const packageSchema = z.object({
  schema: z.literal(PACKAGE_SCHEMA),
  exportedAt: z.string().optional(),
  reports: z.array(z.unknown()).max(10_000, { error: '一个数据包最多包含 10000 份报告' }),
});

/**
 * `uncertain[i]` are the cells of `reports[i]` the clerk has not yet checked (from its notes).
 * Only a report with such cells gets a `review`, so a package without marks is written exactly as
 * before and older readers see nothing new.
 */
export function buildDataPackage(
  reports: readonly ReportContent[],
  exportedAt: string,
  uncertain: readonly (readonly string[] | undefined)[] = [],
): Record<string, unknown> {
  return {
    schema: PACKAGE_SCHEMA,
    exportedAt,
    reports: reports.map((r, i) => {
      const marks = uncertain[i] ?? [];
      return marks.length > 0
        ? toInterchange(r, { uncertain: [...marks], notes: [] })
        : toInterchange(r);
    }),
  };
}

export interface PackageEntry {
  index: number;
  report: ReportContent | null;
  /**
   * The entry's `review.uncertain`, each key once and only keys that are cells of the report's
   * format (a hand-edited or newer package may name others); empty without a review.
   */
  uncertain: string[];
  /** Chinese problems found in this entry; a report with problems is not imported. */
  problems: string[];
}

/** Reads a data package or a single interchange report; never throws on bad content. */
export function readDataPackage(json: unknown): { entries: PackageEntry[]; problems: string[] } {
  let items: unknown[];
  if (
    typeof json === 'object' &&
    json !== null &&
    (json as { schema?: unknown }).schema === PACKAGE_SCHEMA
  ) {
    const parsed = packageSchema.safeParse(json);
    if (!parsed.success) {
      return {
        entries: [],
        problems: ['数据包格式不正确：' + parsed.error.issues.map((i) => i.message).join('；')],
      };
    }
    items = parsed.data.reports;
  } else if (typeof json === 'object' && json !== null && 'schema' in json) {
    items = [json];
  } else {
    return {
      entries: [],
      problems: ['这不是年报编制助手的数据包：缺少 schema 字段。请选择由本软件导出的 .json 文件。'],
    };
  }
  const entries = items.map((item, index): PackageEntry => {
    try {
      const { report, review } = fromInterchange(item);
      const uncertain = [...new Set(review?.uncertain ?? [])].filter(
        (key) => cellSpec(report.format, key) !== undefined,
      );
      return { index, report, uncertain, problems: [] };
    } catch (e) {
      const problems = e instanceof InterchangeError ? [...e.problems] : [String(e)];
      return { index, report: null, uncertain: [], problems };
    }
  });
  const seen = new Map<string, number>();
  for (const entry of entries) {
    if (!entry.report) continue;
    const id = `${entry.report.organ}\u0000${entry.report.year}`;
    const first = seen.get(id);
    if (first !== undefined) {
      entry.problems.push(
        `与第${first + 1}份报告重复（${entry.report.organ}${entry.report.year}年），只导入第一份`,
      );
    } else seen.set(id, entry.index);
  }
  return { entries, problems: [] };
}
