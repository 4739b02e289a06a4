import type { ReportContent } from '../../../src/shared/model';

export const CRASH_ORGAN = '崩溃测试县人民政府';
export const CRASH_YEAR = 2024;

/**
 * The edit the crash child saves as `revision`: a deterministic function of the revision, so the
 * parent can tell from the stored row alone whether its content belongs to its revision.
 */
export function crashEdit(base: ReportContent, revision: number): ReportContent {
  const first = base.s1[0] ?? { heading: null, paragraphs: [''] };
  return {
    ...base,
    s1: [{ ...first, paragraphs: [`第${revision}次保存：${'政务公开'.repeat(revision % 50)}`] }],
    cells: { ...base.cells, 't2.licensing': revision, 't2.procurement.amount': `${revision}.5` },
  };
}

/** What the stored row must hold for `revision` (the parts crashEdit sets). */
export function expectedMarks(revision: number) {
  return {
    paragraph: `第${revision}次保存：${'政务公开'.repeat(revision % 50)}`,
    licensing: revision,
    amount: `${revision}.5`,
  };
}
