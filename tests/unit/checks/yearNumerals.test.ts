import { describe, expect, it } from 'vitest';
import { YEAR_PATTERN, parseYear } from '../../../src/shared/checks/numerals';
import { checkYear } from '../../../src/shared/checks/rules/year';
import { block, withText, zeroReport } from './reports';

describe('years written in Chinese numerals', () => {
  it('reads 〇 (U+3007), ○ (U+25CB) and 零 as zero', () => {
    expect(parseYear('二〇二三')).toBe(2023);
    expect(parseYear('二○二三')).toBe(2023);
    expect(parseYear('二零二三')).toBe(2023);
    expect(parseYear('一九九九')).toBe(1999);
    expect(parseYear('2023')).toBe(2023);
    expect(parseYear('三〇二三')).toBeNull();
    expect(parseYear('二两二三')).toBeNull();
  });

  it('does not match four digits inside a longer run', () => {
    const re = new RegExp(`(${YEAR_PATTERN})年`, 'g');
    expect([...'一二〇二三年'.matchAll(re)]).toEqual([]);
    expect([...'十二〇二三年'.matchAll(re)]).toEqual([]);
    expect([...'截至二〇二三年'.matchAll(re)].map((m) => m[1])).toEqual(['二〇二三']);
  });
});

describe('YEAR with Chinese numerals', () => {
  const report2024 = (
    text: { s1?: string[]; preamble?: string[]; s5?: string[]; title?: string } = {},
  ) =>
    withText(zeroReport({ year: 2024 }), {
      s1: [block('（一）主动公开', ...(text.s1 ?? []))],
      ...(text.preamble ? { preamble: text.preamble } : {}),
      ...(text.s5 ? { s5: [block(null, ...text.s5)] } : {}),
      ...(text.title ? { title: text.title } : {}),
    });
  const ids = (text: Parameters<typeof report2024>[0]) =>
    checkYear(report2024(text)).map((i) => i.id);

  it.each(['二〇二三', '二○二三', '二零二三'])(
    'fires on “%s年，我局…” in a 2024 report, showing the written year and its value',
    (written) => {
      const issues = checkYear(report2024({ s1: [`${written}年，我局共主动公开政府信息46条。`] }));
      expect(issues.map((i) => i.id)).toEqual(['YEAR:s1:2023']);
      expect(issues[0]!.message).toContain(`${written}年，我局`);
      expect(issues[0]!.message).toContain(`${written}年（即2023年）`);
      expect(issues[0]!.message).toContain('2024年度');
      expect(issues[0]!.paragraph).toEqual({ section: 's1', block: 0, paragraph: 0 });
    },
  );

  it('groups a year written both ways into one issue counting both', () => {
    const issues = checkYear(
      report2024({ s1: ['2023年，我局公开信息46条。二○二三年，我局还开展了培训。'] }),
    );
    expect(issues.map((i) => i.id)).toEqual(['YEAR:s1:2023']);
    expect(issues[0]!.message).toContain('等2处');
  });

  it('fires on the statistics period and the report name in the preamble, and on the title', () => {
    expect(
      ids({
        preamble: ['本报告所列数据统计期限为二〇二三年一月一日至二〇二三年十二月三十一日。'],
      }),
    ).toEqual(['YEAR:preamble:2023']);
    expect(ids({ preamble: ['统计期限为二〇二四年1月1日至二〇二三年12月31日。'] })).toEqual([
      'YEAR:preamble:2023',
    ]);
    expect(ids({ preamble: ['现将本局二零二三年度政府信息公开工作年度报告公布如下。'] })).toEqual([
      'YEAR:preamble:2023',
    ]);
    const title = checkYear(report2024({ title: '某局二〇二三年政府信息公开工作年度报告' }));
    expect(title.map((i) => i.id)).toEqual(['YEAR:title']);
    expect(title[0]!.message).toContain('二〇二三年（即2023年）');
  });

  it('keeps the rule’s exemptions: report year, history, plans, comparisons, titles, document numbers', () => {
    expect(
      ids({
        title: '某局二〇二四年政府信息公开工作年度报告',
        preamble: ['本报告所列数据统计期限为二〇二四年一月一日至二〇二四年十二月三十一日。'],
        s1: [
          '二〇二四年，我局共主动公开政府信息46条。',
          '二〇二三年以来，我局持续推进政务公开。',
          '与二〇二三年相比，公开数量增加。',
          '落实《二〇二三年政务公开工作要点》和县政办〔二〇二三〕5号文件。',
          '二○二三年，我局将按计划推进。',
        ],
        s5: ['二〇二五年，我局将进一步加强培训。'],
      }),
    ).toEqual([]);
  });
});
