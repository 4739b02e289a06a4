import { describe, expect, it } from 'vitest';
import { FORMAT_2021 } from '../../../src/shared/format';
import { withComputedTotals } from '../../../src/shared/model';
import type { ReportContent } from '../../../src/shared/model';
import { compareTables } from '../../../src/shared/compare/yoy';
import { reportFromPreviousYear } from '../../../src/shared/template';
import { synthesised2020, synthesised2021 } from './fixtures';

function withCells(
  report: ReportContent,
  cells: Record<string, number | string | null>,
): ReportContent {
  return withComputedTotals({ ...report, cells: { ...report.cells, ...cells } });
}

describe('compareTables, same format', () => {
  const previous = synthesised2021();
  const current = withCells(reportFromPreviousYear(previous, 2022).report, {
    't2.licensing': 20,
    't2.fees_wan_yuan': '1.3',
    't3.new.natural': 12,
  });
  const previousWith = withCells(previous, {
    't2.licensing': 16,
    't2.fees_wan_yuan': '1.25',
    't3.new.natural': 0,
  });
  const rows = compareTables(previousWith, current);
  const byKey = new Map(rows.map((r) => [r.key, r]));

  it('has one row per cell of the current format, in order, with labels', () => {
    expect(rows.map((r) => r.key)).toEqual(FORMAT_2021.cells.map((c) => c.key));
    expect(byKey.get('t3.new.natural')).toMatchObject({
      rowLabel: '一、本年新收政府信息公开申请数量',
      colLabel: '自然人',
      match: 'same',
    });
  });

  it('computes change and percentage', () => {
    expect(byKey.get('t2.licensing')).toMatchObject({
      previous: 16,
      current: 20,
      change: 4,
      changePct: 25,
    });
    const carried = byKey.get('t3.carried_over.natural')!;
    expect(carried.current).toBe(previous.cells['t3.carried_forward.natural']);
    expect(carried.change).toBe((carried.current as number) - (carried.previous as number));
  });

  it('has no percentage from a zero base', () => {
    expect(byKey.get('t3.new.natural')).toMatchObject({
      previous: 0,
      current: 12,
      change: 12,
      changePct: null,
    });
  });

  it('subtracts fees exactly as decimals', () => {
    const fee = byKey.get('t2.fees_wan_yuan')!;
    expect(fee).toMatchObject({ previous: '1.25', current: '1.3', change: 0.05, changePct: 4 });
  });

  it('gives no change for a blank cell', () => {
    const blank = compareTables(withCells(previous, { 't2.penalty': null }), current);
    expect(blank.find((r) => r.key === 't2.penalty')).toMatchObject({
      previous: null,
      change: null,
      changePct: null,
    });
  });
});

describe('compareTables, 2019 previous against 2021 current', () => {
  const previous = synthesised2020();
  const current = withCells(reportFromPreviousYear(previous, 2021).report, {
    't2.licensing': 9,
    't3.other_no_correction.natural': 1,
    't3.other_fee_unpaid.natural': 2,
    't3.other_other.natural': 3,
  });
  const rows = compareTables(previous, current);
  const byKey = new Map(rows.map((r) => [r.key, r]));

  it('reads 2019 cells through the mapping', () => {
    expect(byKey.get('t2.licensing')).toMatchObject({
      previous: previous.cells['t2.licensing.decisions'],
      current: 9,
      match: 'same',
    });
    expect(byKey.get('t2.normative_docs.made')).toMatchObject({
      previous: previous.cells['t2.normative_docs.new_made'],
      match: 'approx',
    });
    expect(byKey.get('t2.normative_docs.made')!.note).toContain('本年制发件数');
    expect(byKey.get('t3.new.legal')!.previous).toBe(previous.cells['t3.new.legal']);
    expect(byKey.get('t4.review.upheld')!.previous).toBe(previous.cells['t4.review.upheld']);
  });

  it('shows cells new in 2021 without a previous value', () => {
    expect(byKey.get('t2.fees_wan_yuan')).toMatchObject({
      previous: null,
      match: 'none',
      change: null,
    });
    expect(byKey.get('t2.regulations.effective')!.match).toBe('none');
    expect(byKey.get('t3.other_other.natural')!.match).toBe('none');
  });

  it('compares 2019 （六）其他处理 with the sum of the three 2021 rows', () => {
    const sum = byKey.get('t3.other.natural')!;
    const prev = previous.cells['t3.other.natural'] as number;
    expect(sum).toMatchObject({ match: 'sum', previous: prev, current: 6, change: 6 - prev });
    expect(sum.rowLabel).toContain('其他处理');
    const keys = rows.map((r) => r.key);
    expect(keys.indexOf('t3.other.natural')).toBeGreaterThan(keys.indexOf('t3.other_other.total'));
    expect(keys.indexOf('t3.other.total')).toBeLessThan(keys.indexOf('t3.total_handled.natural'));
    expect(rows.filter((r) => r.match === 'sum')).toHaveLength(7);
  });
});
