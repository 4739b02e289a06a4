import { describe, expect, it } from 'vitest';
import { checkFeeUnit, checkRegulations } from '../../../src/shared/checks/rules/table2';
import { withCells, zeroReport } from './reports';

describe('T2-REG', () => {
  it('fires when 规章 is not zero, naming the columns and values', () => {
    const issues = checkRegulations(withCells(zeroReport(), { 't2.regulations.effective': 2 }));
    expect(issues.map((i) => [i.id, i.severity])).toEqual([['T2-REG', 'warning']]);
    expect(issues[0]!.message).toContain('现行有效件数=2');
    expect(issues[0]!.cells).toEqual(['t2.regulations.effective']);
  });

  it('fires on the 2019 keys too and not on zeros', () => {
    expect(checkRegulations(zeroReport())).toEqual([]);
    const r2019 = withCells(zeroReport({ year: 2020, format: '2019' }), {
      't2.regulations.new_made': 1,
    });
    expect(checkRegulations(r2019).map((i) => i.id)).toEqual(['T2-REG']);
  });
});

describe('FEE-UNIT', () => {
  it('hints at a whole number ≥ 10000 (typed in 元)', () => {
    const issues = checkFeeUnit(withCells(zeroReport(), { 't2.fees_wan_yuan': '39400' }));
    expect(issues.map((i) => [i.id, i.severity])).toEqual([['FEE-UNIT:yuan', 'hint']]);
    expect(issues[0]!.message).toContain('39400万元');
  });

  it('passes plausible 万元 amounts', () => {
    for (const fee of ['0', '7545', '24252.311082', '12000.5']) {
      expect(checkFeeUnit(withCells(zeroReport(), { 't2.fees_wan_yuan': fee }))).toEqual([]);
    }
  });

  it('hints at more than 4 decimals only when the template asks for 4', () => {
    const r = withCells(zeroReport(), { 't2.fees_wan_yuan': '0.39401' });
    expect(checkFeeUnit(r)).toEqual([]);
    const four = { ...r, options: { ...r.options, feeDecimals: 4 as const } };
    const issues = checkFeeUnit(four);
    expect(issues.map((i) => i.id)).toEqual(['FEE-UNIT:decimals']);
    expect(issues[0]!.message).toContain('5位小数');
    expect(checkFeeUnit(withCells(four, { 't2.fees_wan_yuan': '0.3940' }))).toEqual([]);
  });
});
