import { specFor } from '../format';
import type { ReportContent } from './report';

/** Sum of integer cells; null when any addend is blank or not an integer. */
export function sumCells(cells: ReportContent['cells'], keys: readonly string[]): number | null {
  let sum = 0;
  for (const k of keys) {
    const v = cells[k];
    if (typeof v !== 'number') return null;
    sum += v;
  }
  return sum;
}

/**
 * Fill every computed cell (row totals, （七）总计, table 四 totals) from its addends.
 * A total whose addends are not all filled stays blank. Runs to a fixed point, since
 * t3.total_handled.total sums cells that are themselves computed.
 */
export function withComputedTotals(report: ReportContent): ReportContent {
  if (report.options.totals !== 'computed') return report;
  const spec = specFor(report.format);
  const cells = { ...report.cells };
  const computed = spec.cells.filter((c) => c.sumOf);
  for (let pass = 0; pass < 3; pass++) {
    for (const c of computed) cells[c.key] = sumCells(cells, c.sumOf!);
  }
  return { ...report, cells };
}

/** Keys of the read-only cells of this report (empty when totals are typed). */
export function computedKeys(
  report: Pick<ReportContent, 'format' | 'options'>,
): ReadonlySet<string> {
  if (report.options.totals !== 'computed') return new Set();
  return new Set(
    specFor(report.format)
      .cells.filter((c) => c.sumOf)
      .map((c) => c.key),
  );
}
