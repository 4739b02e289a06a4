import { describe, expect, it } from 'vitest';
import { checkTextNumbers } from '../../../src/shared/checks/rules/textNumbers';
import { parseNumber } from '../../../src/shared/checks/numerals';
import type { ReportContent } from '../../../src/shared/model';
import { block, withCells, withText, zeroReport } from './reports';

/** A 2021 report with table figures: 12 new (+3 carried over), 复议 2, 诉讼 1+1. */
function report(s1: string[], year = 2021): ReportContent {
  const r = withCells(zeroReport({ year, totals: 'computed' }), {
    't3.new.natural': 12,
    't3.carried_over.natural': 3,
    't3.granted.natural': 15,
    't4.review.upheld': 2,
    't4.litigation_direct.other': 1,
    't4.litigation_after_review.pending': 1,
  });
  return withText(r, { s1: [block('（二）依申请公开', ...s1)] });
}

const ids = (r: ReportContent) => checkTextNumbers(r).map((i) => i.id);

describe('parseNumber', () => {
  it('reads Arabic and Chinese numerals', () => {
    expect(parseNumber('46')).toBe(46);
    expect(parseNumber('十二')).toBe(12);
    expect(parseNumber('二十')).toBe(20);
    expect(parseNumber('一百零五')).toBe(105);
    expect(parseNumber('两千三百')).toBe(2300);
    expect(parseNumber('三万五千')).toBe(35000);
    expect(parseNumber('二〇二一')).toBe(2021);
    expect(parseNumber('零')).toBe(0);
    expect(parseNumber('abc')).toBeNull();
  });
});

describe('TEXT-NUM', () => {
  it('fires when the stated number of applications differs, quoting it with both numbers', () => {
    const issues = checkTextNumbers(
      report(['2021年，我局共收到政府信息公开申请10件，均已按时答复。']),
    );
    expect(issues.map((i) => i.id)).toEqual(['TEXT-NUM:applications']);
    const issue = issues[0]!;
    expect(issue.severity).toBe('warning');
    expect(issue.message).toContain('收到政府信息公开申请10件');
    expect(issue.message).toContain('总计为12');
    expect(issue.message).toContain('15');
    expect(issue.paragraph).toEqual({ section: 's1', block: 0, paragraph: 0 });
    expect(issue.section).toBe('s1');
    expect(issue.cells).toContain('t3.new.total');
  });

  it('accepts the new total or new + carried over, in Arabic or Chinese numerals', () => {
    expect(ids(report(['2021年，我局共收到政府信息公开申请12件。']))).toEqual([]);
    expect(ids(report(['本年度共受理政府信息公开申请十五件。']))).toEqual([]);
    expect(ids(report(['全年收到各类政府信息公开申请共计 12 件。']))).toEqual([]);
    expect(ids(report(['本年度共受理政府信息公开申请十件。']))).toEqual(['TEXT-NUM:applications']);
  });

  it('reads “没有收到…申请” as zero', () => {
    expect(ids(report(['2021年，我单位没有收到政府信息公开申请。']))).toEqual([
      'TEXT-NUM:applications',
    ]);
    const zero = withText(zeroReport(), {
      s1: [block(null, '2021年，我单位没有收到政府信息公开申请。')],
    });
    expect(checkTextNumbers(zero)).toEqual([]);
  });

  it('ignores breakdowns, other years, carried-over counts and other kinds of applications', () => {
    expect(
      ids(
        report([
          '共收到政府信息公开申请12件，其中通过网络收到政府信息公开申请5件。',
          '2020年共收到政府信息公开申请8件。',
          '受理上年结转政府信息公开申请3件。',
          '受理行政许可申请300件。',
          '主动公开政府信息46条。',
        ]),
      ),
    ).toEqual([]);
  });

  it('compares 行政复议 and 行政诉讼 about 政府信息公开 with table 四', () => {
    expect(ids(report(['因政府信息公开引起的行政复议案件2件、行政诉讼案件2件。']))).toEqual([]);
    const issues = checkTextNumbers(
      report(['因政府信息公开引起的行政复议案件3件、行政诉讼案件1件。']),
    );
    expect(issues.map((i) => i.id)).toEqual(['TEXT-NUM:review', 'TEXT-NUM:litigation']);
    expect(issues[0]!.message).toContain('行政复议案件3件');
    expect(issues[0]!.message).toContain('表四“行政复议”总计为2');
    expect(issues[1]!.message).toContain('总计为2（未经复议直接起诉1，复议后起诉1）');
  });

  it('reads “未发生…行政复议、行政诉讼” as zero for both', () => {
    const text = ['全年未发生因政府信息公开引起的行政复议、行政诉讼。'];
    expect(ids(report(text))).toEqual(['TEXT-NUM:review', 'TEXT-NUM:litigation']);
    expect(checkTextNumbers(withText(zeroReport(), { s1: [block(null, ...text)] }))).toEqual([]);
  });

  it('does not read a negation elsewhere in the clause as a zero statement', () => {
    expect(ids(report(['对未公开的信息引起行政复议2件，行政诉讼2件。']))).toEqual([]);
    expect(ids(report(['政府信息公开工作无差错，没有行政复议2件以外的案件。']))).toEqual([]);
  });

  it('ignores a 司法局 caseload that is not about 政府信息公开, and 未经复议', () => {
    const r = withText(report([]), {
      s1: [
        block(
          '（五）监督保障',
          '我局办理行政复议案件120件，行政诉讼应诉35件。',
          '未经复议直接起诉的1件。',
        ),
      ],
    });
    expect(checkTextNumbers(r)).toEqual([]);
  });

  it('reads pdftotext spacing and radical code points', () => {
    expect(ids(report(['2021 年，我局共收到政府信息公开申请 10 件。']))).toEqual([
      'TEXT-NUM:applications',
    ]);
    expect(ids(report(['⼆是共收到政府信息公开申请 12 件。']))).toEqual([]);
  });

  it('skips a figure whose table cell is blank', () => {
    const r = withCells(report(['共收到政府信息公开申请10件。']), { 't3.new.natural': null });
    expect(checkTextNumbers(r)).toEqual([]);
  });
});
