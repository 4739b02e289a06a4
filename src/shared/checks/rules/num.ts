import { specFor } from '../../format';
import type { CellSpec, TableId } from '../../format';
import { computedKeys, normaliseDecimal } from '../../model';
import type { ReportContent } from '../../model';
import { fingerprintOf } from '../fingerprint';
import type { CheckContext, CheckIssue } from '../types';

const TABLE_NAMES: Record<TableId, string> = { t2: '表二', t3: '表三', t4: '表四' };

function cellName(cell: CellSpec): string {
  const row =
    cell.rowGroup && cell.table === 't3' ? `${cell.rowGroup}${cell.rowLabel}` : cell.rowLabel;
  return `${TABLE_NAMES[cell.table]}“${row}”·“${cell.colLabel}”`;
}

function isBlank(value: ReportContent['cells'][string] | undefined): boolean {
  return (
    value === null || value === undefined || (typeof value === 'string' && value.trim() === '')
  );
}

/** Why a filled value is not valid for its cell kind, or null when it is. */
function invalidReason(cell: CellSpec, value: number | string): string | null {
  if (cell.kind === 'decimal') {
    if (typeof value === 'number') {
      return Number.isFinite(value) && value >= 0 ? null : `金额“${value}”不是不小于0的数`;
    }
    return normaliseDecimal(value) === null
      ? `金额“${value}”不是不小于0的数字（无数据请填0）`
      : null;
  }
  if (typeof value === 'string') {
    return `填写的是“${value}”，应为${cell.kind === 'signed' ? '整数' : '不小于0的整数'}（无数据请填0，不要填“/”或“—”）`;
  }
  if (!Number.isInteger(value)) return `填写的是${value}，件数应为整数`;
  if (cell.kind === 'count' && value < 0) return `填写的是${value}，件数不能为负数`;
  return null;
}

/**
 * NUM: every count an integer ≥ 0 (2019 本年增/减 may be negative), money a decimal ≥ 0, and
 * no blank cell in a final report. Blanks are grouped per table — one issue, not hundreds; in
 * a draft they are a hint, for 定稿 an error. Computed totals are not counted as blank: the
 * clerk cannot type them, they fill once their addends are filled.
 */
export function checkNumbers(report: ReportContent, ctx: CheckContext): CheckIssue[] {
  const spec = specFor(report.format);
  const computed = computedKeys(report);
  const issues: CheckIssue[] = [];
  const blanks: Record<TableId, string[]> = { t2: [], t3: [], t4: [] };
  for (const cell of spec.cells) {
    const value = report.cells[cell.key];
    if (isBlank(value)) {
      if (!computed.has(cell.key)) blanks[cell.table].push(cell.key);
      continue;
    }
    const reason = invalidReason(cell, value as number | string);
    if (reason) {
      issues.push({
        id: `NUM:${cell.key}`,
        rule: 'NUM',
        severity: 'error',
        section: cell.table,
        cells: [cell.key],
        message: `${cellName(cell)}${reason}`,
        fingerprint: fingerprintOf([value]),
      });
    }
  }
  for (const table of ['t2', 't3', 't4'] as const) {
    const keys = blanks[table];
    if (!keys.length) continue;
    const first = spec.cells.find((c) => c.key === keys[0])!;
    issues.push({
      id: `NUM:blank:${table}`,
      rule: 'NUM',
      severity: ctx.final ? 'error' : 'hint',
      section: table,
      cells: keys,
      message: ctx.final
        ? `${TABLE_NAMES[table]}有${keys.length}个空白单元格（第一个是${cellName(first)}），不能定稿：请全部填写，无数据请填0`
        : `${TABLE_NAMES[table]}还有${keys.length}个空白单元格（第一个是${cellName(first)}），定稿前须全部填写，无数据请填0`,
      fingerprint: fingerprintOf(keys),
    });
  }
  return issues;
}

export { cellName, TABLE_NAMES };
