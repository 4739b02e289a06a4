import { describe, expect, it } from 'vitest';
import { checkFormatNotice, checkLawName } from '../../../src/shared/checks/rules/citations';
import { block, withText, zeroReport } from './reports';

describe('LAW-NAME', () => {
  it('fires on a wrong name of the 条例, even written with radical code points', () => {
    const r = withText(zeroReport(), {
      s1: [
        block('（一）主动公开', '我局严格落实《中华人民共和国信息公开条例》。'),
        block('（五）监督保障', '2021年，我局严格落实《中华⼈⺠共和国信息公开条例》，推动工作。'),
      ],
    });
    const issues = checkLawName(r);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.id).toBe('LAW-NAME:《中华人民共和国信息公开条例》');
    expect(issues[0]!.message).toContain('《中华人民共和国信息公开条例》（共2处）');
    expect(issues[0]!.message).toContain('《中华人民共和国政府信息公开条例》');
    expect(issues[0]!.paragraph).toEqual({ section: 's1', block: 0, paragraph: 0 });
    expect(issues[0]!.severity).toBe('warning');
  });

  it('accepts the full name, the short 《政府信息公开条例》 and 《条例》', () => {
    const r = withText(zeroReport(), {
      preamble: [
        '根据《中华人民共和国政府信息公开条例》（国务院令第711号，以下简称《条例》）编制本报告。',
      ],
      s1: [block(null, '严格执行《政府信息公开条例》和《政府信息公开信息处理费管理办法》。')],
    });
    expect(checkLawName(r)).toEqual([]);
  });

  it('fires on 国务院令第492号 and on the 2007 article numbers for the annual report', () => {
    const r = withText(zeroReport(), {
      preamble: [
        '根据《中华人民共和国政府信息公开条例》（国务院令第492号）第三十一条规定，编制本年度报告。',
      ],
    });
    const ids = checkLawName(r).map((i) => i.id);
    expect(ids).toEqual(['LAW-NAME:492', 'LAW-NAME:article']);
    expect(checkLawName(r)[0]!.section).toBe('basic');
  });
});

describe('VERSION', () => {
  const text = ['根据国办公开办函〔2019〕60号文件要求编制。'];
  it('fires for a 2021+ report citing the 2019 notice', () => {
    const issues = checkFormatNotice(withText(zeroReport({ year: 2022 }), { preamble: text }));
    expect(issues.map((i) => i.id)).toEqual(['VERSION']);
    expect(issues[0]!.message).toContain('国办公开办函〔2021〕30号');
    expect(issues[0]!.paragraph).toEqual({ section: 'preamble', block: 0, paragraph: 0 });
  });

  it('does not fire for 2020, nor for the 2021 notice', () => {
    expect(
      checkFormatNotice(withText(zeroReport({ year: 2020, format: '2019' }), { preamble: text })),
    ).toEqual([]);
    const current = ['根据国办公开办函〔2021〕30号文件要求编制。'];
    expect(checkFormatNotice(withText(zeroReport({ year: 2022 }), { preamble: current }))).toEqual(
      [],
    );
  });
});
