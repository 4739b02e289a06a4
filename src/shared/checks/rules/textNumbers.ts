import type { ReportContent } from '../../model';
import { fingerprintOf } from '../fingerprint';
import { NUMBER_PATTERN, parseNumber } from '../numerals';
import { describeUnit, excerpt, textUnits } from '../text';
import type { TextUnit } from '../text';
import type { CheckIssue } from '../types';

/**
 * TEXT-NUM: counts stated in the text against the tables. Deliberately conservative — a false
 * warning costs the clerk more than a missed one — so only three unambiguous statements are read:
 * applications received (表三 第一项 总计, or 第一项+第二项), 行政复议 (表四 复议 总计) and
 * 行政诉讼 (表四 两类起诉 总计之和), plus their “没有/未…” zero forms. A statement is skipped when its
 * clause starts a breakdown (其中…), names another year or last year, or (for 复议/诉讼) the
 * sentence does not say it is about 政府信息公开 — a 司法局 also reports its general caseload.
 * “主动公开…N条” has no counterpart in table 二 of either format, so it is not compared.
 */

type Kind = 'applications' | 'review' | 'litigation';

interface Statement {
  kind: Kind;
  value: number;
  unit: TextUnit;
  index: number;
  length: number;
}

const N = `(${NUMBER_PATTERN})`;
const CASE = '(?:件|起|宗|个|次)';
const NOUN = '(?:政府信息公开|信息公开|依申请公开)申请';
const NEGATION = '(?:没有|未(?!经|审结|结)|无(?!法|正当))';

const PATTERNS: readonly { kind: Kind; zero: boolean; re: RegExp }[] = [
  {
    kind: 'applications',
    zero: false,
    re: new RegExp(
      `(?:收到|受理|接收|接到|新收)([^。；;，,：:]{0,20}?)${NOUN}(?:数量)?(?:共计|总计|合计|共|计)?(?:为)?${N}(?:件|个|份|条)`,
      'g',
    ),
  },
  {
    kind: 'applications',
    zero: true,
    re: new RegExp(
      `(?:没有|未|无)(?:收到|受理|接到|接收)(?:任何)?([^。；;，,：:\\d]{0,10}?)${NOUN}`,
      'g',
    ),
  },
  {
    kind: 'review',
    zero: false,
    re: new RegExp(`(?<!未经)行政复议(?:案件|申请)?(?:共计|合计|共|为)?${N}${CASE}`, 'g'),
  },
  {
    kind: 'litigation',
    zero: false,
    re: new RegExp(`行政诉讼(?:案件)?(?:共计|合计|共|为)?${N}${CASE}`, 'g'),
  },
  {
    kind: 'review',
    zero: true,
    re: new RegExp(
      `${NEGATION}(发生|出现|收到|产生|接到|涉及|被)?([^。；;，,：:\\d]{0,15}?)行政复议`,
      'g',
    ),
  },
  {
    kind: 'litigation',
    zero: true,
    re: new RegExp(
      `${NEGATION}(发生|出现|收到|产生|接到|涉及|被)?([^。；;，,：:\\d]{0,15}?)行政诉讼`,
      'g',
    ),
  },
];

const CLAUSE_STOP = /[，,。；;！？：:]/;
const SENTENCE_STOP = /[。；;！？]/;

function startOf(text: string, index: number, stop: RegExp): number {
  let i = index;
  while (i > 0 && !stop.test(text[i - 1]!)) i--;
  return i;
}

/** Does the text before the match, in the same clause, make it a sub-count or another period? */
function isQualified(text: string, index: number, middle: string, year: number): boolean {
  const clause = text.slice(startOf(text, index, CLAUSE_STOP), index) + middle;
  if (/其中|分别|结转|上年|去年|上一年|同比/.test(clause)) return true;
  for (const m of clause.matchAll(/(\d{4})年/g)) if (Number(m[1]) !== year) return true;
  return false;
}

function aboutDisclosure(unit: TextUnit, index: number): boolean {
  const sentence = unit.text.slice(startOf(unit.text, index, SENTENCE_STOP), index + 40);
  if (/信息公开/.test(sentence.split(/[。；;！？]/)[0] ?? '')) return true;
  return /依申请|复议|诉讼/.test(unit.blockHeading ?? '');
}

/**
 * “未发生因政府信息公开引起的行政复议” is a zero statement; “未公开的信息引起行政复议3件” is not:
 * the negation must come with a verb of occurrence or name 信息公开 (or sit right before the noun),
 * and no count may follow.
 */
