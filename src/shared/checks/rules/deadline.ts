import type { ReportContent } from '../../model';
import { fingerprintOf } from '../fingerprint';
import type { CheckContext, CheckIssue } from '../types';

/** 条例 art. 49: departments publish by 1月31日, a county government its own report by 3月31日. */
export const DEFAULT_DEADLINES = { department: '01-31', countyGovernment: '03-31' } as const;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_DAY = /^(\d{2})-(\d{2})$/;

function dayNumber(date: string): number | null {
  const m = DATE.exec(date);
  if (!m) return null;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000;
}

/** DEADLINE: hint when ctx.today is past the publication deadline in the year after the report year. */
export function checkDeadline(report: ReportContent, ctx: CheckContext): CheckIssue[] {
  if (!ctx.today) return [];
  const deadlines = ctx.deadlines ?? DEFAULT_DEADLINES;
  const county = report.options.organKind === 'county_government';
  const monthDay = county ? deadlines.countyGovernment : deadlines.department;
  const md = MONTH_DAY.exec(monthDay);
  const deadline = `${report.year + 1}-${monthDay}`;
  const today = dayNumber(ctx.today);
  const due = dayNumber(deadline);
  if (!md || today === null || due === null || today <= due) return [];
  const who = county ? '县级人民政府' : '政府部门';
  return [
    {
      id: 'DEADLINE',
      rule: 'DEADLINE',
      severity: 'hint',
      section: 'basic',
      cells: [],
      message: `${who}的${report.year}年度报告应于${report.year + 1}年${Number(md[1])}月${Number(md[2])}日前公布（《中华人民共和国政府信息公开条例》第四十九条）；今天是${ctx.today}，已超过${today - due}天，请尽快定稿公开`,
      fingerprint: fingerprintOf([deadline]),
    },
  ];
}
