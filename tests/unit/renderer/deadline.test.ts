import { describe, expect, it } from 'vitest';
import { daysLeftText, reportingSeason } from '../../../src/renderer/src/home/deadline';

const deadlines = { department: '01-31', countyGovernment: '03-31' };

describe('reporting season deadline', () => {
  it('counts days to 1月31日 and 3月31日 for last year’s reports', () => {
    const season = reportingSeason(new Date(2026, 0, 21), deadlines);
    expect(season.reportYear).toBe(2025);
    expect(season.items.map((i) => [i.dateText, i.daysLeft])).toEqual([
      ['2026年1月31日', 10],
      ['2026年3月31日', 69],
    ]);
  });

  it('keeps the season while the county deadline is open, then moves to the next', () => {
    expect(reportingSeason(new Date(2026, 1, 10), deadlines).items[0]!.daysLeft).toBe(-10);
    const next = reportingSeason(new Date(2026, 3, 1), deadlines);
    expect(next.reportYear).toBe(2026);
    expect(next.items[0]!.dateText).toBe('2027年1月31日');
  });

  it('uses configured deadlines and says the days in Chinese', () => {
    expect(
      reportingSeason(new Date(2026, 0, 1), { department: '02-15', countyGovernment: '03-31' })
        .items[0]!.dateText,
    ).toBe('2026年2月15日');
    expect(daysLeftText(3)).toBe('还有 3 天');
    expect(daysLeftText(0)).toBe('今天截止');
    expect(daysLeftText(-2)).toBe('已过期 2 天');
  });
});