function isZeroStatement(text: string, m: RegExpMatchArray): boolean {
  const verb = m[1];
  const middle = m[2] ?? '';
  if (!verb && middle !== '' && !middle.includes('信息公开')) return false;
  const after = text.slice((m.index ?? 0) + m[0].length);
  return !new RegExp(`^(?:案件|申请)?(?:共计|合计|共|为)?${NUMBER_PATTERN}`).test(after);
}

function statementsIn(unit: TextUnit, year: number): Statement[] {
  const found: Statement[] = [];
  for (const { kind, zero, re } of PATTERNS) {
    for (const m of unit.text.matchAll(re)) {
      const index = m.index;
      const middle = zero ? '' : kind === 'applications' ? (m[1] ?? '') : '';
      if (isQualified(unit.text, index, middle, year)) continue;
      if (kind !== 'applications' && !aboutDisclosure(unit, index)) continue;
      if (zero && kind !== 'applications' && !isZeroStatement(unit.text, m)) continue;
      const value = zero ? 0 : parseNumber(m[kind === 'applications' ? 2 : 1] ?? '');
      if (value === null) continue;
      found.push({ kind, value, unit, index, length: m[0].length });
      // “未发生…行政复议、行政诉讼” states both are zero.
      if (zero && kind === 'review') {
        const rest = unit.text.slice(index + m[0].length).split(CLAUSE_STOP)[0] ?? '';
        if (/^[、和及或与]?(?:提起|引发)?行政诉讼/.test(rest)) {
          found.push({ kind: 'litigation', value: 0, unit, index, length: m[0].length + 5 });
        }
      }
    }
  }
  return found;
}

interface TableFigure {
  cells: string[];
  /** Values the statement may equal. */
  accepted: number[];
  describe: () => string;
}

function num(report: ReportContent, key: string): number | null {
  const v = report.cells[key];
  return typeof v === 'number' ? v : null;
}

function tableFigure(report: ReportContent, kind: Kind): TableFigure | null {
  if (kind === 'applications') {
    const fresh = num(report, 't3.new.total');
    if (fresh === null) return null;
    const carried = num(report, 't3.carried_over.total');
    const accepted = carried ? [fresh, fresh + carried] : [fresh];
    return {
      cells: ['t3.new.total', 't3.carried_over.total'],
      accepted,
      describe: () =>
        `表三“一、本年新收政府信息公开申请数量”总计为${fresh}` +
        (carried ? `（加上年结转共${fresh + carried}）` : ''),
    };
  }
  if (kind === 'review') {
    const total = num(report, 't4.review.total');
    if (total === null) return null;
    return {
      cells: ['t4.review.total'],
      accepted: [total],
      describe: () => `表四“行政复议”总计为${total}`,
    };
  }
  const direct = num(report, 't4.litigation_direct.total');
  const after = num(report, 't4.litigation_after_review.total');
  if (direct === null || after === null) return null;
  return {
    cells: ['t4.litigation_direct.total', 't4.litigation_after_review.total'],
    accepted: [direct + after],
    describe: () =>
      `表四“行政诉讼”总计为${direct + after}（未经复议直接起诉${direct}，复议后起诉${after}）`,
  };
}

export function checkTextNumbers(report: ReportContent): CheckIssue[] {
  const statements = textUnits(report).flatMap((u) => statementsIn(u, report.year));
  const issues: CheckIssue[] = [];
  for (const kind of ['applications', 'review', 'litigation'] as const) {
    const figure = tableFigure(report, kind);
    if (!figure) continue;
    const wrong = statements.find((s) => s.kind === kind && !figure.accepted.includes(s.value));
    if (!wrong) continue;
    const quote = excerpt(wrong.unit.text, wrong.index, wrong.length);
    issues.push({
      id: `TEXT-NUM:${kind}`,
      rule: 'TEXT-NUM',
      severity: 'warning',
      section: wrong.unit.section,
      cells: figure.cells,
      paragraph: wrong.unit.location,
      message: `${describeUnit(wrong.unit)}写“${quote}”${quote.includes(String(wrong.value)) ? '' : `（即${wrong.value}件）`}，但${figure.describe()}，请核对正文与表格`,
      fingerprint: fingerprintOf([quote, wrong.value, figure.accepted]),
    });
  }
  return issues;
}
