import { describe, expect, it } from 'vitest';
import { importReportFromText } from '../../../src/shared/import';
import { cellsWithSign, readAsCells } from '../../../src/shared/import/numbers';
import { render2021, truth2021 } from './report2021';
import type { Layout } from './report2021';
import { scoreCells } from './truth';

/**
 * Counts can never be negative (every cell of the 2021 format, tables 三 and 四 of both). A
 * minus written against digits there is a typing or extraction slip whose meaning the importer
 * cannot know: the cell must never be taken as the bare digits with certainty, nor the minus
 * silently dropped. It goes to review; the rest of the table is still solved from its sums.
 */

const MINUS_SIGNS = ['-', '－', '−'] as const;
const SEPARATED: readonly Layout[] = ['row-per-line', 'cell-per-line'];

function importWith(printed: Record<string, string>, layout: Layout) {
  const truth = truth2021();
  const result = importReportFromText(render2021(truth, layout, { printed }));
  const score = scoreCells(truth, result.report.cells, result.review.uncertain);
  return { truth, result, score };
}

describe('a minus sign on a count of the 2021 format', () => {
  it('the fixture imports cleanly: every cell exact, dates and phone numbers raise no alarm', () => {
    for (const layout of SEPARATED) {
      const { result, score } = importWith({}, layout);
      expect(result.report.format).toBe('2021');
      expect(score.exact, layout).toBe(score.total);
      expect(result.review.notes.join('')).not.toContain('负号');
    }
  });

  for (const layout of SEPARATED) {
    it.each(MINUS_SIGNS)(`${layout}: “%s3” in table 三 goes to review, the rest is solved`, (m) => {
      const key = 't3.unable_not_held.natural';
      const { truth, result, score } = importWith({ [key]: `${m}3` }, layout);
      expect(truth[key]).toBe(3);
      expect(result.review.uncertain).toContain(key);
      expect(result.confidence[key]).toBeLessThan(1);
      expect([3, null]).toContain(result.report.cells[key]);
      expect(score.silentWrong).toEqual([]);
      // Its digits still fit the sums, so every other cell is established.
      expect(score.exact).toBe(score.total - 1);
      expect(result.review.notes.join('')).toMatch(/表三.*带负号/);
    });

    it.each(MINUS_SIGNS)(`${layout}: “%s3” in table 四 goes to review, the rest is solved`, (m) => {
      const key = 't4.review.upheld';
      const { result, score } = importWith({ [key]: `${m}3` }, layout);
      expect(result.review.uncertain).toContain(key);
      expect(result.confidence[key]).toBeLessThan(1);
      expect([3, null]).toContain(result.report.cells[key]);
      expect(score.silentWrong).toEqual([]);
      expect(score.exact).toBe(score.total - 1);
      expect(result.review.notes.join('')).toMatch(/表四.*带负号/);
    });

    it(`${layout}: a signed number whose digits break the sums is left blank`, () => {
      const t3 = 't3.granted.commercial';
      const t4 = 't4.litigation_direct.other';
      const { result, score } = importWith({ [t3]: '-5', [t4]: '-4' }, layout);
      for (const key of [t3, t4]) {
        expect(result.review.uncertain, key).toContain(key);
        expect(result.report.cells[key], key).toBeNull();
      }
      expect(score.silentWrong).toEqual([]);
    });

    it(`${layout}: “-7” in table 二 is left blank, its neighbours are read`, () => {
      const { result, score } = importWith(
        { 't2.licensing': '-7', 't2.normative_docs.repealed': '－1' },
        layout,
      );
      for (const key of ['t2.licensing', 't2.normative_docs.repealed']) {
        expect(result.review.uncertain, key).toContain(key);
        expect(result.report.cells[key], key).toBeNull();
      }
      expect(result.report.cells['t2.normative_docs.effective']).toBe(26);
      expect(result.review.uncertain).not.toContain('t2.normative_docs.effective');
      expect(score.silentWrong).toEqual([]);
      expect(score.exact).toBe(score.total - 2);
    });

    it(`${layout}: a dash standing alone stays a blank, never a sign`, () => {
      // “-” for a zero in table 三 and “-”/“—” beside the digits’ neighbours in table 四.
      const printed = {
        't3.granted.research': '-',
        't4.litigation_after_review.upheld': '-',
        't4.litigation_after_review.corrected': '—',
      };
      const { result, score } = importWith(printed, layout);
      for (const key of Object.keys(printed)) {
        const v = result.report.cells[key];
        expect(v === null || (typeof v === 'number' && v >= 0), key).toBe(true);
      }
      expect(result.review.notes.join('')).not.toContain('负号');
      expect(score.silentWrong).toEqual([]);
    });
  }

  it('run-together: a signed count is never certain and nothing is silently wrong', () => {
    for (const m of MINUS_SIGNS) {
      const keys = ['t3.unable_not_held.natural', 't4.review.upheld', 't2.licensing'];
      const { result, score } = importWith(
        Object.fromEntries(keys.map((k) => [k, k === 't2.licensing' ? `${m}7` : `${m}3`])),
        'run-together',
      );
      for (const key of keys) expect(result.review.uncertain, `${m} ${key}`).toContain(key);
      expect(score.silentWrong).toEqual([]);
    }
  });
});

describe('which cells carry a minus sign', () => {
  it('the first cell cut from a signed token, retraced from the digits of each cell', () => {
    expect(cellsWithSign(['5', '-3', '8'], [5, 3, 8])).toEqual([false, true, false]);
    const tokens = ['-310', '7'];
    const cuts = readAsCells(['310', '7'], 3).readings;
    expect(cuts).toContainEqual([3, 10, 7]);
    expect(cuts).toContainEqual([31, 0, 7]);
    for (const cut of cuts) expect(cellsWithSign(tokens, cut)).toEqual([true, false, false]);
    expect(cellsWithSign(['12', '-0'], [1, 2, 0])).toEqual([false, false, true]);
  });
});
