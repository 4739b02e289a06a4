import type { FormatVersion } from '../format';
import { formatForYear } from '../format';

/** Title, organ and year of a report, and the format its tables are printed in. */

export interface ReportMeta {
  readonly organ: string | null;
  readonly year: number | null;
  readonly title: string | null;
}

const TITLE_TAIL = /(20\d{2})年度?政府信息公开工作年度报告/;
const FIELD_PREFIX = /^(?:标题|题目|名称)[:：]/;

/** The first line naming a report year; the organ is in front of the year or on the line above. */
export function findMeta(rawText: string): ReportMeta {
  const lines = rawText.split('\n').map((l) => l.replace(/\s+/g, ''));
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(FIELD_PREFIX, '');
    const m = TITLE_TAIL.exec(line);
    if (!m) continue;
    let organ = line.slice(0, m.index).replace(/^[《“"]/, '');
    if (organ === '') {
      const above = lines.slice(Math.max(0, i - 3), i).filter((l) => l !== '');
      const candidate = above[above.length - 1] ?? '';
      if (candidate.length <= 40 && !/[。，；：:]/.test(candidate)) organ = candidate;
    }
    // Text running into the title on a web page: keep the words after the last sentence end.
    organ = organ.split(/[。；！？]/).pop() ?? organ;
    if (organ.length > 40) continue;
    const year = Number(m[1]);
    return { organ: organ || null, year, title: organ ? `${organ}${m[0]}` : null };
  }
  return { organ: null, year: yearFromPeriod(rawText), title: null };
}

/** “统计期限自2023年1月1日…” or the most frequent year when there is no title. */
function yearFromPeriod(text: string): number | null {
  const period = /(20\d{2})\s*年\s*1\s*月\s*1\s*日/.exec(text);
  if (period) return Number(period[1]);
  const counts = new Map<number, number>();
  for (const m of text.matchAll(/(20\d{2})\s*年/g))
    counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  let best: number | null = null;
  for (const [y, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = y;
  return best;
}

/** The 2019 trial format shows in table 二's headers; otherwise the year decides. */
export function detectFormat(year: number | null, table2Text: string): FormatVersion {
  const compact = table2Text.replace(/\s+/g, '');
  if (/本年新制作数量|上一年项目数量|政府集中采购/.test(compact)) return '2019';
  if (/本年制发件数|现行有效件数/.test(compact)) return '2021';
  return year === null ? '2021' : formatForYear(year);
}
