import { cellSpec } from '../../format';
import { decimalPlaces, normaliseDecimal } from '../../model';
import type { ReportContent } from '../../model';
import { fingerprintOf } from '../fingerprint';
import type { CheckIssue } from '../types';

const REGULATION_KEYS = {
  '2021': ['made', 'repealed', 'effective'],
  '2019': ['new_made', 'new_published', 'total_published'],
} as const;

/** T2-REG: a county-level body cannot make 规章, so a non-zero 规章 row is probably misplaced. */
export function checkRegulations(report: ReportContent): CheckIssue[] {
  const keys = REGULATION_KEYS[report.format].map((c) => `t2.regulations.${c}`);
  const filled = keys.filter((k) => typeof report.cells[k] === 'number' && report.cells[k] !== 0);
  if (!filled.length) return [];
  const values = filled.map(
    (k) => `${cellSpec(report.format, k)?.colLabel ?? k}=${report.cells[k]}`,
  );
  return [
    {
      id: 'T2-REG',
      rule: 'T2-REG',
      severity: 'warning',
      section: 't2',
      cells: filled,
      message: `表二“规章”行不为0（${values.join('，')}）。县级机关无权制定规章，请核实是否应填在“${report.format === '2021' ? '行政规范性文件' : '规范性文件'}”行`,
      fingerprint: fingerprintOf(keys.map((k) => report.cells[k] ?? null)),
    },
  ];
}

const FEE_KEY = 't2.fees_wan_yuan';

/**
 * FEE-UNIT (2021 format; the 2019 fee row holds item counts): a whole number ≥ 10000 万元 looks
 * typed in 元; more than 4 decimals where the local template asks for 4.
 */
export function checkFeeUnit(report: ReportContent): CheckIssue[] {
  const raw = report.cells[FEE_KEY];
  if (report.format !== '2021' || raw === null || raw === undefined) return [];
  const fee = normaliseDecimal(String(raw));
  if (fee === null) return [];
  const issues: CheckIssue[] = [];
  if (decimalPlaces(fee) === 0 && fee.length >= 5) {
    issues.push({
      id: 'FEE-UNIT:yuan',
      rule: 'FEE-UNIT',
      severity: 'hint',
      section: 't2',
      cells: [FEE_KEY],
      message: `表二“行政事业性收费”金额为${fee}万元，即${fee}0000元，是否误按“元”填写？单位应为万元（如 3940 元填 0.394）`,
      fingerprint: fingerprintOf([fee]),
    });
  }
  if (report.options.feeDecimals === 4 && decimalPlaces(fee) > 4) {
    issues.push({
      id: 'FEE-UNIT:decimals',
      rule: 'FEE-UNIT',
      severity: 'hint',
      section: 't2',
      cells: [FEE_KEY],
      message: `表二“行政事业性收费”金额${fee}有${decimalPlaces(fee)}位小数，本地模板要求保留4位小数（0.0001万元即1元）`,
      fingerprint: fingerprintOf([fee]),
    });
  }
  return issues;
}
