import type { CheckContext, CheckIssue } from '../../shared/checks/types';
import type { ReportContent } from '../../shared/model';

/** The part of src/shared/checks the services use; injectable so services tests can pin it. */
export interface ChecksEngine {
  runChecks(report: ReportContent, ctx: CheckContext): CheckIssue[];
  canFinalize(
    report: ReportContent,
    issues: readonly CheckIssue[],
  ): { ok: boolean; blocking: CheckIssue[] };
}
