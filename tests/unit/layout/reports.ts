import { specFor } from '../../../src/shared/format';
import { blankReport, withComputedTotals } from '../../../src/shared/model';
import type { ReportContent } from '../../../src/shared/model';
import { readExpected } from '../../helpers/samples';

/** Reports the layout and export tests print: the seed, a synthesised non-zero one, a real sample. */

const SEED_ORGAN = '宁陵县工业信息化和科技局';

/** The seed: 宁陵县工业信息化和科技局 2021, every cell 0, a few paragraphs. */
export function seedReport(): ReportContent {
  const blank = blankReport({ organ: SEED_ORGAN, year: 2021 });
  const spec = specFor(blank.format);
  const cells = Object.fromEntries(
    spec.cells.map((c) => [c.key, c.kind === 'decimal' ? '0' : 0] as const),
  );
  return withComputedTotals({
    ...blank,
    cells,
    preamble: [
      '本报告依据《中华人民共和国政府信息公开条例》编制。本报告所列数据统计期限为2021年1月1日至2021年12月31日。',
    ],
    s1: [
      {
        heading: '（一）主动公开',
        paragraphs: [
          '2021年，我局通过县政府门户网站主动公开政府信息56条，其中工作动态31条、通知公告25条。',
        ],
      },
      { heading: '（二）依申请公开', paragraphs: ['2021年，我局未收到政府信息公开申请。'] },
      {
        heading: '（三）政府信息管理',
        paragraphs: ['严格落实公开前保密审查制度，做到应公开尽公开。'],
      },
      {
        heading: '（四）政府信息公开平台建设',
        paragraphs: ['依托县政府门户网站信息公开专栏及时更新内容。'],
      },
      { heading: '（五）监督保障', paragraphs: ['成立政务公开工作领导小组，明确专人负责。'] },
    ],
    s5: [
      { heading: '（一）存在的主要问题', paragraphs: ['信息公开的及时性和全面性仍需提高。'] },
      { heading: '（二）改进情况', paragraphs: ['加强业务培训，完善信息发布审核流程。'] },
    ],
    s6: [{ heading: null, paragraphs: ['本年度未收取信息处理费。'] }],
    closing: { organ: SEED_ORGAN, date: '2022-01-05' },
  });
}

/** A deterministic non-zero report that needs no samples: distinct numbers in every cell. */
export function synthesisedReport(): ReportContent {
  const blank = blankReport({ organ: '示例县人民政府办公室', year: 2024 });
  const spec = specFor(blank.format);
  const cells: Record<string, number | string | null> = {};
  spec.cells.forEach((c, i) => {
    cells[c.key] = c.kind === 'decimal' ? '1234.567891' : 100 + ((i * 37) % 900);
  });
  const report = withComputedTotals({ ...seedReport(), ...pick(blank), cells });
  return {
    ...report,
    closing: { organ: blank.organ, date: '2025-01-20' },
    s6: [
      { heading: '（一）信息处理费收取情况', paragraphs: ['本年度未收取信息处理费。'] },
      { heading: '（二）落实上级年度政务公开工作要点情况', paragraphs: ['按照要点逐项落实。'] },
      { heading: '1.加强政策解读', paragraphs: ['围绕重要政策开展解读。'] },
    ],
  };
}

function pick(r: ReportContent): Pick<ReportContent, 'organ' | 'year' | 'title' | 'format'> {
  return { organ: r.organ, year: r.year, title: r.title, format: r.format };
}

interface ExpectedSample {
  organ: string;
  year: number;
  format: '2021' | '2019';
  t2: Record<string, Record<string, number> | number | string>;
  t3: Record<string, number[]>;
  t4: Record<string, number[]>;
}

const T3_COLUMN_KEYS = [
  'natural',
  'commercial',
  'research',
  'nonprofit',
  'legal',
  'other',
  'total',
];
const T4_COLUMN_KEYS = ['upheld', 'corrected', 'other', 'pending', 'total'];

/** The real 淮安市 2024 report's table values (samples/expected), with typed totals as published. */
export function huaianReport(): ReportContent {
  const e = readExpected('01_huaian_city_2024_pdftotext.json') as ExpectedSample;
  const cells: Record<string, number | string | null> = {};
  for (const [k, v] of Object.entries(e.t2)) {
    if (typeof v === 'object')
      for (const [sub, n] of Object.entries(v)) cells[`t2.${k}.${sub}`] = n;
    else cells[`t2.${k}`] = v;
  }
  for (const [row, values] of Object.entries(e.t3))
    values.forEach((n, i) => (cells[`t3.${row}.${T3_COLUMN_KEYS[i]}`] = n));
  for (const [block, values] of Object.entries(e.t4))
    values.forEach((n, i) => (cells[`t4.${block}.${T4_COLUMN_KEYS[i]}`] = n));
  const blank = blankReport({ organ: e.organ, year: e.year, format: e.format });
  const paragraph =
    '全市各级各部门坚持以公开为常态、不公开为例外，持续深化政务公开，主动回应社会关切。';
  return {
    ...blank,
    cells,
    options: { ...blank.options, totals: 'typed' },
    preamble: ['本报告由淮安市人民政府办公室根据《中华人民共和国政府信息公开条例》要求编制。'],
    s1: blank.s1.map((b) => ({ heading: b.heading, paragraphs: [paragraph, paragraph] })),
    s5: blank.s5.map((b) => ({ heading: b.heading, paragraphs: [paragraph] })),
    s6: blank.s6.map((b) => ({ heading: b.heading, paragraphs: [paragraph] })),
    closing: { organ: e.organ, date: '2025-01-24' },
  };
}
