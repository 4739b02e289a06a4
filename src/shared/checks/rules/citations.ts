import type { ReportContent } from '../../model';
import { normaliseForMatching } from '../../compare/normalise';
import { fingerprintOf } from '../fingerprint';
import { describeUnit, excerpt, textUnits } from '../text';
import type { TextUnit } from '../text';
import type { CheckIssue } from '../types';

const LAW_NAME = '《中华人民共和国政府信息公开条例》';
/**
 * Accepted besides the full name: 《政府信息公开条例》 (the short form in common official use,
 * including State Council documents) and 《条例》 after the first mention. Anything else that
 * reads like this regulation's title — 《中华人民共和国信息公开条例》 in the seed report,
 * 《政府信息公开工作条例》 — is a wrong name.
 */
const ACCEPTED_NAMES = new Set([LAW_NAME, '《政府信息公开条例》']);

/** A title in 《》 that names a 信息公开…条例. */
const BRACKETED = /《[^《》〈〉]{0,30}信息公开[^《》〈〉]{0,10}条例》/g;
/**
 * The 条例 named in running text without 《》 (“根据中华人民共和国信息公开条例要求”). Titles in
 * 《》 are BRACKETED's and are masked first. The wording decides, as for BRACKETED: the full name
 * and the short 政府信息公开条例 are the right name (a missing 《》 is not a wrong name).
 */
const UNBRACKETED = /(?:中华人民共和国)?(?:政府|政务)?信息公开(?:工作)?条例/g;
const ACCEPTED_WORDING = new Set([...ACCEPTED_NAMES].map((n) => n.slice(1, -1)));
/** Provinces and cities make their own 条例 (地方性法规); “某省信息公开条例” is not this one. */
const LOCAL_LEGISLATURE_BEFORE = /(?:省|自治区|市)$/;
/**
 * Every 《…》 title blanked out, keeping offsets — also the halves of a title a paragraph break
 * cut in two (“…信息公开条例》” opening a paragraph, “《中华人民共和国政府” ending one).
 */
function withoutTitles(text: string): string {
  const blank = (title: string) => ' '.repeat(title.length);
  return text
    .replace(/《[^《》]*》/g, blank)
    .replace(/^[^《》]*》/, blank)
    .replace(/《[^《》]*$/, blank);
}

/** The 2007 条例 (国务院令第492号) was replaced by 国务院令第711号 in 2019. */
const OLD_DECREE = /国务院令第?492号|国令第?492号/g;
/** Under the 2007 条例 the annual report was art. 31/32; it is art. 49/50 now. */
const OLD_ARTICLE = /条例》?(?:[（(][^）)]{0,20}[）)])?第(三十一|三十二|31|32)条/g;

interface Finding {
  id: string;
  unit: TextUnit;
  index: number;
  length: number;
  message: (where: string, count: number) => string;
}

function titleUnit(report: ReportContent): TextUnit {
  return {
    location: { section: 'preamble', block: 0, paragraph: 0, heading: true },
    section: 'basic',
    raw: report.title,
    text: normaliseForMatching(report.title),
    blockHeading: null,
  };
}

/** One issue per distinct wrong citation, located at its first occurrence, counting them all. */
function toIssues(findings: Finding[], rule: 'LAW-NAME' | 'VERSION'): CheckIssue[] {
  const byId = new Map<string, Finding[]>();
  for (const f of findings) byId.set(f.id, [...(byId.get(f.id) ?? []), f]);
  return [...byId.entries()].map(([id, all]) => {
    const first = all[0]!;
    const isTitle = first.unit.location.heading && first.unit.section === 'basic';
    return {
      id,
      rule,
      severity: 'warning' as const,
      section: first.unit.section,
      cells: [],
      ...(isTitle ? {} : { paragraph: first.unit.location }),
      message: first.message(isTitle ? '标题' : describeUnit(first.unit), all.length),
      fingerprint: fingerprintOf(all.map((f) => excerpt(f.unit.text, f.index, f.length))),
    };
  });
}

/** The regulation named `name` at `index` (shown as `shown`: in its own 《》, or quoted). */
function misnamed(unit: TextUnit, index: number, name: string, shown: string): Finding {
  return {
    id: `LAW-NAME:${name}`,
    unit,
    index,
    length: name.length,
    message: (where, count) =>
      `${where}将条例写作${shown}${count > 1 ? `（共${count}处）` : ''}，正式名称是${LAW_NAME}`,
  };
}

/** LAW-NAME: the regulation named other than 《中华人民共和国政府信息公开条例》, or the 2007 version cited. */
export function checkLawName(report: ReportContent): CheckIssue[] {
  const findings: Finding[] = [];
  for (const unit of [titleUnit(report), ...textUnits(report)]) {
    for (const m of unit.text.matchAll(BRACKETED)) {
      if (ACCEPTED_NAMES.has(m[0])) continue;
      findings.push(misnamed(unit, m.index, m[0], m[0]));
    }
    for (const m of withoutTitles(unit.text).matchAll(UNBRACKETED)) {
      const name = m[0];
      if (ACCEPTED_WORDING.has(name)) continue;
      if (name.startsWith('信息公开') && LOCAL_LEGISLATURE_BEFORE.test(unit.text.slice(0, m.index)))
        continue;
      findings.push(misnamed(unit, m.index, name, `“${name}”`));
    }
    for (const m of unit.text.matchAll(OLD_DECREE)) {
      findings.push({
        id: 'LAW-NAME:492',
        unit,
        index: m.index,
        length: m[0].length,
        message: (where, count) =>
          `${where}引用了“${m[0]}”${count > 1 ? `（共${count}处）` : ''}，那是2007年的旧条例；现行条例为国务院令第711号（2019年5月15日起施行）`,
      });
    }
    for (const m of unit.text.matchAll(OLD_ARTICLE)) {
      if (!/年度报告|年报/.test(unit.text)) continue;
      findings.push({
        id: `LAW-NAME:article`,
        unit,
        index: m.index,
        length: m[0].length,
        message: (where) =>
          `${where}引用条例“第${m[1]}条”作为年度报告的依据，那是2007年旧条例的条文；现行条例为第四十九条（期限）、第五十条（内容）`,
      });
    }
  }
  return toIssues(findings, 'LAW-NAME');
}

const OLD_NOTICE = /国办公开办函[〔[【(（]?2019[〕\]】)）]?60号/g;

/** VERSION: a report for 2021+ follows 国办公开办函〔2021〕30号, not the 2019 trial format. */
export function checkFormatNotice(report: ReportContent): CheckIssue[] {
  if (report.year < 2021) return [];
  const findings: Finding[] = [];
  for (const unit of [titleUnit(report), ...textUnits(report)]) {
    for (const m of unit.text.matchAll(OLD_NOTICE)) {
      findings.push({
        id: 'VERSION',
        unit,
        index: m.index,
        length: m[0].length,
        message: (where) =>
          `${where}引用了“国办公开办函〔2019〕60号”（2019、2020年度的试行格式）；${report.year}年度报告应依据“国办公开办函〔2021〕30号”`,
      });
    }
  }
  return toIssues(findings, 'VERSION');
}
