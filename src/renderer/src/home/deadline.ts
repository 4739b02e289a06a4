import type { Settings } from '../../../shared/ipc';

export interface DeadlineItem {
  kind: 'department' | 'county_government';
  label: string;
  /** e.g. 2026年1月31日 */
  dateText: string;
  /** Whole days from today to the deadline; 0 = today, negative = passed. */
  daysLeft: number;
}

export interface ReportingSeason {
  /** The year the reports of this season are about. */
  reportYear: number;
  items: DeadlineItem[];
}

function parseMonthDay(md: string): { month: number; day: number } {
  const [m, d] = md.split('-').map(Number);
  return { month: m ?? 1, day: d ?? 31 };
}

const DAY_MS = 86_400_000;

/**
 * The season reports are being written in (条例 art. 49): reports on last year are due in the
 * first months of this year. Once the later deadline has passed, the next season is shown.
 */
export function reportingSeason(today: Date, deadlines: Settings['deadlines']): ReportingSeason {
  const start = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  const build = (dueYear: number): ReportingSeason => ({
    reportYear: dueYear - 1,
    items: (
      [
        ['department', '政府部门', deadlines.department],
        ['county_government', '县（区）政府本级', deadlines.countyGovernment],
      ] as const
    ).map(([kind, label, md]) => {
      const { month, day } = parseMonthDay(md);
      return {
        kind,
        label,
        dateText: `${dueYear}年${month}月${day}日`,
        daysLeft: Math.round((Date.UTC(dueYear, month - 1, day) - start) / DAY_MS),
      };
    }),
  });
  const thisYear = build(today.getFullYear());
  return thisYear.items.every((i) => i.daysLeft < 0) ? build(today.getFullYear() + 1) : thisYear;
}

export function daysLeftText(days: number): string {
  if (days > 0) return `还有 ${days} 天`;
  if (days === 0) return '今天截止';
  return `已过期 ${-days} 天`;
}
