import { describe, expect, it } from 'vitest';
import { FORMAT_2019, FORMAT_2021, T3_APPLICANT_COLUMNS } from '../../../src/shared/format';
import { reportContentSchema } from '../../../src/shared/model';
import {
  FORMAT_2019_TO_2021,
  applySuggestions,
  reportFromPreviousYear,
} from '../../../src/shared/template';
import { SAMPLES_DIR, SAMPLES_MISSING_MESSAGE, readSample } from '../../helpers/samples';
import {
  CARRIED_FORWARD,
  SYNTHESISED_2022_TEXT,
  reportFromSeedSample,
  synthesised2020,
  synthesised2021,
} from './fixtures';

const paragraphsOf = (blocks: { paragraphs: string[] }[]) => blocks.map((b) => b.paragraphs);

describe('reportFromPreviousYear (synthesised 2021 report)', () => {
  const previous = synthesised2021();
  const { report, suggestions, conversion, t2Hints } = reportFromPreviousYear(previous, 2022);

  it('is a valid 2022 report in the 2021 format with the title regenerated', () => {
    expect(reportContentSchema.parse(report)).toEqual(report);
    expect(report.year).toBe(2022);
    expect(report.format).toBe('2021');
    expect(report.title).toBe('示例县示例局2022年政府信息公开工作年度报告');
    expect(report.titleEdited).toBe(false);
    expect(conversion).toBeNull();
  });

  it('copies the texts unchanged and clears the closing date and acknowledgements', () => {
    expect(report.preamble).toEqual(previous.preamble);
    expect(report.s1).toEqual(previous.s1);
    expect(report.s5).toEqual(previous.s5);
    expect(report.s6).toEqual(previous.s6);
    expect(report.s1).not.toBe(previous.s1);
    expect(report.closing).toEqual({ organ: '示例县示例局', date: null });
    expect(report.acknowledgements).toEqual([]);
  });

  it('sets 上年结转 to last year’s 结转下年度 per column and every other input cell to 0', () => {
    for (const col of T3_APPLICANT_COLUMNS) {
      expect(report.cells[`t3.carried_over.${col}`]).toBe(
        previous.cells[`t3.carried_forward.${col}`],
      );
      expect(report.cells[`t3.carried_over.${col}`]).toBe(CARRIED_FORWARD[col]);
    }
    const sum = Object.values(CARRIED_FORWARD).reduce((a, b) => a + b, 0);
    expect(report.cells['t3.carried_over.total']).toBe(sum);
    for (const cell of FORMAT_2021.cells) {
      if (cell.sumOf || cell.key.startsWith('t3.carried_over.')) continue;
      expect(report.cells[cell.key], cell.key).toBe(cell.kind === 'decimal' ? '0' : 0);
    }
    expect(report.cells['t3.total_handled.total']).toBe(0);
    expect(report.cells['t3.new.total']).toBe(0);
    expect(report.cells['t4.review.total']).toBe(0);
    expect(Object.keys(report.cells).sort()).toEqual(FORMAT_2021.cells.map((c) => c.key).sort());
  });

  it('offers last year’s 现行有效件数 as hints for 表二', () => {
    expect(t2Hints).toEqual([
      expect.objectContaining({
        key: 't2.regulations.effective',
        previous: previous.cells['t2.regulations.effective'],
      }),
      expect.objectContaining({
        key: 't2.normative_docs.effective',
        previous: previous.cells['t2.normative_docs.effective'],
      }),
    ]);
    expect(t2Hints[1]!.text).toContain(String(previous.cells['t2.normative_docs.effective']));
  });

  it('suggests the report-year mentions and leaves spans, history and 文号 alone', () => {
    const befores = suggestions.map((s) => s.before);
    expect(befores).toContain('2021年1月1日至2021年12月31日');
    expect(befores).toContain('2021年度');
    expect(suggestions.some((s) => s.context.includes('2020年以来'))).toBe(false);
    expect(suggestions.some((s) => s.context.includes('〔2021〕'))).toBe(false);
    expect(suggestions.some((s) => s.context.includes('自2021年起'))).toBe(false);
    expect(suggestions.some((s) => s.context.includes('2019年修订'))).toBe(false);
    // The title was regenerated, so nothing to suggest there.
    expect(suggestions.some((s) => s.location.section === 'title')).toBe(false);
  });

  it('gives the 2022 text when every suggestion is accepted', () => {
    const shifted = applySuggestions(
      report,
      suggestions,
      suggestions.map((s) => s.id),
    );
    expect(shifted.preamble).toEqual(SYNTHESISED_2022_TEXT.preamble);
    expect(paragraphsOf(shifted.s1)).toEqual(SYNTHESISED_2022_TEXT.s1);
    expect(paragraphsOf(shifted.s5)).toEqual(SYNTHESISED_2022_TEXT.s5);
    expect(paragraphsOf(shifted.s6)).toEqual(SYNTHESISED_2022_TEXT.s6);
  });

  it('resets typed totals to computed ones', () => {
    const typed = { ...previous, options: { ...previous.options, totals: 'typed' as const } };
    const next = reportFromPreviousYear(typed, 2022).report;
    expect(next.options.totals).toBe('computed');
    expect(next.cells['t3.carried_over.total']).toBe(15);
  });

  it('leaves 上年结转 blank where last year’s 结转下年度 was blank', () => {
    const gap = { ...previous, cells: { ...previous.cells, 't3.carried_forward.legal': null } };
    const next = reportFromPreviousYear(gap, 2022).report;
    expect(next.cells['t3.carried_over.legal']).toBeNull();
    expect(next.cells['t3.carried_over.natural']).toBe(CARRIED_FORWARD.natural);
    expect(next.cells['t3.carried_over.total']).toBeNull();
  });

  it('keeps an edited title and suggests its year instead', () => {
    const edited = {
      ...previous,
      title: '示例县示例局2021年度政府信息公开工作报告',
      titleEdited: true,
    };
    const next = reportFromPreviousYear(edited, 2022);
    expect(next.report.title).toBe(edited.title);
    const title = next.suggestions.filter((s) => s.location.section === 'title');
    expect(title.map((s) => [s.before, s.after])).toEqual([['2021年度', '2022年度']]);
    const applied = applySuggestions(next.report, next.suggestions, [title[0]!.id]);
    expect(applied.title).toBe('示例县示例局2022年度政府信息公开工作报告');
    expect(applied.titleEdited).toBe(true);
  });
});

