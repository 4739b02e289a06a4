import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blankReport } from '../../../src/shared/model';
import type { ReportContent } from '../../../src/shared/model';
import { splitSentences as reuseSplit } from '../../../src/shared/compare/reuse';
import {
  applySuggestions,
  findYearSuggestions,
  sentenceSpans,
  textAt,
} from '../../../src/shared/template';
import type { YearSuggestion } from '../../../src/shared/template';

function reportWith(paragraphs: string[]): ReportContent {
  const blank = blankReport({ organ: '示例县示例局', year: 2022 });
  return { ...blank, s1: [{ heading: '（一）主动公开', paragraphs }] };
}

const suggest = (text: string, from = 2021, to = 2022) =>
  findYearSuggestions(reportWith([text]), from, to);

describe('findYearSuggestions', () => {
  it.each([
    ['2021年，我局共主动公开政府信息46条。', '2021年', '2022年'],
    ['2021年度，我局共收到申请15件。', '2021年度', '2022年度'],
    [
      '统计期限为2021年1月1日至2021年12月31日。',
      '2021年1月1日至2021年12月31日',
      '2022年1月1日至2022年12月31日',
    ],
    [
      '统计期限自2021年1月1日起至2021年12月31日止。',
      '2021年1月1日起至2021年12月31日',
      '2022年1月1日起至2022年12月31日',
    ],
    ['统计期限自2021年1月1日起至12月31日止。', '2021年1月1日', '2022年1月1日'],
    [
      '二〇二一年一月一日至二〇二一年十二月三十一日',
      '二〇二一年一月一日至二〇二一年十二月三十一日',
      '二〇二二年一月一日至二〇二二年十二月三十一日',
    ],
    ['截至2021年12月31日，现行有效规范性文件12件。', '2021年12月31日', '2022年12月31日'],
    ['本报告于2022年1月20日在门户网站发布。', '2022年1月20日', '2023年1月20日'],
    ['2022年，我局将进一步拓宽公开渠道。', '2022年', '2023年'],
    ['主动公开信息数量较2020年增长10%。', '2020年', '2021年'],
    ['二〇二二年一月二十日', '二〇二二年一月二十日', '二〇二三年一月二十日'],
    ['二○二一年度', '二○二一年度', '二○二二年度'],
    ['2021年底，门户网站完成改版。', '2021年底', '2022年底'],
  ])('proposes “%s”: %s → %s', (text, before, after) => {
    const found = suggest(text);
    expect(found.map((s) => [s.before, s.after])).toEqual([[before, after]]);
    const s = found[0]!;
    expect(text.slice(s.start, s.end)).toBe(before);
    expect(s.reason).toMatch(/[\u4e00-\u9fff]/);
  });

  it.each([
    '2020年以来，我局持续推进政务公开。',
    '2021年以来，我局持续推进政务公开。',
    '自2021年起，实行公开属性源头认定。',
    '从2021年开始建立台账。',
    '2021年出台的《政务公开工作规范》继续执行。',
    '2021年印发《关于全面推进政务公开工作的实施意见》。',
    '严格执行2019年修订的《中华人民共和国政府信息公开条例》。',
    '按照国办公开办函〔2021〕30号要求编制。',
    '依据《示例县人民政府公告》（2021年第3号）。',
    '落实《2021年政务公开工作要点》。',
    '围绕“十四五”规划（2021—2025年）。',
    '2021-2025年发展规划。',
    '2020年至2021年连续两年获评优秀。',
    '2019年，我局首次编制年度报告。',
    '2021年1月1日起施行的《办法》。',
    '2021年底前完成整改。',
    '2021年6月至今持续开展专项整治。',
    '文件编号2021。',
  ])('leaves “%s” alone', (text) => {
    expect(suggest(text)).toEqual([]);
  });

  it('finds several mentions in one paragraph with their sentence as context', () => {
    const text = '2021年，我局主动公开信息46条。2020年以来持续推进；2021年度未收到申请。';
    const found = suggest(text);
    expect(found.map((s) => s.before)).toEqual(['2021年', '2021年度']);
    expect(found[0]!.context).toBe('2021年，我局主动公开信息46条。');
    expect(found[1]!.context).toBe('2021年度未收到申请。');
    expect(new Set(found.map((s) => s.id)).size).toBe(2);
  });

  it('shifts by the gap between the years when a year was skipped', () => {
    expect(suggest('2021年，我局', 2021, 2023).map((s) => s.after)).toEqual(['2023年']);
  });

  it('covers preamble, sub-headings, 五, 六, an edited title and the closing date', () => {
    const base = reportWith(['无']);
    const report: ReportContent = {
      ...base,
      title: '示例县示例局2021年度政府信息公开工作报告',
      titleEdited: true,
      preamble: ['统计期限为2021年1月1日至2021年12月31日。'],
      s5: [{ heading: '（一）2021年存在的问题', paragraphs: ['2021年问题较多。'] }],
      s6: [{ heading: null, paragraphs: ['2021年未收取信息处理费。'] }],
      closing: { organ: '示例县示例局', date: '2022-01-20' },
    };
    const found = findYearSuggestions(report, 2021, 2022);
    expect(found.map((s) => s.location)).toEqual([
      { section: 'title', block: 0, paragraph: 0 },
      { section: 'preamble', block: 0, paragraph: 0 },
      { section: 's5', block: 0, paragraph: 0, heading: true },
      { section: 's5', block: 0, paragraph: 0 },
      { section: 's6', block: 0, paragraph: 0 },
      { section: 'closing', block: 0, paragraph: 1 },
    ]);
    const applied = applySuggestions(
      report,
      found,
      found.map((s) => s.id),
    );
    expect(applied.title).toBe('示例县示例局2022年度政府信息公开工作报告');
    expect(applied.s5[0]!.heading).toBe('（一）2022年存在的问题');
    expect(applied.closing).toEqual({ organ: '示例县示例局', date: '2023-01-20' });
  });
});

