import { T3_APPLICANT_COLUMNS, cellSpec, formatForYear, specFor } from '../format';
import type { FormatVersion } from '../format';
import { blankReport, reportTitle, withComputedTotals } from '../model';
import type { Block, CellValue, ReportContent } from '../model';
import { FORMAT_2019_TO_2021, cellLabelOf } from './formatMapping';
import { findYearSuggestions } from './yearShift';
import type { YearSuggestion } from './yearShift';

/** A cell of last year's 2019-format table that has no place in the 2021 format. */
export interface UnmappedCell {
  key: string;
  /** Full Chinese label: 第二十条第（九）项·政府集中采购·采购总金额. */
  label: string;
  rowLabel: string;
  colLabel: string;
  previous: CellValue;
  /** Why it has no counterpart (Chinese). */
  note: string;
}

export interface ConversionNote {
  from: FormatVersion;
  to: FormatVersion;
  unmapped: UnmappedCell[];
  /** Chinese sentences for the clerk. */
  notes: string[];
}

/** Last year's 现行有效件数, shown beside 表二 (the T2-CHAIN rule starts from it). */
export interface T2Hint {
  key: 't2.regulations.effective' | 't2.normative_docs.effective';
  previous: number | null;
  /** Chinese, e.g. “上年现行有效件数：12”. */
  text: string;
}

export interface NewYearResult {
  report: ReportContent;
  suggestions: YearSuggestion[];
  conversion: ConversionNote | null;
  t2Hints: T2Hint[];
}

const copyBlocks = (blocks: readonly Block[]): Block[] =>
  blocks.map((b) => ({ heading: b.heading, paragraphs: [...b.paragraphs] }));

function newFormat(previous: ReportContent, year: number): FormatVersion {
  // A report keeps its format unless the new year requires a newer one (2020 → 2021 converts).
  const wanted = formatForYear(year);
  return previous.format === '2019' && wanted === '2021' ? '2021' : previous.format;
}

/** Every input cell 0 (fee "0"), 上年结转 from last year's 结转下年度; totals left to withComputedTotals. */
function startingCells(previous: ReportContent, format: FormatVersion): ReportContent['cells'] {
  const cells: ReportContent['cells'] = {};
  for (const cell of specFor(format).cells) {
    if (cell.sumOf) cells[cell.key] = null;
    else cells[cell.key] = cell.kind === 'decimal' ? '0' : 0;
  }
  // 结转下年度 exists under the same key in both formats. A blank stays blank, so the clerk
  // is asked rather than given a guessed 0.
  for (const col of T3_APPLICANT_COLUMNS) {
    const v = previous.cells[`t3.carried_forward.${col}`];
    cells[`t3.carried_over.${col}`] = typeof v === 'number' ? v : null;
  }
  return cells;
}

function conversionNote(previous: ReportContent, format: FormatVersion): ConversionNote | null {
  if (previous.format === format) return null;
  const unmapped: UnmappedCell[] = [];
  for (const m of FORMAT_2019_TO_2021) {
    if (m.kind !== 'none') continue;
    const cell = cellSpec(previous.format, m.from);
    if (!cell) continue;
    unmapped.push({
      key: m.from,
      label: cellLabelOf(previous.format, m.from),
      rowLabel: cell.rowLabel,
      colLabel: cell.colLabel,
      previous: previous.cells[m.from] ?? null,
      note: m.note,
    });
  }
  return {
    from: previous.format,
    to: format,
    unmapped,
    notes: [
      `上年报告使用${previous.format}年版格式，本年报告已转换为${format}年版格式（国办公开办函〔2021〕30号）。`,
      `表二有${unmapped.length}项上年数据在新格式中没有对应栏目，已列出供核对，请按新格式重新统计。`,
      '表三“（六）其他处理”在新格式中分为三项，请按实际情况分别填写。',
    ],
  };
}

function t2Hints(previous: ReportContent): T2Hint[] {
  const keys = ['t2.regulations.effective', 't2.normative_docs.effective'] as const;
  return keys.map((key) => {
    const v = previous.cells[key];
    const value = previous.format === '2021' && typeof v === 'number' ? v : null;
    const text =
      value !== null
        ? `上年现行有效件数：${value}`
        : previous.format === '2021'
          ? '上年现行有效件数未填写'
          : '上年报告为2019年版格式，没有“现行有效件数”，请按实际统计';
    return { key, previous: value, text };
  });
}

/**
 * A new report for `year` made from last year's: its texts copied (with year mentions offered
 * as suggestions, never replaced blindly), tables reset to 0 except 上年结转, title regenerated
 * unless the clerk had edited it, closing date and acknowledgements cleared, a 2019-format
 * report converted to the 2021 format with the cells that have no counterpart listed.
 */
export function reportFromPreviousYear(previous: ReportContent, year: number): NewYearResult {
  const format = newFormat(previous, year);
  const blank = blankReport({
    organ: previous.organ,
    year,
    format,
    organKind: previous.options.organKind,
  });
  const draft: ReportContent = {
    ...blank,
    title: previous.titleEdited ? previous.title : reportTitle(previous.organ, year),
    titleEdited: previous.titleEdited,
    preamble: [...previous.preamble],
    s1: copyBlocks(previous.s1),
    s5: copyBlocks(previous.s5),
    s6: copyBlocks(previous.s6),
    cells: startingCells(previous, format),
    closing: previous.closing
      ? { organ: previous.closing.organ, date: null }
      : { organ: previous.organ, date: null },
    // Totals are computed in a new year even when last year's were typed from an import.
    options: { ...previous.options, totals: 'computed' },
    acknowledgements: [],
  };
  const report = withComputedTotals(draft);
  return {
    report,
    suggestions: findYearSuggestions(report, previous.year, year),
    conversion: conversionNote(previous, format),
    t2Hints: t2Hints(previous),
  };
}
