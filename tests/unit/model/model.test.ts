import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FORMAT_2021 } from '../../../src/shared/format';
import {
  InterchangeError,
  blankReport,
  compareDecimal,
  fromInterchange,
  normaliseDecimal,
  reportContentSchema,
  toInterchange,
  withComputedTotals,
} from '../../../src/shared/model';

describe('blankReport', () => {
  it('makes a valid 2021 report with every cell blank and the generated title', () => {
    const r = blankReport({ organ: ' 测试局 ', year: 2021 });
    expect(reportContentSchema.parse(r)).toEqual(r);
    expect(r.title).toBe('测试局2021年政府信息公开工作年度报告');
    expect(Object.keys(r.cells)).toHaveLength(FORMAT_2021.cells.length);
    expect(r.s1.map((b) => b.heading)).toEqual([
      '（一）主动公开',
      '（二）依申请公开',
      '（三）政府信息管理',
      '（四）政府信息公开平台建设',
      '（五）监督保障',
    ]);
  });
  it('picks the 2019 format for 2020', () => {
    expect(blankReport({ organ: '测试局', year: 2020 }).format).toBe('2019');
  });
});

describe('withComputedTotals', () => {
  it('fills row totals, （七）总计 and its total', () => {
    const r = blankReport({ organ: '测试局', year: 2021 });
    const cells = Object.fromEntries(Object.keys(r.cells).map((k) => [k, 1]));
    const done = withComputedTotals({ ...r, cells });
    expect(done.cells['t3.new.total']).toBe(6);
    expect(done.cells['t3.total_handled.natural']).toBe(21);
    expect(done.cells['t3.total_handled.total']).toBe(126);
    expect(done.cells['t4.review.total']).toBe(4);
  });
  it('leaves a total blank while an addend is blank', () => {
    const r = blankReport({ organ: '测试局', year: 2021 });
    const done = withComputedTotals({ ...r, cells: { ...r.cells, 't3.new.natural': 3 } });
    expect(done.cells['t3.new.total']).toBeNull();
  });
});

describe('interchange JSON', () => {
  it('round-trips a report with random values', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 100000 }), { minLength: 200, maxLength: 200 }),
        (numbers) => {
          const r = blankReport({ organ: '测试局', year: 2022 });
          let i = 0;
          const cells = Object.fromEntries(
            FORMAT_2021.cells.map((c) => [
              c.key,
              c.kind === 'decimal' ? `${numbers[i++]}.25` : numbers[i++]!,
            ]),
          );
          const json = JSON.parse(JSON.stringify(toInterchange({ ...r, cells })));
          const back = fromInterchange(json);
          expect(back.report.cells).toEqual(cells);
          expect(back.report.s1).toEqual(r.s1);
        },
      ),
      { numRuns: 30 },
    );
  });
  it('nests keys as FORMAT.md §9', () => {
    const json = toInterchange(blankReport({ organ: '测试局', year: 2021 })) as Record<
      string,
      Record<string, unknown>
    >;
    expect(json.schema).toBe('nianbao/report@1');
    expect(Object.keys(json.t2!)).toEqual([
      'regulations',
      'normative_docs',
      'licensing',
      'penalty',
      'coercion',
      'fees_wan_yuan',
    ]);
    expect(Object.keys(json.t3!.new as object)).toEqual([
      'natural',
      'commercial',
      'research',
      'nonprofit',
      'legal',
      'other',
      'total',
    ]);
  });
  it('names the field of a wrong value in Chinese', () => {
    const json = toInterchange(blankReport({ organ: '测试局', year: 2021 })) as {
      t3: { new: Record<string, unknown> };
    };
    json.t3.new.natural = 'abc';
    expect(() => fromInterchange(json)).toThrow(InterchangeError);
    expect(() => fromInterchange(json)).toThrow(/t3\.new\.natural/);
    expect(() => fromInterchange({ ...json, organ: '' })).toThrow(/机关名称不能为空/);
  });
});

describe('decimals', () => {
  it('keeps the digits as typed and compares exactly', () => {
    expect(normaliseDecimal(' 24,252.311082 ')).toBe('24252.311082');
    expect(normaliseDecimal('0.10')).toBe('0.10');
    expect(normaliseDecimal('-1')).toBeNull();
    expect(normaliseDecimal('1e3')).toBeNull();
    expect(compareDecimal('0.1', '0.10')).toBe(0);
    expect(compareDecimal('0.30000000000000004', '0.3')).toBe(1);
  });
});
