import { SECTION_HEADINGS } from '../../format';
import type { ReportContent } from '../../model';
import { reuseStats, sentenceKey, splitSentences } from '../../compare/reuse';
import { fingerprintOf } from '../fingerprint';
import type { CheckContext, CheckIssue } from '../types';

const REUSE_LIMIT = 0.5;
const SECTIONS = ['s1', 's5', 's6'] as const;

function percent(ratio: number): string {
  return `${Math.round(ratio * 100)}%`;
}

/**
 * REUSE: more than half of the sentences of 一, 五 and 六 together unchanged from last year's
 * report (evaluators deduct for “与上年度重复率大于50%”). The message gives each section's share;
 * the issue points at the first copied paragraph of the section with the most copied sentences.
 */
export function checkReuse(report: ReportContent, ctx: CheckContext): CheckIssue[] {
  const previous = ctx.previous;
  if (!previous || previous.year >= report.year) return [];
  const stats = SECTIONS.map((id) => ({ id, ...reuseStats(previous[id], report[id]) }));
  const total = stats.reduce((n, s) => n + s.total, 0);
  const unchanged = stats.reduce((n, s) => n + s.unchanged, 0);
  if (!total || unchanged / total <= REUSE_LIMIT) return [];
  const worst = [...stats].sort((a, b) => b.unchanged - a.unchanged)[0]!;
  const copied = new Set(worst.unchangedSentences.map(sentenceKey));
  let paragraph: CheckIssue['paragraph'];
  report[worst.id].some((block, b) =>
    block.paragraphs.some((text, p) => {
      if (!splitSentences(text).some((s) => copied.has(sentenceKey(s)))) return false;
      paragraph = { section: worst.id, block: b, paragraph: p };
      return true;
    }),
  );
  const perSection = stats
    .filter((s) => s.total)
    .map((s) => `${SECTION_HEADINGS[s.id].slice(0, 1)}部分${s.unchanged}/${s.total}句`)
    .join('，');
  return [
    {
      id: 'REUSE',
      rule: 'REUSE',
      severity: 'warning',
      section: worst.id,
      cells: [],
      ...(paragraph ? { paragraph } : {}),
      message: `一、五、六部分共${total}句，其中${unchanged}句与${previous.year}年报告相同（重复率${percent(unchanged / total)}，超过50%；${perSection}）。评议时“与上年度重复率大于50%”会扣分，请按本年度实际情况改写`,
      fingerprint: fingerprintOf([
        total,
        stats.flatMap((s) => s.unchangedSentences.map(sentenceKey)),
      ]),
    },
  ];
}