describe('reportFromPreviousYear converting a 2019-format report', () => {
  const previous = synthesised2020();
  const { report, conversion, t2Hints } = reportFromPreviousYear(previous, 2021);

  it('makes a 2021-format report with every 2021 cell', () => {
    expect(previous.format).toBe('2019');
    expect(report.format).toBe('2021');
    expect(Object.keys(report.cells).sort()).toEqual(FORMAT_2021.cells.map((c) => c.key).sort());
    expect(reportContentSchema.safeParse(report).success).toBe(true);
    for (const col of T3_APPLICANT_COLUMNS)
      expect(report.cells[`t3.carried_over.${col}`]).toBe(CARRIED_FORWARD[col]);
  });

  it('lists the 2019 cells without a 2021 counterpart with labels and last year’s values', () => {
    expect(conversion).not.toBeNull();
    const unmapped = conversion!.unmapped;
    const expectedKeys = FORMAT_2019_TO_2021.filter((m) => m.kind === 'none').map((m) => m.from);
    expect(unmapped.map((u) => u.key)).toEqual(expectedKeys);
    expect(unmapped.map((u) => u.key)).toContain('t2.procurement.amount');
    expect(unmapped.map((u) => u.key)).toContain('t2.other_services.decisions');
    expect(unmapped.every((u) => u.key.startsWith('t2.'))).toBe(true);
    for (const u of unmapped) {
      expect(u.previous).toBe(previous.cells[u.key]);
      expect(u.previous).not.toBeNull();
      expect(u.note.length).toBeGreaterThan(0);
    }
    const procurement = unmapped.find((u) => u.key === 't2.procurement.amount')!;
    expect(procurement.label).toBe('第二十条第（九）项·政府集中采购·采购总金额');
    expect(conversion!.notes.join('')).toContain('2021');
  });

  it('maps every 2019 cell exactly once, onto existing 2021 cells', () => {
    const from = FORMAT_2019_TO_2021.map((m) => m.from).sort();
    expect(from).toEqual(FORMAT_2019.cells.map((c) => c.key).sort());
    const keys2021 = new Set(FORMAT_2021.cells.map((c) => c.key));
    for (const m of FORMAT_2019_TO_2021) {
      if (m.kind === 'same' || m.kind === 'approx') expect(keys2021.has(m.to), m.from).toBe(true);
      if (m.kind === 'split') for (const k of m.to) expect(keys2021.has(k), m.from).toBe(true);
    }
  });

  it('has no 现行有效件数 to hint from a 2019 report', () => {
    expect(t2Hints.map((h) => h.previous)).toEqual([null, null]);
    expect(t2Hints[0]!.text).toContain('2019');
  });

  it('keeps the 2019 format for a 2020 report made from a 2019 one', () => {
    const from2019 = { ...previous, year: 2019 };
    const next = reportFromPreviousYear(from2019, 2020);
    expect(next.report.format).toBe('2019');
    expect(next.conversion).toBeNull();
  });
});

describe.skipIf(!SAMPLES_DIR)('reportFromPreviousYear from the seed sample (宁陵县 2021)', () => {
  const previous = SAMPLES_DIR
    ? reportFromSeedSample(readSample('000_dcd80c00dea1f0d9.txt'))
    : null;

  it('reads the seed sample into sections 一、五、六', () => {
    expect(previous!.s1.map((b) => b.heading)).toEqual([
      '（一）主动公开情况',
      '（二）依申请公开办理情况',
      '（三）政府信息管理情况',
      '（四）政府信息公开平台建设情况',
      '（五）监督保障情况',
    ]);
    expect(previous!.s5[0]!.paragraphs).toHaveLength(2);
  });

  it('carries 结转 over and proposes the 2021 mentions for 2022', () => {
    const { report, suggestions } = reportFromPreviousYear(previous!, 2022);
    for (const col of T3_APPLICANT_COLUMNS)
      expect(report.cells[`t3.carried_over.${col}`]).toBe(
        previous!.cells[`t3.carried_forward.${col}`],
      );
    const s1 = suggestions.filter((s) => s.location.section === 's1');
    // “2021年，我局共主动公开…”, “2021年，我单位没有收到…”, “2021年，宁陵县…严格落实…”.
    expect(s1).toHaveLength(3);
    expect(s1.every((s) => s.before === '2021年' && s.after === '2022年')).toBe(true);
    expect(s1.some((s) => s.context === '2021年，我局共主动公开政府信息46条。')).toBe(true);
    const shifted = applySuggestions(
      report,
      suggestions,
      suggestions.map((s) => s.id),
    );
    const text = shifted.s1.flatMap((b) => b.paragraphs).join('');
    expect(text).not.toContain('2021');
    expect(text).toContain('2022年，我局共主动公开政府信息46条。');
    expect(text).toContain('2022年，我单位没有收到政府信息公开申请。');
  });
});

if (!SAMPLES_DIR) console.warn(SAMPLES_MISSING_MESSAGE);
