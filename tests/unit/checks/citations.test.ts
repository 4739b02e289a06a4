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

describe('LAW-NAME without 《》', () => {
  const issuesFor = (...paragraphs: string[]) =>
    checkLawName(withText(zeroReport(), { s1: [block('（一）主动公开', ...paragraphs)] }));

  it('fires on a wrong name written in running text, quoting it as written', () => {
    const issues = issuesFor(
      '根据中华人民共和国信息公开条例要求，我局主动公开信息。',
      '我局继续贯彻中华⼈⺠共和国信息公开条例。',
    );
    expect(issues.map((i) => i.id)).toEqual(['LAW-NAME:中华人民共和国信息公开条例']);
    expect(issues[0]!.message).toContain('“中华人民共和国信息公开条例”（共2处）');
    expect(issues[0]!.message).toContain('正式名称是《中华人民共和国政府信息公开条例》');
    expect(issues[0]!.paragraph).toEqual({ section: 's1', block: 0, paragraph: 0 });
  });

  it.each(['政府信息公开工作条例', '政务信息公开条例', '信息公开条例', '国家信息公开条例'])(
    'fires on “%s”',
    (name) => {
      const issues = issuesFor(`全体干部认真学习${name}，提高公开意识。`);
      expect(issues).toHaveLength(1);
      expect(issues[0]!.message).toMatch(/将条例写作“[^”]*信息公开[^”]*条例”/);
    },
  );

  it('accepts the right wording without 《》, 《条例》 and a province’s own 条例', () => {
    expect(
      issuesFor(
        '根据政府信息公开条例要求，按照《条例》规定，落实中华人民共和国政府信息公开条例。',
        '参照某省信息公开条例的做法。',
      ),
    ).toEqual([]);
  });

  it('reads no name into the halves of a title cut by a paragraph break', () => {
    expect(
      issuesFor(
        '本报告根据《中华人民共和国政府',
        '信息公开条例》（国令第711号）（以下简称《条例》）编制。',
      ),
    ).toEqual([]);
    // The cut title's tail is no excuse for a wrong name later in the paragraph.
    expect(issuesFor('信息公开条例》规定编制。我局落实信息公开条例。')).toHaveLength(1);
  });

  it('counts a wrong name in 《》 once, as the bracketed name', () => {
    const issues = issuesFor('落实《中华人民共和国信息公开条例》。');
    expect(issues.map((i) => i.id)).toEqual(['LAW-NAME:《中华人民共和国信息公开条例》']);
  });
});
