import { describe, expect, it } from 'vitest';
import { checkCarryOver, checkEffectiveChain } from '../../../src/shared/checks/rules/previousYear';
import { checkReuse } from '../../../src/shared/checks/rules/reuse';
import { block, withCells, withText, zeroReport } from './reports';

describe('CARRY', () => {
  const previous = withCells(zeroReport({ year: 2021, totals: 'computed' }), {
    't3.new.natural': 5,
    't3.granted.natural': 3,
    't3.carried_forward.natural': 2,
  });

  it('fires per column when 上年结转 differs from last year’s 结转下年度', () => {
    const issues = checkCarryOver(zeroReport({ year: 2022 }), { previous });
    expect(issues.map((i) => i.id)).toEqual(['CARRY:natural', 'CARRY:total']);
    expect(issues[0]!.severity).toBe('warning');
    expect(issues[0]!.message).toContain('=0，但2021年报告“四、结转下年度继续办理”=2');
    expect(issues[0]!.cells).toEqual(['t3.carried_over.natural']);
  });

  it('passes when they match, and without a previous report of the year before', () => {
    const current = withCells(zeroReport({ year: 2022, totals: 'computed' }), {
      't3.carried_over.natural': 2,
      't3.granted.natural': 2,
    });
    expect(checkCarryOver(current, { previous })).toEqual([]);
    expect(checkCarryOver(zeroReport({ year: 2022 }), {})).toEqual([]);
    expect(checkCarryOver(zeroReport({ year: 2023 }), { previous })).toEqual([]);
  });
});

describe('T2-CHAIN', () => {
  const previous = withCells(zeroReport({ year: 2021 }), { 't2.normative_docs.effective': 10 });

  it('fires when 现行有效 does not follow from last year', () => {
    const current = withCells(zeroReport({ year: 2022 }), {
      't2.normative_docs.made': 3,
      't2.normative_docs.repealed': 1,
      't2.normative_docs.effective': 13,
    });
    const issues = checkEffectiveChain(current, { previous });
    expect(issues.map((i) => i.id)).toEqual(['T2-CHAIN:normative_docs']);
    expect(issues[0]!.message).toContain(
      '2021年现行有效10+本年制发3−本年废止1=12，本年“现行有效件数”=13，相差1',
    );
  });

  it('passes a consistent chain and skips the 2019 format', () => {
    const current = withCells(zeroReport({ year: 2022 }), {
      't2.normative_docs.made': 3,
      't2.normative_docs.repealed': 1,
      't2.normative_docs.effective': 12,
    });
    expect(checkEffectiveChain(current, { previous })).toEqual([]);
    const old = zeroReport({ year: 2020, format: '2019' });
    expect(checkEffectiveChain(zeroReport({ year: 2021 }), { previous: old })).toEqual([]);
  });
});

describe('REUSE', () => {
  const lastYear = withText(zeroReport({ year: 2021 }), {
    s1: [
      block(
        '（一）主动公开',
        '2021年，我局严格按照条例要求主动公开政府信息。我局共主动公开政府信息46条，涵盖机构职能和工作动态。',
      ),
    ],
    s5: [block(null, '一是信息公开人员业务能力有待加强；二是主动公开的全面性有待提升。')],
    s6: [block(null, '本年度未收取信息处理费，没有需要报告的其他事项。')],
  });

  it('fires when more than half of the sentences are copied, the year change not counting', () => {
    const copied = withText(zeroReport({ year: 2022 }), {
      s1: [
        block(
          '（一）主动公开',
          '2022年，我局严格按照条例要求主动公开政府信息。我局共主动公开政府信息52条，涵盖机构职能和工作动态。',
        ),
      ],
      s5: lastYear.s5,
      s6: lastYear.s6,
    });
    const issues = checkReuse(copied, { previous: lastYear });
    expect(issues.map((i) => [i.id, i.severity])).toEqual([['REUSE', 'warning']]);
    expect(issues[0]!.message).toContain('共5句，其中4句与2021年报告相同（重复率80%');
    expect(issues[0]!.paragraph).toEqual({ section: 's5', block: 0, paragraph: 0 });
  });

  it('passes rewritten text and does nothing without last year', () => {
    const rewritten = withText(zeroReport({ year: 2022 }), {
      s1: [block(null, '2022年，我局围绕优化营商环境，新开设惠企政策专栏，集中发布政策文件。')],
      s5: [block(null, '政策解读形式较为单一，图解和视频解读数量偏少。')],
      s6: lastYear.s6,
    });
    expect(checkReuse(rewritten, { previous: lastYear })).toEqual([]);
    expect(checkReuse(rewritten, {})).toEqual([]);
  });
});
