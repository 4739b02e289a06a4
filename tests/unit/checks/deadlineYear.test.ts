import { describe, expect, it } from 'vitest';
import { checkDeadline } from '../../../src/shared/checks/rules/deadline';
import { checkYear } from '../../../src/shared/checks/rules/year';
import { block, withText, zeroReport } from './reports';

describe('DEADLINE', () => {
  const department = zeroReport({ year: 2021 });
  const county = {
    ...department,
    options: { ...department.options, organKind: 'county_government' as const },
  };

  it('is a hint after 1月31日 for a department', () => {
    const issues = checkDeadline(department, { today: '2022-02-03' });
    expect(issues.map((i) => [i.id, i.severity])).toEqual([['DEADLINE', 'hint']]);
    expect(issues[0]!.message).toContain('2022年1月31日');
    expect(issues[0]!.message).toContain('已超过3天');
  });

  it('uses 3月31日 for a county government and honours configured deadlines', () => {
    expect(checkDeadline(county, { today: '2022-02-03' })).toEqual([]);
    expect(checkDeadline(county, { today: '2022-04-01' })).toHaveLength(1);
    const deadlines = { department: '02-15', countyGovernment: '03-31' };
    expect(checkDeadline(department, { today: '2022-02-03', deadlines })).toEqual([]);
  });

  it('is silent without today or on the day itself', () => {
    expect(checkDeadline(department, {})).toEqual([]);
    expect(checkDeadline(department, { today: '2022-01-31' })).toEqual([]);
  });
});

describe('YEAR', () => {
  const ids = (s1: string[], extra: { preamble?: string[]; s5?: string[]; title?: string } = {}) =>
    checkYear(
      withText(zeroReport({ year: 2021 }), {
        s1: [block('（一）主动公开', ...s1)],
        ...(extra.preamble ? { preamble: extra.preamble } : {}),
        ...(extra.s5 ? { s5: [block(null, ...extra.s5)] } : {}),
        ...(extra.title ? { title: extra.title } : {}),
      }),
    ).map((i) => i.id);

  it('fires on last year opening a sentence about the body', () => {
    const issues = checkYear(
      withText(zeroReport({ year: 2021 }), {
        s1: [
          block(
            '（一）主动公开',
            '领导重视。2020年，我局共主动公开政府信息46条。2020年，我局还开展了培训。',
          ),
        ],
      }),
    );
    expect(issues.map((i) => i.id)).toEqual(['YEAR:s1:2020']);
    expect(issues[0]!.message).toContain('2020年，我局');
    expect(issues[0]!.message).toContain('等2处');
    expect(issues[0]!.paragraph).toEqual({ section: 's1', block: 0, paragraph: 0 });
  });

  it('fires on the statistics period and the title', () => {
    expect(
      ids([], { preamble: ['本报告所列数据统计期限为2020年1月1日至2020年12月31日。'] }),
    ).toEqual(['YEAR:preamble:2020']);
    expect(ids([], { title: '某局2020年政府信息公开工作年度报告' })).toEqual(['YEAR:title']);
    expect(ids([], { preamble: ['现将本局2020年度政府信息公开工作年度报告公布如下。'] })).toEqual([
      'YEAR:preamble:2020',
    ]);
  });

  it('does not fire on history, plans or the report year', () => {
    expect(
      ids(
        [
          '2021年，我局共主动公开政府信息46条。',
          '2020年以来，我局持续推进政务公开。',
          '落实2019年出台的《办法》。',
          '与2020年相比，公开数量增加。',
        ],
        {
          preamble: ['本报告所列数据统计期限为2021年1月1日至2021年12月31日。'],
          s5: ['2022年，我局将进一步加强培训。', '2020年，我局将……（旧计划）'],
        },
      ),
    ).toEqual([]);
  });

  it('does not fire on a plan phrased with 将 for last year either', () => {
    expect(ids(['2020年，我局将按计划推进。'])).toEqual([]);
  });
});
