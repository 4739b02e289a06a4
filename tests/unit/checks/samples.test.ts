import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../src/shared/checks';
import { checkLawName } from '../../../src/shared/checks/rules/citations';
import { checkTextNumbers } from '../../../src/shared/checks/rules/textNumbers';
import { checkYear } from '../../../src/shared/checks/rules/year';
import { normaliseForMatching } from '../../../src/shared/compare/normalise';
import { importReportFromText } from '../../../src/shared/import';
import { SECTION_HEADINGS, T3_COLUMNS, T4_COLUMNS, specFor } from '../../../src/shared/format';
import { blankReport } from '../../../src/shared/model';
import type { Block, ReportContent } from '../../../src/shared/model';
import {
  SAMPLES_DIR,
  SAMPLES_MISSING_MESSAGE,
  readExpected,
  readSample,
  sampleFiles,
} from '../../helpers/samples';

interface Expected {
  organ: string;
  year: number;
  t2: Record<string, number | string | Record<string, number>>;
  t3: Record<string, number[]>;
  t4: Record<string, number[]>;
}

/** Table cells from an expected/*.json file (values as published). */
function cellsFromExpected(expected: Expected, report: ReportContent): ReportContent['cells'] {
  const cells: ReportContent['cells'] = {};
  for (const cell of specFor(report.format).cells) {
    const [table, row = '', col] = cell.key.split('.');
    if (table === 't2') {
      const v = expected.t2[row];
      cells[cell.key] = (col && typeof v === 'object' ? v[col] : (v as number | string)) ?? null;
    } else if (table === 't3') {
      cells[cell.key] = expected.t3[row]?.[T3_COLUMNS.findIndex((c) => c.key === col)] ?? null;
    } else {
      cells[cell.key] = expected.t4[row]?.[T4_COLUMNS.findIndex((c) => c.key === col)] ?? null;
    }
  }
  return cells;
}

/** Lines joined into paragraphs: a line ending with 。 ends a paragraph (crude, as PDF text wraps). */
function paragraphs(lines: readonly string[]): string[] {
  const out: string[] = [];
  let current = '';
  for (const line of lines) {
    current += line.trim();
    if (/。$/.test(current)) {
      out.push(current);
      current = '';
    }
  }
  if (current) out.push(current);
  return out;
}

/** The seed report split crudely by its six headings (the importer is not used on purpose). */
function seedReport(): ReportContent {
  const expected = readExpected('seed_ningling_2021.json') as Expected;
  const lines = readSample('000_dcd80c00dea1f0d9.txt')
    .split('\n')
    .filter((l) => l.trim());
  const headings = Object.values(SECTION_HEADINGS);
  const at = (heading: string) => lines.findIndex((l) => normaliseForMatching(l) === heading);
  const between = (from: string, to: string | null) =>
    lines
      .slice(at(from) + 1, to ? at(to) : undefined)
      .filter((l) => !/年度报告$/.test(normaliseForMatching(l)));
  for (const h of headings) expect(at(h), h).toBeGreaterThanOrEqual(0);
  const blocks = (ls: string[]): Block[] => [{ heading: null, paragraphs: paragraphs(ls) }];
  const base = blankReport({ organ: expected.organ, year: expected.year });
  return {
    ...base,
    s1: blocks(between(SECTION_HEADINGS.s1, SECTION_HEADINGS.t2)),
    s5: blocks(between(SECTION_HEADINGS.s5, SECTION_HEADINGS.s6)),
    s6: blocks(between(SECTION_HEADINGS.s6, null)),
    cells: cellsFromExpected(expected, base),
    options: { ...base.options, totals: 'typed' },
  };
}

describe.skipIf(!SAMPLES_DIR)('the seed report (宁陵县工业信息化和科技局 2021)', () => {
  it('raises LAW-NAME and no error, also when checked for 定稿', () => {
    const report = seedReport();
    expect(report.s1[0]!.paragraphs.length).toBeGreaterThanOrEqual(5);
    for (const final of [false, true]) {
      const issues = runChecks(report, { final });
      expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
      // Section 六 is “无”: the fee situation and the customary items are missing.
      expect(issues.map((i) => i.rule).sort()).toEqual(['LAW-NAME', 'S6-FEE', 'S6-ITEMS']);
    }
    const law = runChecks(report).find((i) => i.rule === 'LAW-NAME')!;
    expect(law.message).toContain('《中华人民共和国信息公开条例》');
    expect(law.paragraph?.section).toBe('s1');
  });

  it('reads “没有收到政府信息公开申请” against the table', () => {
    const report = seedReport();
    const withApplications = {
      ...report,
      cells: { ...report.cells, 't3.new.natural': 1, 't3.new.total': 1 },
    };
    expect(checkTextNumbers(withApplications).map((i) => i.id)).toEqual(['TEXT-NUM:applications']);
  });

  it('flags the seed text reused unchanged the next year', () => {
    const seed = seedReport();
    const next = { ...seed, year: 2022, title: seed.title.replace('2021', '2022') };
    const issues = runChecks(next, { previous: seed });
    expect(issues.map((i) => i.rule)).toContain('REUSE');
    expect(issues.map((i) => i.rule)).toContain('YEAR');
  });
});

