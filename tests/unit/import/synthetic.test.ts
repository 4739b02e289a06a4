import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FORMAT_2021, T3_COLUMNS, T4_BLOCKS, T4_COLUMNS } from '../../../src/shared/format';
import { ImportError, importReportFromText } from '../../../src/shared/import';
import { render2021 } from './report2021';
import type { Cells } from './report2021';
import { scoreCells } from './truth';
import { seededRandom } from '../../helpers/random';

/**
 * The project's own fixtures: a random report whose tables add up, printed as text in the
 * layouts real extractions produce; the import must give every cell right or list it.
 */

function randomReport(rand: () => number): Cells {
  const small = () => (rand() < 0.6 ? 0 : Math.floor(rand() * (rand() < 0.2 ? 3000 : 40)));
  const cells: Cells = {};
  cells['t2.regulations.made'] = small();
  cells['t2.regulations.repealed'] = small();
  cells['t2.regulations.effective'] = small();
  cells['t2.normative_docs.made'] = small();
  cells['t2.normative_docs.repealed'] = small();
  cells['t2.normative_docs.effective'] = small();
  cells['t2.licensing'] = small();
  cells['t2.penalty'] = small();
  cells['t2.coercion'] = small();
  cells['t2.fees_wan_yuan'] = `${small()}.${Math.floor(rand() * 100)}`;
  const applicant = T3_COLUMNS.slice(0, 6).map((c) => c.key);
  const results = FORMAT_2021.t3Rows.filter((r) => r.isResult).map((r) => r.key);
  const row = (key: string, values: number[]) => {
    values.forEach((v, i) => (cells[`t3.${key}.${applicant[i]}`] = v));
    cells[`t3.${key}.total`] = values.reduce((a, b) => a + b, 0);
  };
  const handled = applicant.map(() => 0);
  for (const key of results) {
    const values = applicant.map((_, i) => (i < 2 || rand() < 0.2 ? small() : 0));
    values.forEach((v, i) => (handled[i]! += v));
    row(key, values);
  }
  row('total_handled', handled);
  const forward = applicant.map(() => (rand() < 0.3 ? small() : 0));
  const over = applicant.map((_, i) => Math.floor(rand() * (handled[i]! + forward[i]! + 1)));
  row('carried_forward', forward);
  row('carried_over', over);
  row(
    'new',
    applicant.map((_, i) => handled[i]! + forward[i]! - over[i]!),
  );
  for (const block of T4_BLOCKS) {
    const parts = [small(), small(), small(), small()];
    T4_COLUMNS.slice(0, 4).forEach((c, i) => (cells[`t4.${block.key}.${c.key}`] = parts[i]!));
    cells[`t4.${block.key}.total`] = parts.reduce((a, b) => a + b, 0);
  }
  return cells;
}

describe('synthesised reports in several layouts', () => {
  for (const layout of ['row-per-line', 'cell-per-line', 'run-together'] as const) {
    it(`${layout}: every cell right or listed for review`, () => {
      let exact = 0;
      let total = 0;
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
          const truth = randomReport(seededRandom(seed));
          const result = importReportFromText(
            render2021(truth, layout, {
              opening: '本报告根据《中华人民共和国政府信息公开条例》编制。',
            }),
          );
          const score = scoreCells(truth, result.report.cells, result.review.uncertain);
          exact += score.exact;
          total += score.total;
          expect(score.silentWrong).toEqual([]);
          expect(result.report.organ).toBe('宁陵县测试局');
          expect(result.report.year).toBe(2023);
        }),
        { numRuns: layout === 'run-together' ? 15 : 25 },
      );
      const share = exact / total;
      console.log(
        `synthetic ${layout}: ${(100 * share).toFixed(1)}% of cells exact without review`,
      );
      // Separated numbers leave no choice: nearly every cell must be established.
      if (layout !== 'run-together') expect(share).toBeGreaterThan(0.95);
    });
  }
});

describe('input that is no report', () => {
  it('refuses empty text', () => {
    expect(() => importReportFromText('')).toThrow(ImportError);
    expect(() => importReportFromText('   \n  ')).toThrow(/没有读到任何中文文字/);
  });

  it('refuses a document that is not an annual report, saying what is missing', () => {
    expect(() =>
      importReportFromText('关于召开年度工作会议的通知\n各单位：定于下周召开会议。'),
    ).toThrow(/不像一份政府信息公开工作年度报告.*未找到/);
  });

  it('names the missing table 三', () => {
    const text = [
      '某县某局2023年政府信息公开工作年度报告',
      '一、总体情况',
      '正文。',
      '二、主动公开政府信息情况',
      '规章 0 0 0',
      '五、存在的主要问题及改进情况',
      '无。',
      '六、其他需要报告的事项',
      '无。',
    ].join('\n');
    expect(() => importReportFromText(text)).toThrow(
      /未找到表三（收到和处理政府信息公开申请情况）/,
    );
  });
});
