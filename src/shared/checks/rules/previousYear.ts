import { T3_COLUMNS } from '../../format';
import type { ReportContent } from '../../model';
import { fingerprintOf } from '../fingerprint';
import type { CheckContext, CheckIssue } from '../types';

/** Last year's report when it really is the year before (a gap makes the chain meaningless). */
function lastYear(report: ReportContent, ctx: CheckContext): ReportContent | null {
  const previous = ctx.previous;
  return previous && previous.year === report.year - 1 ? previous : null;
}

/** CARRY: 二、上年结转 = last year's 四、结转下年度继续办理, per column. */
export function checkCarryOver(report: ReportContent, ctx: CheckContext): CheckIssue[] {
  const previous = lastYear(report, ctx);
  if (!previous) return [];
  const issues: CheckIssue[] = [];
  for (const col of T3_COLUMNS) {
    const carriedOverKey = `t3.carried_over.${col.key}`;
    const now = report.cells[carriedOverKey];
    const before = previous.cells[`t3.carried_forward.${col.key}`];
    if (typeof now !== 'number' || typeof before !== 'number' || now === before) continue;
    issues.push({
      id: `CARRY:${col.key}`,
      rule: 'CARRY',
      severity: 'warning',
      section: 't3',
      cells: [carriedOverKey],
      message: `表三“${col.label}”列：“二、上年结转政府信息公开申请数量”=${now}，但${previous.year}年报告“四、结转下年度继续办理”=${before}，相差${Math.abs(now - before)}`,
      fingerprint: fingerprintOf([now, before]),
    });
  }
  return issues;
}

const CHAIN_ROWS = [
  { key: 'regulations', label: '规章' },
  { key: 'normative_docs', label: '行政规范性文件' },
] as const;

/** T2-CHAIN (2021 format): 现行有效 = last year's 现行有效 + 本年制发 − 本年废止. */
export function checkEffectiveChain(report: ReportContent, ctx: CheckContext): CheckIssue[] {
  const previous = lastYear(report, ctx);
  if (!previous || report.format !== '2021' || previous.format !== '2021') return [];
  const issues: CheckIssue[] = [];
  for (const row of CHAIN_ROWS) {
    const k = (col: string) => `t2.${row.key}.${col}`;
    const before = previous.cells[k('effective')];
    const made = report.cells[k('made')];
    const repealed = report.cells[k('repealed')];
    const effective = report.cells[k('effective')];
    if (
      typeof before !== 'number' ||
      typeof made !== 'number' ||
      typeof repealed !== 'number' ||
      typeof effective !== 'number'
    ) {
      continue;
    }
    const expected = before + made - repealed;
    if (expected === effective) continue;
    issues.push({
      id: `T2-CHAIN:${row.key}`,
      rule: 'T2-CHAIN',
      severity: 'warning',
      section: 't2',
      cells: [k('made'), k('repealed'), k('effective')],
      message: `表二“${row.label}”：${previous.year}年现行有效${before}+本年制发${made}−本年废止${repealed}=${expected}，本年“现行有效件数”=${effective}，相差${Math.abs(expected - effective)}`,
      fingerprint: fingerprintOf([before, made, repealed, effective]),
    });
  }
  return issues;
}
