import { z } from 'zod';
import { specFor } from '../format';
import type { CellSpec } from '../format';
import { isDecimal } from './decimal';
import {
  CONTENT_VERSION,
  blockSchema,
  formatVersionSchema,
  organSchema,
  reportTitle,
  yearSchema,
} from './report';
import type { ReportContent } from './report';
import { withComputedTotals } from './totals';

/** FORMAT.md §9: the stable plain JSON form of a report. */
export const INTERCHANGE_SCHEMA = 'nianbao/report@1';

type Nested = { [k: string]: Nested | number | string | null };

export const reviewSchema = z.object({
  uncertain: z.array(z.string()),
  notes: z.array(z.string()),
});
export type Review = z.infer<typeof reviewSchema>;

export const interchangeSchema = z.object({
  schema: z.literal(INTERCHANGE_SCHEMA, { error: `schema 必须是 "${INTERCHANGE_SCHEMA}"` }),
  format: formatVersionSchema,
  organ: organSchema,
  year: yearSchema,
  title: z.string().max(300).optional(),
  preamble: z.array(z.string()).default([]),
  s1: z.array(blockSchema).default([]),
  t2: z.record(z.string(), z.unknown()),
  t3: z.record(z.string(), z.unknown()),
  t4: z.record(z.string(), z.unknown()),
  s5: z.array(blockSchema).default([]),
  s6: z.array(blockSchema).default([]),
  closing: z.object({ organ: z.string(), date: z.string().nullable() }).nullable().optional(),
  review: reviewSchema.optional(),
});
export type Interchange = z.infer<typeof interchangeSchema>;

function setPath(root: Nested, path: readonly string[], value: number | string | null): void {
  let node = root;
  for (const part of path.slice(0, -1)) {
    const next = node[part];
    if (typeof next !== 'object' || next === null) node[part] = {};
    node = node[part] as Nested;
  }
  node[path[path.length - 1]!] = value;
}

function getPath(root: unknown, path: readonly string[]): { found: boolean; value: unknown } {
  let node: unknown = root;
  for (const part of path) {
    if (typeof node !== 'object' || node === null || !(part in node))
      return { found: false, value: undefined };
    node = (node as Record<string, unknown>)[part];
  }
  return { found: true, value: node };
}

/** The interchange JSON of a report; `review` is added for import results. */
export function toInterchange(report: ReportContent, review?: Review): Record<string, unknown> {
  const tables: Record<'t2' | 't3' | 't4', Nested> = { t2: {}, t3: {}, t4: {} };
  for (const cell of specFor(report.format).cells) {
    const [table, ...path] = cell.key.split('.');
    setPath(tables[table as 't2' | 't3' | 't4'], path, report.cells[cell.key] ?? null);
  }
  return {
    schema: INTERCHANGE_SCHEMA,
    format: report.format,
    organ: report.organ,
    year: report.year,
    title: report.title,
    preamble: report.preamble,
    s1: report.s1,
    t2: tables.t2,
    t3: tables.t3,
    t4: tables.t4,
    s5: report.s5,
    s6: report.s6,
    closing: report.closing,
    ...(review ? { review } : {}),
  };
}

export class InterchangeError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('；'));
  }
}

function cellFromJson(
  cell: CellSpec,
  value: unknown,
): { ok: true; value: number | string | null } | { ok: false; why: string } {
  if (value === null) return { ok: true, value: null };
  if (cell.kind === 'decimal') {
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0)
      return { ok: true, value: String(value) };
    if (typeof value === 'string' && isDecimal(value.trim()))
      return { ok: true, value: value.trim() };
    return { ok: false, why: '应为表示金额的非负小数文字（如 "0.5"）或 null' };
  }
  if (typeof value === 'number' && Number.isSafeInteger(value)) return { ok: true, value };
  return { ok: false, why: '应为整数或 null' };
}

/** Field paths of zod issues as `t3.new.natural` for Chinese messages. */
export function describeZodIssues(error: z.ZodError): string[] {
  return error.issues.map((i) => {
    const path = i.path.join('.');
    return path ? `字段 ${path}：${i.message}` : i.message;
  });
}

/**
 * Read interchange JSON (data package, CLI input, import result). Every cell of the format must
 * be present; problems are reported as Chinese sentences naming the field.
 */
export function fromInterchange(json: unknown): {
  report: ReportContent;
  review: Review | undefined;
} {
  const parsed = interchangeSchema.safeParse(json);
  if (!parsed.success) throw new InterchangeError(describeZodIssues(parsed.error));
  const data = parsed.data;
  const spec = specFor(data.format);
  const problems: string[] = [];
  const cells: Record<string, number | string | null> = {};
  for (const cell of spec.cells) {
    const [table, ...path] = cell.key.split('.');
    const { found, value } = getPath(data[table as 't2' | 't3' | 't4'], path);
    if (!found) {
      problems.push(`字段 ${cell.key}（${cell.rowLabel}·${cell.colLabel}）缺失`);
      continue;
    }
    const read = cellFromJson(cell, value);
    if (read.ok) cells[cell.key] = read.value;
    else problems.push(`字段 ${cell.key}（${cell.rowLabel}·${cell.colLabel}）${read.why}`);
  }
  if (problems.length) throw new InterchangeError(problems);
  const organ = data.organ.trim();
  const report: ReportContent = {
    contentVersion: CONTENT_VERSION,
    format: data.format,
    organ,
    year: data.year,
    title: data.title?.trim() || reportTitle(organ, data.year),
    titleEdited: !!data.title && data.title.trim() !== reportTitle(organ, data.year),
    preamble: data.preamble,
    s1: data.s1,
    s5: data.s5,
    s6: data.s6,
    cells,
    closing: data.closing ?? null,
    // Totals arrive as published; they are checked, not overwritten.
    options: { totals: 'typed', feeDecimals: null, organKind: 'department' },
    acknowledgements: [],
  };
  return { report, review: data.review };
}

export { withComputedTotals };
