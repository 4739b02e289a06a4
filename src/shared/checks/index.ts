import type { ReportContent } from '../model';
import { checkFormatNotice, checkLawName } from './rules/citations';
import { checkDeadline } from './rules/deadline';
import { checkNumbers } from './rules/num';
import { checkCarryOver, checkEffectiveChain } from './rules/previousYear';
import { checkReuse } from './rules/reuse';
import { checkSection5, checkSection6Fee, checkSection6Items } from './rules/sections';
import { checkFeeUnit, checkRegulations } from './rules/table2';
import { checkTable3Balance, checkTable3Handled, checkTable3Rows } from './rules/table3';
import { checkTable4Totals } from './rules/table4';
import { checkTextNumbers } from './rules/textNumbers';
import { checkYear } from './rules/year';
import type { CheckContext, CheckIssue, IssueSection, Rule, Severity } from './types';

export * from './types';
export { RULE_LABELS, RULE_SEVERITY, SEVERITY_LABELS } from './labels';
export { DEFAULT_DEADLINES } from './rules/deadline';
export { fingerprintOf } from './fingerprint';

/** Every rule of FORMAT.md §6, in the order of the table there. */
const RULES: readonly Rule[] = [
  checkNumbers,
  checkTable3Rows,
  checkTable3Handled,
  checkTable3Balance,
  checkTable4Totals,
  checkCarryOver,
  checkEffectiveChain,
  checkRegulations,
  checkFeeUnit,
  checkTextNumbers,
  checkLawName,
  checkFormatNotice,
  checkSection5,
  checkSection6Fee,
  checkSection6Items,
  checkReuse,
  checkDeadline,
  checkYear,
];

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, hint: 2 };
const SECTION_ORDER: Record<IssueSection, number> = {
  basic: 0,
  s1: 1,
  t2: 2,
  t3: 3,
  t4: 4,
  s5: 5,
  s6: 6,
};

/**
 * All issues of a report, errors first, then by wizard step. Pass `final: true` when checking
 * for 定稿 (blank cells become errors). Pure: same report and context, same issues.
 */
export function runChecks(report: ReportContent, ctx: CheckContext = {}): CheckIssue[] {
  const issues = RULES.flatMap((rule) => rule(report, ctx));
  return issues
    .map((issue, order) => ({ issue, order }))
    .sort(
      (a, b) =>
        SEVERITY_ORDER[a.issue.severity] - SEVERITY_ORDER[b.issue.severity] ||
        SECTION_ORDER[a.issue.section] - SECTION_ORDER[b.issue.section] ||
        a.order - b.order,
    )
    .map((x) => x.issue);
}

export function summariseIssues(issues: readonly CheckIssue[]): {
  errors: number;
  warnings: number;
  hints: number;
} {
  return {
    errors: issues.filter((i) => i.severity === 'error').length,
    warnings: issues.filter((i) => i.severity === 'warning').length,
    hints: issues.filter((i) => i.severity === 'hint').length,
  };
}

/** True when the report holds an acknowledgement for this warning with the same fingerprint. */
export function isAcknowledged(
  report: Pick<ReportContent, 'acknowledgements'>,
  issue: CheckIssue,
): boolean {
  return report.acknowledgements.some(
    (a) => a.issueId === issue.id && a.fingerprint === issue.fingerprint,
  );
}

/**
 * Whether the report may be marked 定稿: no errors, and every warning acknowledged with a matching
 * fingerprint (a changed value lapses the acknowledgement). Hints never block. `issues` should come
 * from `runChecks(report, { ...ctx, final: true })` so blank cells count as errors.
 */
export function canFinalize(
  report: Pick<ReportContent, 'acknowledgements'>,
  issues: readonly CheckIssue[],
): { ok: boolean; blocking: CheckIssue[] } {
  const blocking = issues.filter(
    (i) => i.severity === 'error' || (i.severity === 'warning' && !isAcknowledged(report, i)),
  );
  return { ok: blocking.length === 0, blocking };
}
