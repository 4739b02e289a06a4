import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../src/shared/checks';
import { checkNumbers } from '../../../src/shared/checks/rules/num';
import {
  checkTable3Balance,
  checkTable3Handled,
  checkTable3Rows,
} from '../../../src/shared/checks/rules/table3';
import { checkTable4Totals } from '../../../src/shared/checks/rules/table4';
import { T3_APPLICANT_COLUMNS, specFor } from '../../../src/shared/format';
import { blankReport, withComputedTotals } from '../../../src/shared/model';
import type { ReportContent } from '../../../src/shared/model';
import { withCells, zeroReport } from './reports';

describe('NUM', () => {
  it('accepts a report of zeros', () => {
    expect(checkNumbers(zeroReport(), {})).toEqual([]);
    expect(checkNumbers(zeroReport({ year: 2020, format: '2019' }), { final: true })).toEqual([]);
  });

  it('rejects negative, fractional and “/” counts and a bad fee', () => {
    const report = withCells(zeroReport(), {
      't3.new.natural': -1,
      't3.granted.natural': 1.5,
      't4.review.upheld': '/',
      't2.fees_wan_yuan': '-3',
    });
    const byId = new Map(checkNumbers(report, {}).map((i) => [i.id, i]));
    expect([...byId.keys()].sort()).toEqual(
      [
        'NUM:t2.fees_wan_yuan',
        'NUM:t3.granted.natural',
        'NUM:t3.new.natural',
        'NUM:t4.review.upheld',
      ].sort(),
    );
    expect(byId.get('NUM:t3.new.natural')!.message).toContain('-1');
    expect(byId.get('NUM:t4.review.upheld')!.message).toContain('“/”');
    expect(byId.get('NUM:t3.new.natural')!.severity).toBe('error');
    expect(byId.get('NUM:t3.new.natural')!.section).toBe('t3');
  });

  it('lets the 2019 本年增/减 be negative but not a count', () => {
    const report = withCells(zeroReport({ year: 2020, format: '2019' }), {
      't2.licensing.change': -3,
      't2.licensing.prev_year': -3,
    });
    expect(checkNumbers(report, {}).map((i) => i.id)).toEqual(['NUM:t2.licensing.prev_year']);
  });

  it('groups blanks per table: a hint in a draft, an error for 定稿, computed totals not counted', () => {
    const draft = blankReport({ organ: '某局', year: 2022 });
    const hints = checkNumbers(draft, {});
    expect(hints.map((i) => [i.id, i.severity])).toEqual([
      ['NUM:blank:t2', 'hint'],
      ['NUM:blank:t3', 'hint'],
      ['NUM:blank:t4', 'hint'],
    ]);
    const t3 = hints.find((i) => i.id === 'NUM:blank:t3')!;
    // 25 rows × 6 applicant columns can be typed; 总计 column and （七）总计 row are computed.
    expect(t3.cells).toHaveLength(24 * 6);
    expect(t3.message).toContain(`${24 * 6}个空白单元格`);
    const finals = checkNumbers(draft, { final: true });
    expect(finals.every((i) => i.severity === 'error')).toBe(true);
    const typed = { ...draft, options: { ...draft.options, totals: 'typed' as const } };
    expect(checkNumbers(typed, {}).find((i) => i.id === 'NUM:blank:t3')!.cells).toHaveLength(
      25 * 7,
    );
  });
});

describe('T3-ROW / T3-HANDLED / T3-BALANCE', () => {
  it('fires T3-ROW with both numbers when a typed row total is wrong', () => {
    const report = withCells(zeroReport(), { 't3.new.natural': 12, 't3.new.total': 11 });
    const issues = checkTable3Rows(report);
    expect(issues.map((i) => i.id)).toEqual(['T3-ROW:new']);
    expect(issues[0]!.message).toBe(
      '表三“一、本年新收政府信息公开申请数量”行：六类申请人之和=12，“总计”=11，相差1',
    );
    expect(issues[0]!.cells).toContain('t3.new.total');
  });

  it('skips a row whose addends are blank', () => {
    const report = withCells(zeroReport(), { 't3.new.natural': null, 't3.new.total': 11 });
    expect(checkTable3Rows(report)).toEqual([]);
  });

  it('fires T3-HANDLED per column', () => {
    const report = withCells(zeroReport(), {
      't3.denied_state_secret.legal': 2,
      't3.denied_state_secret.total': 2,
    });
    const issues = checkTable3Handled(report);
    expect(issues.map((i) => i.id).sort()).toEqual(['T3-HANDLED:legal', 'T3-HANDLED:total']);
    const legal = issues.find((i) => i.id === 'T3-HANDLED:legal')!;
    expect(legal.message).toContain('各项之和=2，“（七）总计”=0，相差2');
    expect(legal.cells).toContain('t3.total_handled.legal');
  });

  it('fires T3-BALANCE with the message of FORMAT.md', () => {
    const report = withCells(zeroReport({ totals: 'computed' }), {
      't3.new.natural': 10,
      't3.carried_over.natural': 2,
      't3.granted.natural': 11,
    });
    const issues = checkTable3Balance(report);
    expect(issues.map((i) => i.id)).toEqual(['T3-BALANCE:natural', 'T3-BALANCE:total']);
    expect(issues[0]!.message).toBe(
      '表三“自然人”列：第一项+第二项=12，第三项（七）总计+第四项=11，相差1',
    );
    expect(issues[0]!.cells).toEqual([
      't3.new.natural',
      't3.carried_over.natural',
      't3.total_handled.natural',
      't3.carried_forward.natural',
    ]);
  });

  it('passes a balanced column', () => {
    const report = withCells(zeroReport({ totals: 'computed' }), {
      't3.new.natural': 10,
      't3.carried_over.natural': 2,
      't3.granted.natural': 11,
      't3.carried_forward.natural': 1,
    });
    expect(checkTable3Balance(report)).toEqual([]);
  });
});

