import { describe, expect, it } from 'vitest';
import {
  FORMAT_2019,
  T3_COLUMNS,
  T4_BLOCKS,
  T4_COLUMNS,
  cellsOfTable,
} from '../../../src/shared/format';
import { importReportFromText } from '../../../src/shared/import';
import { numberTokens, readAsCells } from '../../../src/shared/import/numbers';
import { scoreCells } from './truth';

/**
 * The 2019 trial format's 本年增/减 column may be negative (FORMAT.md §3.2). Reports for 2020 are
 * synthesised here with table 二 in the 2019 layout, its changes typed with the minus signs
 * office PCs produce: ASCII “-”, full-width “－” (U+FF0D) and “−” (U+2212).
 */

type T2 = Record<string, number | string>;

const ROWS_2019: readonly (readonly [string, string, readonly string[]])[] = [
  ['第二十条第（一）项', '信息内容 本年新制作数量 本年新公开数量 对外公开总数量', []],
  [
    '',
    '规章',
    ['regulations.new_made', 'regulations.new_published', 'regulations.total_published'],
  ],
  [
    '',
    '规范性文件',
    ['normative_docs.new_made', 'normative_docs.new_published', 'normative_docs.total_published'],
  ],
  ['第二十条第（五）项', '信息内容 上一年项目数量 本年增/减 处理决定数量', []],
  ['', '行政许可', ['licensing.prev_year', 'licensing.change', 'licensing.decisions']],
  [
    '',
    '其他对外管理服务事项',
    ['other_services.prev_year', 'other_services.change', 'other_services.decisions'],
  ],
  ['第二十条第（六）项', '信息内容 上一年项目数量 本年增/减 处理决定数量', []],
  ['', '行政处罚', ['penalty.prev_year', 'penalty.change', 'penalty.decisions']],
  ['', '行政强制', ['coercion.prev_year', 'coercion.change', 'coercion.decisions']],
  ['第二十条第（八）项', '信息内容 上一年项目数量 本年增/减', []],
  ['', '行政事业性收费', ['fees.prev_year', 'fees.change']],
  ['第二十条第（九）项', '信息内容 采购项目数量 采购总金额', []],
  ['', '政府集中采购', ['procurement.count', 'procurement.amount']],
];

const TRUTH: T2 = {
  'regulations.new_made': 0,
  'regulations.new_published': 0,
  'regulations.total_published': 0,
  'normative_docs.new_made': 3,
  'normative_docs.new_published': 3,
  'normative_docs.total_published': 27,
  'licensing.prev_year': 112,
  'licensing.change': -3,
  'licensing.decisions': 860,
  'other_services.prev_year': 40,
  'other_services.change': 5,
  'other_services.decisions': 12,
  'penalty.prev_year': 18,
  'penalty.change': -12,
  'penalty.decisions': 96,
  'coercion.prev_year': 4,
  'coercion.change': 0,
  'coercion.decisions': 2,
  'fees.prev_year': 6,
  'fees.change': -1,
  'procurement.count': 9,
  'procurement.amount': '1250000',
};

type Layout = 'row-per-line' | 'cell-per-line' | 'run-together';

/** A 2020 report in the 2019 format; table 二 from `t2`, negatives written with `minus`. */
function render2019(t2: T2, layout: Layout, minus: string): string {
  const sep = layout === 'row-per-line' ? ' ' : layout === 'cell-per-line' ? '\n' : '';
  const show = (v: number | string) =>
    typeof v === 'number' && v < 0 ? `${minus}${-v}` : String(v);
  const row = (label: string, values: (number | string)[]) =>
    [label, ...values.map(show)].join(sep);
  const table2 = ROWS_2019.flatMap(([article, label, keys]) =>
    keys.length === 0
      ? [article, label]
      : [
          row(
            label,
            keys.map((k) => t2[k]!),
          ),
        ],
  );
  const zeros = (n: number) => Array.from({ length: n }, () => 0);
  const lines = [
    '宁陵县测试局2020年政府信息公开工作年度报告',
    '一、总体情况',
    '本年度主动公开政府信息。',
    '二、主动公开政府信息情况',
    ...table2,
    '三、收到和处理政府信息公开申请情况',
    '申请人情况 自然人 法人或其他组织 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计',
    ...FORMAT_2019.t3Rows.map((r) => row(r.label, zeros(T3_COLUMNS.length))),
    '四、政府信息公开行政复议、行政诉讼情况',
    '行政复议 行政诉讼 结果维持 结果纠正 其他结果 尚未审结 总计',
    zeros(T4_BLOCKS.length * T4_COLUMNS.length).join(sep),
    '五、存在的主要问题及改进情况',
    '公开形式较为单一，下一步将拓宽渠道。',
    '六、其他需要报告的事项',
    '本年度未收取信息处理费。',
  ];
  return layout === 'run-together' ? lines.join('') : lines.join('\n');
}

