import { T3_APPLICANT_COLUMNS, T3_COLUMNS, specFor } from '../../format';
import type { T3RowSpec } from '../../format';
import { sumCells } from '../../model';
import type { ReportContent } from '../../model';
import { fingerprintOf } from '../fingerprint';
import type { CheckIssue } from '../types';

const key = (row: string, col: string): string => `t3.${row}.${col}`;

function rowName(row: T3RowSpec): string {
  return row.group ? `${row.group}${row.label}` : row.label;
}

function difference(a: number, b: number): string {
  return `相差${Math.abs(a - b)}`;
}

/**
 * T3-ROW: each row's 总计 = the six applicant columns. With computed totals the cells agree by
 * construction, so this fires only for typed totals (imports keep them as published) or stale data.
 * A row whose addends or total are blank is skipped — NUM reports the blanks.
 */
export function checkTable3Rows(report: ReportContent): CheckIssue[] {
  const issues: CheckIssue[] = [];
  for (const row of specFor(report.format).t3Rows) {
    const addends = T3_APPLICANT_COLUMNS.map((c) => key(row.key, c));
    const totalKey = key(row.key, 'total');
    const sum = sumCells(report.cells, addends);
    const total = report.cells[totalKey];
    if (sum === null || typeof total !== 'number' || sum === total) continue;
    issues.push({
      id: `T3-ROW:${row.key}`,
      rule: 'T3-ROW',
      severity: 'error',
      section: 't3',
      cells: [...addends, totalKey],
      message: `表三“${rowName(row)}”行：六类申请人之和=${sum}，“总计”=${total}，${difference(sum, total)}`,
      fingerprint: fingerprintOf(addends.map((k) => report.cells[k] ?? null).concat(total)),
    });
  }
  return issues;
}

/** T3-HANDLED: per column, （七）总计 = every result row （一）予以公开 … （六）其他处理. */
export function checkTable3Handled(report: ReportContent): CheckIssue[] {
  const resultRows = specFor(report.format).t3Rows.filter((r) => r.isResult);
  const issues: CheckIssue[] = [];
  for (const col of T3_COLUMNS) {
    const addends = resultRows.map((r) => key(r.key, col.key));
    const totalKey = key('total_handled', col.key);
    const sum = sumCells(report.cells, addends);
    const total = report.cells[totalKey];
    if (sum === null || typeof total !== 'number' || sum === total) continue;
    issues.push({
      id: `T3-HANDLED:${col.key}`,
      rule: 'T3-HANDLED',
      severity: 'error',
      section: 't3',
      cells: [...addends, totalKey],
      message: `表三“${col.label}”列：办理结果（一）至（六）各项之和=${sum}，“（七）总计”=${total}，${difference(sum, total)}`,
      fingerprint: fingerprintOf(addends.map((k) => report.cells[k] ?? null).concat(total)),
    });
  }
  return issues;
}

/** T3-BALANCE: per column, 第一项 + 第二项 = 第三项（七）总计 + 第四项 (the table's own 勾稽关系). */
export function checkTable3Balance(report: ReportContent): CheckIssue[] {
  const issues: CheckIssue[] = [];
  for (const col of T3_COLUMNS) {
    const keys = ['new', 'carried_over', 'total_handled', 'carried_forward'].map((r) =>
      key(r, col.key),
    );
    const received = sumCells(report.cells, keys.slice(0, 2));
    const settled = sumCells(report.cells, keys.slice(2));
    if (received === null || settled === null || received === settled) continue;
    issues.push({
      id: `T3-BALANCE:${col.key}`,
      rule: 'T3-BALANCE',
      severity: 'error',
      section: 't3',
      cells: keys,
      message: `表三“${col.label}”列：第一项+第二项=${received}，第三项（七）总计+第四项=${settled}，${difference(received, settled)}`,
      fingerprint: fingerprintOf(keys.map((k) => report.cells[k] ?? null)),
    });
  }
  return issues;
}
