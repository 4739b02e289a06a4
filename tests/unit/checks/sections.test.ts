import { describe, expect, it } from 'vitest';
import {
  checkSection5,
  checkSection6Fee,
  checkSection6Items,
} from '../../../src/shared/checks/rules/sections';
import { blankReport } from '../../../src/shared/model';
import { block, withText, zeroReport } from './reports';

describe('S5', () => {
  it('fires when empty, only “无”, or under 20 characters', () => {
    expect(checkSection5(blankReport({ organ: '某局', year: 2021 })).map((i) => i.id)).toEqual([
      'S5',
    ]);
    expect(
      checkSection5(withText(zeroReport(), { s5: [block(null, '无')] }))[0]!.message,
    ).toContain('只写了“无”');
    const short = checkSection5(
      withText(zeroReport(), { s5: [block('（一）存在的主要问题', '公开形式单一。')] }),
    );
    expect(short[0]!.message).toContain('正文只有7个字');
  });

  it('passes a real paragraph, headings not counted', () => {
    const r = withText(zeroReport(), {
      s5: [
        block('（一）存在的主要问题', '信息公开人员业务能力有待加强，主动公开的全面性有待提升。'),
      ],
    });
    expect(checkSection5(r)).toEqual([]);
  });
});

describe('S6-FEE and S6-ITEMS', () => {
  const full = [
    block('（一）信息处理费收取情况', '本年度未收取信息处理费。'),
    block('（二）落实上级年度政务公开工作要点情况', '按照省政务公开工作要点逐项落实。'),
    block(
      '（三）人大代表建议和政协提案办理结果公开情况',
      '办理人大代表建议3件、政协提案2件，均已公开。',
    ),
    block('（四）年度政务公开工作创新情况', '开设政策解读专栏。'),
  ];

  it('passes a section 六 with the four items', () => {
    const r = withText(zeroReport(), { s6: full });
    expect(checkSection6Fee(r)).toEqual([]);
    expect(checkSection6Items(r)).toEqual([]);
  });

  it('does not count a default heading without body text', () => {
    const r = blankReport({ organ: '某局', year: 2021 });
    expect(checkSection6Fee(r).map((i) => i.id)).toEqual(['S6-FEE']);
    const items = checkSection6Items(r);
    expect(items[0]!.severity).toBe('hint');
    expect(items[0]!.message).toContain('缺少4项');
  });

  it('fires S6-FEE on “无” and names the missing items', () => {
    const r = withText(zeroReport(), { s6: [block(null, '无')] });
    expect(checkSection6Fee(r)[0]!.severity).toBe('warning');
    const partial = withText(zeroReport(), { s6: full.slice(1, 3) });
    expect(checkSection6Fee(partial).map((i) => i.id)).toEqual(['S6-FEE']);
    const missing = checkSection6Items(partial)[0]!.message;
    expect(missing).toContain('“信息处理费收取情况”');
    expect(missing).toContain('“年度政务公开工作创新情况”');
    expect(missing).not.toContain('工作要点情况”、');
  });

  it('accepts the fee stated in one sentence without a heading', () => {
    const r = withText(zeroReport(), { s6: [block(null, '2021年，我局未收取任何费用。')] });
    expect(checkSection6Fee(r)).toEqual([]);
  });
});
