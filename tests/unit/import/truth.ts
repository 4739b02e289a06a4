import { T3_COLUMNS, T4_COLUMNS } from '../../../src/shared/format';

/** Expected cells of a sample (samples/expected/*.json) as FORMAT keys. */
export interface ExpectedSample {
  file: string;
  organ: string;
  year: number;
  format: '2021' | '2019';
  t2: Record<string, number | string | Record<string, number>>;
  t3: Record<string, number[]>;
  t4: Record<string, number[]>;
}

export function expectedCells(e: ExpectedSample): Record<string, number | string> {
  const cells: Record<string, number | string> = {};
  for (const [row, v] of Object.entries(e.t2)) {
    if (typeof v === 'object')
      for (const [col, x] of Object.entries(v)) cells[`t2.${row}.${col}`] = x;
    else cells[`t2.${row}`] = v;
  }
  for (const [row, v] of Object.entries(e.t3))
    v.forEach((x, i) => (cells[`t3.${row}.${T3_COLUMNS[i]!.key}`] = x));
  for (const [row, v] of Object.entries(e.t4))
    v.forEach((x, i) => (cells[`t4.${row}.${T4_COLUMNS[i]!.key}`] = x));
  return cells;
}

export interface CellScore {
  total: number;
  exact: number;
  /** Cells whose value differs from the truth without being listed for review. */
  silentWrong: string[];
}

export function scoreCells(
  truth: Record<string, number | string>,
  got: Record<string, number | string | null>,
  uncertain: readonly string[],
): CellScore {
  const listed = new Set(uncertain);
  const score: CellScore = { total: 0, exact: 0, silentWrong: [] };
  for (const [key, value] of Object.entries(truth)) {
    score.total++;
    const same = String(got[key]) === String(value);
    if (same && !listed.has(key)) score.exact++;
    if (!same && !listed.has(key))
      score.silentWrong.push(`${key}: ${String(got[key])} ≠ ${String(value)}`);
  }
  return score;
}
