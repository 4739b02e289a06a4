import { describe, expect, it } from 'vitest';
import { FORMAT_2021, cellSpec } from '../../../src/shared/format';
import { blankReport, computedKeys, withComputedTotals } from '../../../src/shared/model';
import { keyGridOf } from '../../../src/renderer/src/editor/gridNav';
import {
  parseClipboardBlock,
  planPaste,
  type PasteTarget,
} from '../../../src/renderer/src/editor/pasteBlock';

const report = blankReport({ organ: '宁陵县工业信息化和科技局', year: 2021 });
const target = (anchor: string, cells = report.cells): PasteTarget => ({
  grid: keyGridOf(FORMAT_2021.tables.t3.rows),
  anchor,
  kindOf: (k) => cellSpec('2021', k)!.kind,
  computed: computedKeys(report),
  describe: (k) => `${cellSpec('2021', k)!.rowLabel}·${cellSpec('2021', k)!.colLabel}`,
  cells,
  recompute: (c) => withComputedTotals({ ...report, cells: { ...c } }).cells,
});

describe('clipboard block parsing', () => {
  it('splits rows and tabs and drops the trailing newline of spreadsheets', () => {
    expect(parseClipboardBlock('1\t2\r\n3\t4\r\n')).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(parseClipboardBlock('7')).toEqual([['7']]);
  });
});

describe('block paste plan', () => {
  it('writes a 3×6 block of full-width digits with separators into the applicant columns', () => {
    const plan = planPaste(
      '１\t２\t0\t0\t0\t1,000\n3\t0\t0\t0\t0\t0\n2\t0\t0\t0\t0\t0',
      target('t3.new.natural'),
    );
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.changes['t3.new.natural']).toBe(1);
    expect(plan.changes['t3.new.commercial']).toBe(2);
    expect(plan.changes['t3.new.other']).toBe(1000);
    expect(plan.changes['t3.granted.natural']).toBe(2);
    expect(Object.keys(plan.changes)).toHaveLength(18);
    expect(plan.mismatches).toEqual([]);
  });

  it('refuses the whole block when one cell is not a number, naming it', () => {
    const plan = planPaste('1\t2\n3\tabc', target('t3.new.natural'));
    expect(plan.ok).toBe(false);
    if (plan.ok) return;
    expect(plan.message).toContain('第2行第2列“abc”');
    expect(plan.message).toContain('二、上年结转政府信息公开申请数量·商业企业');
  });

  it('refuses a block larger than the table', () => {
    const plan = planPaste('1\t2\t3', target('t3.new.other'));
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect(plan.message).toContain('超出了表格范围');
  });

  it('reports a pasted 总计 that disagrees with the sum, and does not write it', () => {
    const plan = planPaste('1\t1\t0\t0\t0\t0\t5\n2\t0\t0\t0\t0\t0\t2', target('t3.new.natural'));
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.changes).not.toHaveProperty('t3.new.total');
    expect(plan.mismatches).toEqual([{ key: 't3.new.total', pasted: 5, computed: 2 }]);
  });

  it('reads “/” and “—” as blank cells', () => {
    const plan = planPaste('/\t—', target('t3.new.natural'));
    expect(plan.ok && plan.changes['t3.new.natural']).toBeNull();
  });
});
