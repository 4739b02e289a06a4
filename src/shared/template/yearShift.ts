import type { ReportContent } from '../model';
import { reportTitle } from '../model';
import { sentenceAt } from './sentences';
import { listTexts, locationKey, textAt, withTextAt } from './textLocations';
import type { TextLocation } from './textLocations';
import { HAN_YEAR_CHAR, hanYear, hanYearValue } from './yearNumerals';

/** A proposed change of a year mention when a report is carried into a later year. */
export interface YearSuggestion {
  /** Stable for the same text: location plus offset. */
  id: string;
  location: TextLocation;
  /** Offsets into the text at `location` (UTF-16 code units, as String.prototype.slice). */
  start: number;
  end: number;
  before: string;
  after: string;
  /** The sentence the mention sits in, for display. */
  context: string;
  /** Why the change is proposed (Chinese). */
  reason: string;
}

interface YearToken {
  start: number;
  /** End of the digits. */
  end: number;
  value: number;
  han: boolean;
  /** End of the whole expression: 2021年, 2021年度, 2021年1月1日, 2021年底. */
  exprEnd: number;
  hasNian: boolean;
  hasMonth: boolean;
}

const ASCII_YEAR = /(?<!\d)\d{4}(?!\d)/g;
const HAN_YEAR = new RegExp(`(?<!${HAN_YEAR_CHAR})${HAN_YEAR_CHAR}{4}(?!${HAN_YEAR_CHAR})`, 'g');
const ASCII_MONTH_DAY = /^\d{1,2}月(?:\d{1,2}[日号])?/;
const HAN_MONTH_DAY = /^[一二三四五六七八九十]{1,3}月(?:[一二三四五六七八九十]{1,3}[日号])?/;
const YEAR_PART = /^(?:度|底|初|末)/;
const RANGE_GAP = /^\s*(?:起?(?:至|到)|—{1,2}|–|－|-|~|～)\s*$/;
/** “自2021年1月1日起至12月31日止” is a closed period, not a span from the past. */
const CLOSED_PERIOD = /^起?(?:至|到)(?!今)/;

/**
 * A span that starts in the past keeps its meaning only with its year: “2020年以来”, “2021年起”,
 * “2021年底前”. The next report must not move it.
 */
const SPAN_SUFFIX = /^(?:以来|来|起|开始|至今|以后|之后|以前|之前|前|后)/;
const SPAN_PREFIX = /(?:自|从|始于|始自|早在)\s*$/;
/** A document of that year: its history, not the report year (“2021年出台的…”, “2019年修订”). */
const DOCUMENT_HISTORY = /^(?:出台|印发|修订|修正|修改|颁布|施行)/;
const DOCUMENT_MADE =
  /^(?:制定|发布|公布|实施|通过|出版)(?:的|了)?《|^(?:制定|发布|公布|实施|通过|出版)的/;
/** A numbered document of that year: 2021年第3号. */
const DOCUMENT_NUMBER = /^第[\d一二三四五六七八九十百零〇]+号/;
/** Comparisons with the year before the report year move with it: 较2020年增加. */
const COMPARISON_PREFIX = /(?:较|与|同|比|相比|对比|相较于?)\s*$/;

function findTokens(text: string): YearToken[] {
  const raw: Array<{ start: number; end: number; value: number; han: boolean }> = [];
  for (const m of text.matchAll(ASCII_YEAR)) {
    const value = Number(m[0]);
    if (value >= 1900 && value <= 2199)
      raw.push({ start: m.index, end: m.index + 4, value, han: false });
  }
  for (const m of text.matchAll(HAN_YEAR)) {
    const value = hanYearValue(m[0]);
    if (value !== null && value >= 1900 && value <= 2199)
      raw.push({ start: m.index, end: m.index + 4, value, han: true });
  }
  raw.sort((a, b) => a.start - b.start);
  return raw.map((t) => {
    const hasNian = text[t.end] === '年';
    let exprEnd = t.end;
    let hasMonth = false;
    if (hasNian) {
      exprEnd = t.end + 1;
      const rest = text.slice(exprEnd);
      const monthDay = (t.han ? HAN_MONTH_DAY : ASCII_MONTH_DAY).exec(rest);
      if (monthDay) {
        hasMonth = true;
        exprEnd += monthDay[0].length;
      } else {
        const part = YEAR_PART.exec(rest);
        if (part) exprEnd += part[0].length;
      }
    }
    return { ...t, hasNian, hasMonth, exprEnd };
  });
}

function insideBookTitle(text: string, at: number): boolean {
  return text.lastIndexOf('《', at) > text.lastIndexOf('》', at);
}

/** True when the mention names a fixed point or span in the past, or a document, rather than the report year. */
function isProtected(text: string, t: YearToken): boolean {
  const after = text.slice(t.exprEnd);
  const before = text.slice(Math.max(0, t.start - 6), t.start);
  const closedPeriod = t.hasMonth && CLOSED_PERIOD.test(after);
  return (
    (!closedPeriod && (SPAN_SUFFIX.test(after) || SPAN_PREFIX.test(before))) ||
    DOCUMENT_HISTORY.test(after) ||
    DOCUMENT_MADE.test(after) ||
    DOCUMENT_NUMBER.test(after) ||
    insideBookTitle(text, t.start)
  );
}

function shiftedYear(text: string, t: YearToken, by: number): string {
  const digits = text.slice(t.start, t.end);
  return t.han ? hanYear(t.value + by, digits) : String(t.value + by);
}

/** The expression text from `from` to `to` with the given tokens' years shifted. */
function rewrite(
  text: string,
  from: number,
  to: number,
  tokens: readonly YearToken[],
  by: number,
): string {
  let out = '';
  let at = from;
  for (const t of tokens) {
    out += text.slice(at, t.start) + shiftedYear(text, t, by);
    at = t.end;
  }
  return out + text.slice(at, to);
}