/** Whole narrative as one block: enough for the text rules, which read sentences. */
function narrativeReport(sample: string, expectedFile: string): ReportContent {
  const expected = readExpected(expectedFile) as Expected;
  const base = blankReport({ organ: expected.organ, year: expected.year });
  const text = readSample(sample).split('\n').join('');
  return {
    ...base,
    s1: [{ heading: null, paragraphs: [text] }],
    cells: cellsFromExpected(expected, base),
    options: { ...base.options, totals: 'typed' },
  };
}

describe.skipIf(!SAMPLES_DIR)('text rules on real published reports', () => {
  const consistent = [
    ['01_huaian_city_2024_pdftotext.txt', '01_huaian_city_2024_pdftotext.json'],
    [
      '14_huaian_city_2024_pdftotext_raw_VARIANT_of_01.txt',
      '14_huaian_city_2024_pdftotext_raw_VARIANT_of_01.json',
    ],
    ['02_hongze_district_2023_pdftotext.txt', '02_hongze_district_2023_pdftotext.json'],
    ['08_pingtan_2023_webpage_flat.txt', '08_pingtan_2023_webpage_flat.json'],
  ] as const;

  it.each(consistent)('%s: no false TEXT-NUM, YEAR or LAW-NAME', (sample, expected) => {
    const report = narrativeReport(sample, expected);
    expect(checkTextNumbers(report)).toEqual([]);
    expect(checkYear(report)).toEqual([]);
    expect(checkLawName(report)).toEqual([]);
  });

  it('huaian 2024: the narrative figures match the tables (3119 申请, 复议 351, 诉讼 46)', () => {
    const report = narrativeReport(
      '01_huaian_city_2024_pdftotext.txt',
      '01_huaian_city_2024_pdftotext.json',
    );
    const wrong = {
      ...report,
      cells: { ...report.cells, 't4.review.total': 350, 't3.new.total': 3118 },
    };
    expect(checkTextNumbers(wrong).map((i) => i.id)).toEqual([
      'TEXT-NUM:applications',
      'TEXT-NUM:review',
    ]);
  });

  it('hongze 2024: the narrative’s 17 applications (区政府办) differ from table 三’s 95', () => {
    const report = narrativeReport(
      '03_hongze_district_2024_pdftotext_layout.txt',
      '03_hongze_district_2024_pdftotext_layout.json',
    );
    const issues = checkTextNumbers(report);
    expect(issues.map((i) => i.id)).toEqual(['TEXT-NUM:applications']);
    expect(issues[0]!.message).toContain('17件');
    expect(issues[0]!.message).toContain('总计为95');
  });

  it('hongze 2023: table 四 as published does not add up', () => {
    const report = narrativeReport(
      '02_hongze_district_2023_pdftotext.txt',
      '02_hongze_district_2023_pdftotext.json',
    );
    const ids = runChecks(report)
      .filter((i) => i.severity === 'error')
      .map((i) => i.id);
    expect(ids).toEqual(['T4-TOTAL:review', 'T4-TOTAL:litigation_after_review']);
  });
});

describe.skipIf(!SAMPLES_DIR)('LAW-NAME and YEAR on every imported sample text', () => {
  const texts = sampleFiles().filter((f) => f.endsWith('.txt'));

  it.each(texts)('%s: only the seed’s wrong name in 《》, no year of another report', (file) => {
    const report = importReportFromText(readSample(file)).report;
    const expected = file.startsWith('000_') ? ['LAW-NAME:《中华人民共和国信息公开条例》'] : [];
    expect(checkLawName(report).map((i) => i.id)).toEqual(expected);
    expect(checkYear(report)).toEqual([]);
  });
});

if (!SAMPLES_DIR) console.warn(SAMPLES_MISSING_MESSAGE);
