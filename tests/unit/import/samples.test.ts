import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { importFile } from '../../../src/main/import';
import { importReportFromText } from '../../../src/shared/import';
import type { ImportResult } from '../../../src/shared/import';
import {
  SAMPLES_DIR,
  SAMPLES_MISSING_MESSAGE,
  readExpected,
  readSample,
  samplePath,
  sampleFiles,
} from '../../helpers/samples';
import { expectedCells, scoreCells } from './truth';
import type { ExpectedSample } from './truth';

/**
 * Every real sample: each cell equals the published value or is listed for review (zero silent
 * wrong values). The share read exactly without review and the time of each import are printed.
 */

const PDF_TRUTH: Record<string, string> = {
  'huaian_city_2024.pdf': '01_huaian_city_2024_pdftotext.json',
  'hongze_district_2023.pdf': '02_hongze_district_2023_pdftotext.json',
  'hongze_district_2024.pdf': '03_hongze_district_2024_pdftotext_layout.json',
};

const table: { sample: string; exact: string; uncertain: number; ms: number }[] = [];

function expectedFor(file: string): ExpectedSample {
  if (file.startsWith('000_')) return readExpected('seed_ningling_2021.json') as ExpectedSample;
  const name = PDF_TRUTH[file] ?? file.replace(/\.txt$/, '.json');
  return readExpected(name) as ExpectedSample;
}

function check(file: string, result: ImportResult, ms: number): void {
  const expected = expectedFor(file);
  const score = scoreCells(expectedCells(expected), result.report.cells, result.review.uncertain);
  table.push({
    sample: file,
    exact: `${score.exact}/${score.total} (${((100 * score.exact) / score.total).toFixed(1)}%)`,
    uncertain: result.review.uncertain.length,
    ms: Math.round(ms),
  });
  expect(score.silentWrong, `${file}: values wrong without review`).toEqual([]);
  expect(result.report.organ).toBe(expected.organ);
  expect(result.report.year).toBe(expected.year);
  expect(result.report.format).toBe(expected.format);
  expect(result.report.options.totals).toBe('typed');
  // Every text section was found and carries text.
  for (const id of ['s1', 's5', 's6'] as const) {
    expect(
      result.report[id].flatMap((b) => b.paragraphs).join('').length,
      `${file} ${id}`,
    ).toBeGreaterThan(0);
  }
}

describe.skipIf(!SAMPLES_DIR)('importing the real samples', () => {
  const textSamples = sampleFiles().filter((f) => f.endsWith('.txt'));
  const pdfSamples = sampleFiles().filter((f) => f.endsWith('.pdf'));

  it('finds the text samples and the three PDFs', () => {
    expect(textSamples.length).toBeGreaterThanOrEqual(7);
    expect(pdfSamples.sort()).toEqual(Object.keys(PDF_TRUTH).sort());
  });

  for (const file of textSamples) {
    it(`${file}: every cell right or listed for review`, () => {
      const text = readSample(file);
      const start = performance.now();
      const result = importReportFromText(text);
      check(file, result, performance.now() - start);
    });
  }

  for (const file of Object.keys(PDF_TRUTH)) {
    it(`${file}: read through pdf.js, every cell right or listed for review`, async () => {
      const bytes = new Uint8Array(readFileSync(samplePath(file)));
      await importFile(bytes, file); // warm-up: loading pdf.js is a one-time cost
      const start = performance.now();
      const result = await importFile(bytes, file);
      check(file, result, performance.now() - start);
    });
  }

  it('imports the seed with all-zero tables and normalised text', () => {
    const result = importReportFromText(readSample('000_dcd80c00dea1f0d9.txt'));
    const all = JSON.stringify(result.report);
    expect(all).not.toMatch(/[\u2E80-\u2FDF]/u);
    expect(all).not.toContain('戶');
    expect(all).toContain('门户');
    const values = Object.entries(result.report.cells);
    expect(values.length).toBeGreaterThan(190);
    for (const [key, v] of values) expect(Number(v), key).toBe(0);
    expect(result.review.uncertain).toEqual([]);
    expect(result.report.title).toBe('宁陵县工业信息化和科技局2021年政府信息公开工作年度报告');
    expect(result.report.s1.map((b) => b.heading)).toContain('（一）主动公开情况');
  });

  afterAll(() => {
    console.log('Import of the real samples (exact = right and not listed for review):');
    console.table(table);
  });
});

if (!SAMPLES_DIR) console.warn(SAMPLES_MISSING_MESSAGE);