describe('applySuggestions', () => {
  const text =
    '2021年，我局公开信息46条；2021年度未收到申请；统计期限为2021年1月1日至2021年12月31日。';
  const report = reportWith([text, '2021年无变化。']);
  const found = findYearSuggestions(report, 2021, 2022);

  it('applies only the accepted suggestions, several in one paragraph', () => {
    expect(found).toHaveLength(4);
    const accepted = [found[0]!.id, found[2]!.id];
    const applied = applySuggestions(report, found, accepted);
    expect(applied.s1[0]!.paragraphs).toEqual([
      '2022年，我局公开信息46条；2021年度未收到申请；统计期限为2022年1月1日至2022年12月31日。',
      '2021年无变化。',
    ]);
    expect(report.s1[0]!.paragraphs[0]).toBe(text);
  });

  it('applies nothing for no accepted ids and ignores unknown ids', () => {
    expect(applySuggestions(report, found, [])).toEqual(report);
    expect(applySuggestions(report, found, ['nope'])).toEqual(report);
  });

  it('skips a suggestion whose text was edited meanwhile instead of corrupting it', () => {
    const edited = {
      ...report,
      s1: [{ heading: '（一）主动公开', paragraphs: ['我局公开信息46条。', '2021年无变化。'] }],
    };
    const applied = applySuggestions(
      edited,
      found,
      found.map((s) => s.id),
    );
    expect(applied.s1[0]!.paragraphs).toEqual(['我局公开信息46条。', '2022年无变化。']);
  });
});

/** Fragments that exercise every rule, joined at random. */
const FRAGMENTS = [
  '2021年',
  '2022年',
  '2020年',
  '2021年度',
  '2021年1月1日至2021年12月31日',
  '2022年1月20日',
  '2020年以来',
  '自2021年起',
  '〔2021〕30号',
  '2021年出台的',
  '《2021年要点》',
  '2021—2025年',
  '较2020年',
  '二〇二一年',
  '，',
  '。',
  '；',
  '我局',
  '公开',
  '1',
  '月',
  '年',
  '至',
  '《',
  '》',
  ' ',
];
const paragraphArb = fc
  .array(fc.constantFrom(...FRAGMENTS), { maxLength: 25 })
  .map((p) => p.join(''));

/** The text rebuilt by hand from the accepted spans: outside them, the original verbatim. */
function expectedText(text: string, accepted: readonly YearSuggestion[]): string {
  let out = '';
  let at = 0;
  for (const s of [...accepted].sort((a, b) => a.start - b.start)) {
    out += text.slice(at, s.start) + s.after;
    at = s.end;
  }
  return out + text.slice(at);
}

describe('applySuggestions property', () => {
  it('never changes text outside the accepted spans, for any subset', () => {
    fc.assert(
      fc.property(
        fc.array(paragraphArb, { minLength: 1, maxLength: 4 }),
        fc.infiniteStream(fc.boolean()),
        (paragraphs, coin) => {
          const report = reportWith(paragraphs);
          const found = findYearSuggestions(report, 2021, 2022);
          const accepted = found.filter(() => coin.next().value);
          for (const s of found) {
            expect(textAt(report, s.location)!.slice(s.start, s.end)).toBe(s.before);
            expect(s.before).not.toBe(s.after);
          }
          const applied = applySuggestions(
            report,
            found,
            accepted.map((s) => s.id),
          );
          paragraphs.forEach((text, i) => {
            const mine = accepted.filter((s) => s.location.paragraph === i && !s.location.heading);
            expect(applied.s1[0]!.paragraphs[i]).toBe(expectedText(text, mine));
          });
          expect(applied.s1[0]!.heading).toBe(report.s1[0]!.heading);
          expect(applied.preamble).toEqual(report.preamble);
          expect(applied.cells).toEqual(report.cells);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never proposes spans that overlap within one text', () => {
    fc.assert(
      fc.property(paragraphArb, (text) => {
        const found = suggest(text);
        for (let i = 1; i < found.length; i++)
          expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
      }),
      { numRuns: 300 },
    );
  });
});

describe('sentenceSpans (offsets)', () => {
  it('splits exactly like compare/reuse.ts and its spans hold their text', () => {
    const pieces = ['我局', '公开', '。', '；', '！', '”', '）', '\n', ' ', '“', '2021年', '?'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const spans = sentenceSpans(text);
        expect(spans.map((s) => s.text)).toEqual(reuseSplit(text));
        for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
      }),
      { numRuns: 300 },
    );
  });
});