interface Proposal {
  start: number;
  end: number;
  after: string;
  reason: string;
}

function proposalsIn(text: string, fromYear: number, toYear: number): Proposal[] {
  const by = toYear - fromYear;
  const tokens = findTokens(text);
  const proposals: Proposal[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    const prev = tokens[i - 1];
    const rangeWithNext = next !== undefined && RANGE_GAP.test(text.slice(t.exprEnd, next.start));
    const rangeWithPrev = prev !== undefined && RANGE_GAP.test(text.slice(prev.exprEnd, t.start));
    if (rangeWithNext) {
      // A period of full dates inside the report year (the statistics period) moves as one;
      // a span of years (2021—2025年, 2020年至2021年) is a plan or history and stays.
      const end = next.exprEnd;
      const datePeriod =
        t.hasMonth &&
        next.hasMonth &&
        next.value - t.value >= 0 &&
        next.value - t.value <= 1 &&
        (t.value === fromYear || next.value === fromYear);
      if (datePeriod && !isProtected(text, next)) {
        proposals.push({
          start: t.start,
          end,
          after: rewrite(text, t.start, end, [t, next], by),
          reason: `上年报告年度内的日期区间，顺延${by}年`,
        });
      }
      i++;
      continue;
    }
    if (rangeWithPrev || !t.hasNian || isProtected(text, t)) continue;
    const before = text.slice(Math.max(0, t.start - 6), t.start);
    let reason: string;
    if (t.value === fromYear) {
      reason = `上年报告的年度${fromYear}年，新报告为${toYear}年`;
    } else if (t.value === fromYear + 1) {
      reason = `上年报告中的${fromYear + 1}年（发布日期或下一年安排），相应顺延为${fromYear + 1 + by}年`;
    } else if (t.value === fromYear - 1 && COMPARISON_PREFIX.test(before)) {
      reason = `与上年对比的年份，相应顺延为${fromYear - 1 + by}年`;
    } else {
      continue;
    }
    proposals.push({
      start: t.start,
      end: t.exprEnd,
      after: rewrite(text, t.start, t.exprEnd, [t], by),
      reason,
    });
  }
  return proposals;
}

/** The stored closing date (YYYY-MM-DD) moves with the report when it is in the old report's year or the year after. */
function closingDateProposal(text: string, fromYear: number, toYear: number): Proposal[] {
  const m = /^(\d{4})-/.exec(text);
  if (!m) return [];
  const value = Number(m[1]);
  if (value !== fromYear && value !== fromYear + 1) return [];
  return [{ start: 0, end: 4, after: String(value + toYear - fromYear), reason: '落款日期顺延' }];
}

/**
 * Mentions of the old report's year (and of the year after it: publication dates, next-year
 * plans) proposed shifted to the new year. Never a blind replace: spans that start in the past
 * (2020年以来, 自2021年起), document history (2021年出台的…), names in 《》, document numbers
 * (〔2021〕30号, 2021年第3号) and year spans (2021—2025年) are left alone.
 *
 * Meant for text still as copied from the old report: a mention already moved by hand to the
 * year after `fromYear` would be offered again, as a next-year date.
 */
export function findYearSuggestions(
  report: ReportContent,
  fromYear: number,
  toYear: number,
): YearSuggestion[] {
  if (fromYear === toYear) return [];
  const out: YearSuggestion[] = [];
  for (const { location, text } of listTexts(report)) {
    // An unedited title follows organ and year by itself (and already names the new year).
    if (location.section === 'title' && !report.titleEdited) continue;
    const isClosingDate = location.section === 'closing' && location.paragraph === 1;
    const proposals = isClosingDate
      ? closingDateProposal(text, fromYear, toYear)
      : proposalsIn(text, fromYear, toYear);
    for (const p of proposals) {
      out.push({
        id: `${locationKey(location)}@${p.start}`,
        location,
        start: p.start,
        end: p.end,
        before: text.slice(p.start, p.end),
        after: p.after,
        context: isClosingDate ? text : sentenceAt(text, p.start).text,
        reason: p.reason,
      });
    }
  }
  return out;
}

/**
 * The report with the accepted suggestions applied. Within one text they are applied right to
 * left so earlier offsets stay valid; a suggestion whose span no longer holds its `before` text
 * (the clerk edited meanwhile) or overlaps one already applied is skipped, never forced.
 */
export function applySuggestions(
  report: ReportContent,
  suggestions: readonly YearSuggestion[],
  acceptedIds: Iterable<string>,
): ReportContent {
  const accepted = new Set(acceptedIds);
  const byText = new Map<string, YearSuggestion[]>();
  for (const s of suggestions) {
    if (!accepted.has(s.id)) continue;
    const key = locationKey(s.location);
    byText.set(key, [...(byText.get(key) ?? []), s]);
  }
  let result = report;
  for (const group of byText.values()) {
    const location = group[0]!.location;
    let text = textAt(result, location);
    if (text === undefined) continue;
    let limit = text.length;
    for (const s of [...group].sort((a, b) => b.start - a.start)) {
      if (
        s.end > limit ||
        s.start < 0 ||
        s.start > s.end ||
        text.slice(s.start, s.end) !== s.before
      )
        continue;
      text = text.slice(0, s.start) + s.after + text.slice(s.end);
      limit = s.start;
    }
    result = withTextAt(result, location, text);
  }
  if (result.title !== report.title) {
    result = { ...result, titleEdited: result.title !== reportTitle(result.organ, result.year) };
  }
  return result;
}
