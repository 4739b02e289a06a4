import { T4_BLOCKS, T4_COLUMNS, T4_LITIGATION } from '../../format';
import { sumCells } from '../../model';
import type { ReportContent } from '../../model';
import { fingerprintOf } from '../fingerprint';
import type { CheckIssue } from '../types';

/** T4-TOTAL: each block of table 四, 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
export function checkTable4Totals(report: ReportContent): CheckIssue[] {
  const issues: CheckIssue[] = [];
  for (const block of T4_BLOCKS) {
    const addends = T4_COLUMNS.slice(0, 4).map((c) => `t4.${block.key}.${c.key}`);
    const totalKey = `t4.${block.key}.total`;
    const sum = sumCells(report.cells, addends);
    const total = report.cells[totalKey];
    if (sum === null || typeof total !== 'number' || sum === total) continue;
    const name = block.key === 'review' ? block.label : `${T4_LITIGATION}（${block.label}）`;
    issues.push({
      id: `T4-TOTAL:${block.key}`,
      rule: 'T4-TOTAL',
      severity: 'error',
      section: 't4',
      cells: [...addends, totalKey],
      message: `表四“${name}”：结果维持+结果纠正+其他结果+尚未审结=${sum}，“总计”=${total}，相差${Math.abs(sum - total)}`,
      fingerprint: fingerprintOf(addends.map((k) => report.cells[k] ?? null).concat(total)),
    });
  }
  return issues;
}
