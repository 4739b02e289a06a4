import type { ReportContent } from '../../model';
import { normaliseForMatching } from '../../compare/normalise';
import { fingerprintOf } from '../fingerprint';
import { YEAR_PATTERN, isChineseYear, parseYear } from '../numerals';
import { describeUnit, excerpt, textUnits } from '../text';
import type { TextUnit } from '../text';
import type { CheckIssue } from '../types';

/**
 * YEAR: the text names another year *as the report year* — what a copied template looks like.
 * Only strong patterns are read, because reports legitimately name other years (“2020年以来”,
 * “2019年出台的…”, plans “2022年，我局将…” in 五):
 *  - the statistics period “YYYY年1月1日至YYYY年12月31日”;
 *  - a sentence opening “YYYY年，我局/本单位/全县…” with a year before the report year, unless
 *    the clause announces a plan (将、拟、计划…);
 *  - in the title and preamble, “YYYY年(度)政府信息公开工作(年度)报告” and the title's year.
 * YYYY may be written in Chinese numerals (二〇二三年, 二○二三年, 二零二三年) and read the same.
 */

const Y = `(${YEAR_PATTERN})`;
const PERIOD = new RegExp(
  `${Y}年(?:1|一)月(?:1|一)日(?:起)?(?:至|到|—|－|-|~|～)${Y}年(?:12|十二)月(?:31|三十一)日`,
  'g',
);
const ORGAN_WORDS =
  '(?:局|委|办|单位|机关|县|区|镇|乡|街道|市|中心|院|厅|部门|公司|处|所|站|队|室|会|府|政府|系统)';
const SENTENCE_OPENING = new RegExp(
  `(?:^|[。；！？：:])${Y}年度?[，,]?(?:我|本|全)${ORGAN_WORDS}`,
  'g',
);
const PLAN = /将|拟|计划|继续|力争|争取|下一步/;
const REPORT_NAME = new RegExp(`${Y}年度?政府信息公开(?:工作)?(?:年度)?(?:报告|年报)`, 'g');
const TITLE_YEAR = new RegExp(`${Y}年`);

interface Mention {
  unit: TextUnit;
  year: number;
  /** The year as written: 2023, 二〇二三, 二○二三. */
  written: string;
  index: number;
  length: number;
}

function mentionsIn(unit: TextUnit, reportYear: number, titleLike: boolean): Mention[] {
  const found: Mention[] = [];
  for (const m of unit.text.matchAll(PERIOD)) {
    for (const written of [m[1]!, m[2]!]) {
      const y = parseYear(written);
      if (y !== null && y !== reportYear) {
        found.push({ unit, year: y, written, index: m.index, length: m[0].length });
        break;
      }
    }
  }
  for (const m of unit.text.matchAll(SENTENCE_OPENING)) {
    const written = m[1]!;
    const year = parseYear(written);
    if (year === null || year >= reportYear) continue;
    const start = m.index + m[0].indexOf(m[1]!);
    const clause = unit.text
      .slice(start)
      .split(/[，,。；]/)
      .slice(0, 2)
      .join('');
    if (PLAN.test(clause.slice(0, 16))) continue;
    found.push({ unit, year, written, index: start, length: m[0].length - (start - m.index) });
  }
  if (titleLike) {
    for (const m of unit.text.matchAll(REPORT_NAME)) {
      const written = m[1]!;
      const year = parseYear(written);
      if (year !== null && year !== reportYear)
        found.push({ unit, year, written, index: m.index, length: m[0].length });
    }
  }
  return found;
}

/** “2023年”, or for Chinese numerals both forms: “二〇二三年（即2023年）”. */
function yearInWords(written: string, year: number): string {
  return isChineseYear(written) ? `${written}年（即${year}年）` : `${year}年`;
}

export function checkYear(report: ReportContent): CheckIssue[] {
  const issues: CheckIssue[] = [];
  const title = normaliseForMatching(report.title);
  const titleMatch = TITLE_YEAR.exec(title);
  const titleYear = titleMatch ? parseYear(titleMatch[1]!) : null;
  if (titleMatch && titleYear !== null && titleYear !== report.year) {
    issues.push({
      id: 'YEAR:title',
      rule: 'YEAR',
      severity: 'warning',
      section: 'basic',
      cells: [],
      message: `标题“${report.title}”写的是${yearInWords(titleMatch[1]!, titleYear)}，本报告是${report.year}年度的报告`,
      fingerprint: fingerprintOf([report.title, report.year]),
    });
  }
  const groups = new Map<string, Mention[]>();
  for (const unit of textUnits(report)) {
    for (const m of mentionsIn(unit, report.year, unit.location.section === 'preamble')) {
      const id = `YEAR:${unit.location.section}:${m.year}`;
      groups.set(id, [...(groups.get(id) ?? []), m]);
    }
  }
  for (const [id, mentions] of groups) {
    const first = mentions[0]!;
    const unit = first.unit;
    const quotes = mentions.map((m) => excerpt(m.unit.text, m.index, m.length));
    issues.push({
      id,
      rule: 'YEAR',
      severity: 'warning',
      section: unit.section,
      cells: [],
      paragraph: unit.location,
      message: `${describeUnit(unit)}写“${quotes[0]}”${mentions.length > 1 ? `等${mentions.length}处` : ''}，年份是${yearInWords(first.written, first.year)}，但本报告是${report.year}年度的报告（是否沿用了上年的文字？）`,
      fingerprint: fingerprintOf([quotes, report.year]),
    });
  }
  return issues;
}