describe('T4-TOTAL', () => {
  it('fires per block and names the litigation block', () => {
    const report = withCells(zeroReport(), { 't4.litigation_after_review.pending': 3 });
    const issues = checkTable4Totals(report);
    expect(issues.map((i) => i.id)).toEqual(['T4-TOTAL:litigation_after_review']);
    expect(issues[0]!.message).toContain('行政诉讼（复议后起诉）');
    expect(issues[0]!.message).toContain('=3，“总计”=0，相差3');
  });

  it('passes when totals add up', () => {
    const report = withCells(zeroReport(), { 't4.review.upheld': 3, 't4.review.total': 3 });
    expect(checkTable4Totals(report)).toEqual([]);
  });
});

/** A report filled with random, consistent numbers: balanced columns, computed totals. */
const consistentReport = fc
  .record({
    format: fc.constantFrom('2021' as const, '2019' as const),
    columns: fc.array(
      fc.record({
        results: fc.array(fc.nat({ max: 50 }), { minLength: 23, maxLength: 23 }),
        carriedOver: fc.nat({ max: 20 }),
        carriedForward: fc.nat({ max: 20 }),
      }),
      { minLength: 6, maxLength: 6 },
    ),
    t4: fc.array(fc.nat({ max: 30 }), { minLength: 12, maxLength: 12 }),
  })
  .map(({ format, columns, t4 }) => {
    const base = blankReport({ organ: '某局', year: format === '2021' ? 2021 : 2020, format });
    const spec = specFor(format);
    const cells: ReportContent['cells'] = {};
    for (const c of spec.cells) cells[c.key] = c.kind === 'decimal' ? '0' : 0;
    const results = spec.t3Rows.filter((r) => r.isResult);
    T3_APPLICANT_COLUMNS.forEach((col, i) => {
      const column = columns[i]!;
      let handled = 0;
      results.forEach((r, j) => {
        cells[`t3.${r.key}.${col}`] = column.results[j]!;
        handled += column.results[j]!;
      });
      // new + carried_over = handled + carried_forward, with new ≥ 0.
      const carriedOver = Math.min(column.carriedOver, handled + column.carriedForward);
      cells[`t3.carried_over.${col}`] = carriedOver;
      cells[`t3.carried_forward.${col}`] = column.carriedForward;
      cells[`t3.new.${col}`] = handled + column.carriedForward - carriedOver;
    });
    ['review', 'litigation_direct', 'litigation_after_review'].forEach((b, i) =>
      ['upheld', 'corrected', 'other', 'pending'].forEach((c, j) => {
        cells[`t4.${b}.${c}`] = t4[i * 4 + j]!;
      }),
    );
    return withComputedTotals({ ...base, cells });
  });

const TABLE_RULES = ['NUM', 'T3-ROW', 'T3-HANDLED', 'T3-BALANCE', 'T4-TOTAL'];

describe('property: consistent tables', () => {
  it('raise no table error, computed or typed', () => {
    fc.assert(
      fc.property(consistentReport, (report) => {
        const typed = { ...report, options: { ...report.options, totals: 'typed' as const } };
        for (const r of [report, typed]) {
          const errors = runChecks(r, { final: true }).filter((i) => TABLE_RULES.includes(i.rule));
          expect(errors).toEqual([]);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('a perturbed addend in typed mode triggers exactly the expected rules', () => {
    const addends = [
      { row: 'new', rules: ['T3-ROW:new', 'T3-BALANCE:{col}'] },
      { row: 'carried_forward', rules: ['T3-ROW:carried_forward', 'T3-BALANCE:{col}'] },
      { row: 'granted', rules: ['T3-ROW:granted', 'T3-HANDLED:{col}'] },
      { row: 'unable_not_held', rules: ['T3-ROW:unable_not_held', 'T3-HANDLED:{col}'] },
    ];
    fc.assert(
      fc.property(
        consistentReport,
        fc.constantFrom(...addends),
        fc.constantFrom(...T3_APPLICANT_COLUMNS),
        fc.integer({ min: 1, max: 9 }),
        (report, addend, col, delta) => {
          const key = `t3.${addend.row}.${col}`;
          const typed: ReportContent = {
            ...report,
            options: { ...report.options, totals: 'typed' },
            cells: { ...report.cells, [key]: (report.cells[key] as number) + delta },
          };
          const ids = runChecks(typed)
            .filter((i) => TABLE_RULES.includes(i.rule))
            .map((i) => i.id)
            .sort();
          expect(ids).toEqual(addend.rules.map((r) => r.replace('{col}', col)).sort());
        },
      ),
      { numRuns: 80 },
    );
  });

  it('a perturbed table 四 addend triggers T4-TOTAL for its block only', () => {
    fc.assert(
      fc.property(
        consistentReport,
        fc.constantFrom('review', 'litigation_direct', 'litigation_after_review'),
        fc.constantFrom('upheld', 'corrected', 'other', 'pending'),
        (report, block, col) => {
          const key = `t4.${block}.${col}`;
          const typed: ReportContent = {
            ...report,
            options: { ...report.options, totals: 'typed' },
            cells: { ...report.cells, [key]: (report.cells[key] as number) + 1 },
          };
          const ids = runChecks(typed)
            .filter((i) => TABLE_RULES.includes(i.rule))
            .map((i) => i.id);
          expect(ids).toEqual([`T4-TOTAL:${block}`]);
        },
      ),
      { numRuns: 40 },
    );
  });
});