const prefixed = (t2: T2) => Object.fromEntries(Object.entries(t2).map(([k, v]) => [`t2.${k}`, v]));

describe('table 二 of the 2019 format: negative 本年增/减', () => {
  it('reads the whole table as synthesised (the fixture covers every cell)', () => {
    expect(Object.keys(prefixed(TRUTH)).sort()).toEqual(
      cellsOfTable(FORMAT_2019, 't2')
        .map((c) => c.key)
        .sort(),
    );
  });

  for (const layout of ['row-per-line', 'cell-per-line'] as const) {
    it.each(['-', '－', '−'])(`${layout}: “%s3” is −3, certain`, (minus) => {
      const result = importReportFromText(render2019(TRUTH, layout, minus));
      expect(result.report.format).toBe('2019');
      const score = scoreCells(prefixed(TRUTH), result.report.cells, result.review.uncertain);
      expect(score.silentWrong).toEqual([]);
      expect(score.exact).toBe(score.total);
      expect(result.report.cells['t2.licensing.change']).toBe(-3);
      expect(result.report.cells['t2.penalty.change']).toBe(-12);
      expect(result.report.cells['t2.fees.change']).toBe(-1);
    });
  }

  it('run-together: the sign starts a cell; nothing is silently wrong', () => {
    for (const minus of ['-', '－', '−']) {
      const result = importReportFromText(render2019(TRUTH, 'run-together', minus));
      const score = scoreCells(prefixed(TRUTH), result.report.cells, result.review.uncertain);
      expect(score.silentWrong).toEqual([]);
      // “行政事业性收费6-1”: two cells, the sign leaves one cut.
      expect(result.report.cells['t2.fees.change']).toBe(-1);
      expect(result.review.uncertain).not.toContain('t2.fees.change');
    }
  });

  it('takes no negative where the format has none: counts and the amount go to review', () => {
    const wrong = {
      ...TRUTH,
      'licensing.prev_year': -112,
      'normative_docs.total_published': -27,
      'procurement.amount': '-1250000',
    };
    for (const layout of ['row-per-line', 'cell-per-line'] as const) {
      const result = importReportFromText(render2019(wrong, layout, '-'));
      for (const key of [
        't2.licensing.prev_year',
        't2.normative_docs.total_published',
        't2.procurement.amount',
      ]) {
        expect(result.review.uncertain, `${layout} ${key}`).toContain(key);
        // Neither read as negative nor with its sign dropped: left blank for the clerk.
        expect(result.report.cells[key], `${layout} ${key}`).toBeNull();
      }
      // The negative change beside the bad count is still read.
      expect(result.report.cells['t2.penalty.change']).toBe(-12);
    }
  });

  it('a dash standing alone is a blank cell, not a minus sign', () => {
    const text = render2019(TRUTH, 'row-per-line', '-').replace('行政强制 4 0 2', '行政强制 4 - 2');
    const result = importReportFromText(text);
    expect(result.report.cells['t2.coercion.change']).not.toBe(-2);
    expect(result.review.uncertain).toContain('t2.coercion.change');
  });
});

describe('numeric tokens with a sign', () => {
  it('keep a minus only when asked, in its three forms, never a lone or em dash', () => {
    const raws = (text: string, signed: boolean) =>
      numberTokens(text, { signed }).map((t) => t.raw);
    const text = '行政许可 112 -3 860 －12 −1 - 4 —5 1,250';
    expect(raws(text, true)).toEqual(['112', '-3', '860', '-12', '-1', '4', '5', '1250']);
    expect(raws(text, false)).toEqual(['112', '3', '860', '12', '1', '4', '5', '1250']);
  });

  it('give a token’s sign to the first cell cut from it, only where accepted', () => {
    expect(readAsCells(['6', '-1'], 2).readings).toEqual([[6, -1]]);
    const cuts = readAsCells(['5', '-310'], 3).readings;
    expect(cuts).toContainEqual([5, -3, 10]);
    expect(cuts.every((c) => c[1]! < 0 && c[2]! >= 0)).toBe(true);
    expect(readAsCells(['-310'], 2, (c) => c.every((v) => v >= 0)).readings).toEqual([]);
    expect(Object.is(readAsCells(['-0'], 1).readings[0]![0], 0)).toBe(true);
  });
});
