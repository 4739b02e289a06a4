import type { CheckIssue } from '../../../shared/checks';
import { isAcknowledged } from '../../../shared/checks';
import type { ReportContent } from '../../../shared/model';
import type { StepId, StepState } from './steps';

function textEmpty(blocks: ReportContent['s1']): boolean {
  return blocks.every((b) => b.paragraphs.every((p) => p.trim() === ''));
}

function tableEmpty(content: ReportContent, table: string, computed: ReadonlySet<string>): boolean {
  const prefix = `${table}.`;
  return Object.entries(content.cells).every(
    ([k, v]) => !k.startsWith(prefix) || computed.has(k) || v === null,
  );
}

/** State shown beside a step: nothing typed yet, unresolved errors/warnings, or done. */
export function stepState(
  step: StepId,
  content: ReportContent,
  issues: readonly CheckIssue[],
  computed: ReadonlySet<string>,
): StepState {
  if (step === 'check') {
    if (issues.some((i) => i.severity === 'error')) return 'error';
    if (issues.some((i) => i.severity === 'warning' && !isAcknowledged(content, i)))
      return 'warning';
    return 'done';
  }
  const own = issues.filter((i) => i.section === step);
  const empty =
    step === 's1' || step === 's5' || step === 's6'
      ? textEmpty(content[step])
      : step === 'basic'
        ? false
        : tableEmpty(content, step, computed);
  if (own.some((i) => i.severity === 'error')) return 'error';
  if (empty) return 'empty';
  if (own.some((i) => i.severity === 'warning' && !isAcknowledged(content, i))) return 'warning';
  return 'done';
}
