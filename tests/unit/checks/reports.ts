import { specFor } from '../../../src/shared/format';
import type { FormatVersion } from '../../../src/shared/format';
import { blankReport, withComputedTotals } from '../../../src/shared/model';
import type { Block, ReportContent } from '../../../src/shared/model';

/** A report whose every cell is 0 (totals consistent), texts empty; typed totals unless asked. */
export function zeroReport(
  options: { year?: number; format?: FormatVersion; totals?: 'typed' | 'computed' } = {},
): ReportContent {
  const year = options.year ?? 2021;
  const base = blankReport({
    organ: '宁陵县测试局',
    year,
    ...(options.format ? { format: options.format } : {}),
  });
  const cells = Object.fromEntries(
    specFor(base.format).cells.map((c) => [c.key, c.kind === 'decimal' ? '0' : 0]),
  );
  return { ...base, cells, options: { ...base.options, totals: options.totals ?? 'typed' } };
}

/** Set some cells, recomputing totals when the report computes them. */
export function withCells(report: ReportContent, cells: ReportContent['cells']): ReportContent {
  return withComputedTotals({ ...report, cells: { ...report.cells, ...cells } });
}

export function block(heading: string | null, ...paragraphs: string[]): Block {
  return { heading, paragraphs };
}

export function withText(
  report: ReportContent,
  text: Partial<Pick<ReportContent, 'preamble' | 's1' | 's5' | 's6' | 'title'>>,
): ReportContent {
  return { ...report, ...text };
}
