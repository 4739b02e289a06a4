import {
  FORMAT_2019,
  FORMAT_2021,
  SECTION_HEADINGS,
  T3_APPLICANT_COLUMNS,
} from '../../../src/shared/format';
import { blankReport, withComputedTotals } from '../../../src/shared/model';
import type { Block, ReportContent } from '../../../src/shared/model';
import { normalisePastedText } from '../../../src/shared/text/normalise';

/** Last year's 结转下年度 per applicant column, distinct so a column mix-up shows. */
export const CARRIED_FORWARD: Readonly<Record<string, number>> = {
  natural: 3,
  commercial: 1,
  research: 0,
  nonprofit: 2,
  legal: 5,
  other: 4,
};

/** Every input cell a distinct non-zero value, 结转下年度 from CARRIED_FORWARD; totals computed. */
function filledCells(report: ReportContent): ReportContent {
  const spec = report.format === '2021' ? FORMAT_2021 : FORMAT_2019;
  const cells = { ...report.cells };
  spec.cells.forEach((c, i) => {
    if (c.sumOf) return;
    cells[c.key] = c.kind === 'decimal' ? `${i}.25` : i + 1;
  });
  for (const col of T3_APPLICANT_COLUMNS)
    cells[`t3.carried_forward.${col}`] = CARRIED_FORWARD[col]!;
  return withComputedTotals({ ...report, cells });
}

/** A 2021 report written without the samples: year mentions that must and must not move. */
export function synthesised2021(): ReportContent {
  const blank = blankReport({ organ: '示例县示例局', year: 2021 });
  const s1: Block[] = [
    {
      heading: '（一）主动公开',
      paragraphs: [
        '2021年，我局共主动公开政府信息46条，较2020年增加5条。2020年以来，我局持续推进政务公开标准化建设。',
        '我局按照《国务院办公厅政府信息与政务公开办公室关于印发中华人民共和国政府信息公开工作年度报告格式的通知》（国办公开办函〔2021〕30号）要求编制本报告。',
      ],
    },
    { heading: '（二）依申请公开', paragraphs: ['2021年度，我局共收到政府信息公开申请15件。'] },
    {
      heading: '（三）政府信息管理',
      paragraphs: [
        '严格执行2019年修订的《中华人民共和国政府信息公开条例》，自2021年起实行公开属性源头认定。',
      ],
    },
  ];
  return filledCells({
    ...blank,
    preamble: ['本报告所列数据统计期限为2021年1月1日至2021年12月31日。'],
    s1,
    s5: [
      {
        heading: '（一）存在的主要问题',
        paragraphs: ['一是公开形式较为单一；二是信息更新不够及时。'],
      },
      {
        heading: '（二）改进情况',
        paragraphs: ['2022年，我局将围绕“十四五”规划（2021—2025年）加强信息发布。'],
      },
    ],
    s6: [{ heading: '（一）信息处理费收取情况', paragraphs: ['2021年，我局未收取信息处理费。'] }],
    closing: { organ: '示例县示例局', date: '2022-01-20' },
    acknowledgements: [
      { issueId: 'S5', fingerprint: 'x', note: '已核对', at: '2022-01-10T00:00:00Z' },
    ],
  });
}

/** The same report a clerk would expect after accepting every proposed year change. */
export const SYNTHESISED_2022_TEXT = {
  preamble: ['本报告所列数据统计期限为2022年1月1日至2022年12月31日。'],
  s1: [
    [
      '2022年，我局共主动公开政府信息46条，较2021年增加5条。2020年以来，我局持续推进政务公开标准化建设。',
      '我局按照《国务院办公厅政府信息与政务公开办公室关于印发中华人民共和国政府信息公开工作年度报告格式的通知》（国办公开办函〔2021〕30号）要求编制本报告。',
    ],
    ['2022年度，我局共收到政府信息公开申请15件。'],
    ['严格执行2019年修订的《中华人民共和国政府信息公开条例》，自2021年起实行公开属性源头认定。'],
  ],
  s5: [
    ['一是公开形式较为单一；二是信息更新不够及时。'],
    ['2023年，我局将围绕“十四五”规划（2021—2025年）加强信息发布。'],
  ],
  s6: [['2022年，我局未收取信息处理费。']],
};

/** A 2020 report in the 2019 format with every cell filled. */
export function synthesised2020(): ReportContent {
  const blank = blankReport({ organ: '示例县示例局', year: 2020 });
  return filledCells({
    ...blank,
    s1: [{ heading: '（一）主动公开', paragraphs: ['2020年，我局共主动公开政府信息30条。'] }],
  });
}

/**
 * The seed sample (宁陵县工业信息化和科技局 2021) as a report: its text through the app's paste
 * normalisation, split into the sections 一、五、六 by their headings. Tables are blank-then-
 * filled like the synthesised one (the sample's tables are all zero, which would hide a wrong
 * carry-over).
 */
export function reportFromSeedSample(text: string): ReportContent {
  const lines = normalisePastedText(text).split('\n');
  const at = (heading: string) => {
    const i = lines.indexOf(heading);
    if (i < 0) throw new Error(`样本中找不到标题“${heading}”`);
    return i;
  };
  const section = (from: string, to: string | null) =>
    lines.slice(at(from) + 1, to === null ? lines.length : at(to));
  const blank = blankReport({ organ: '宁陵县工业信息化和科技局', year: 2021 });
  const titleLine = blank.title;
  // “（一）主动公开情况。正文…” → heading + paragraph.
  const blocks = (paragraphs: string[]): Block[] => {
    const out: Block[] = [];
    for (const p of paragraphs) {
      if (p === titleLine) continue;
      const m = /^(（[一二三四五六七八九十]+）[^。]{1,20})。(.*)$/.exec(p);
      if (m) out.push({ heading: m[1]!, paragraphs: [m[2]!] });
      else if (out.length) out[out.length - 1]!.paragraphs.push(p);
      else out.push({ heading: null, paragraphs: [p] });
    }
    return out;
  };
  return filledCells({
    ...blank,
    s1: blocks(section(SECTION_HEADINGS.s1, SECTION_HEADINGS.t2)),
    s5: blocks(section(SECTION_HEADINGS.s5, SECTION_HEADINGS.s6)),
    s6: blocks(section(SECTION_HEADINGS.s6, null)),
    closing: { organ: '宁陵县工业信息化和科技局', date: null },
  });
}
