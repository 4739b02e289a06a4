import { specFor } from '../format';
import type { FormatVersion, TableId, TableSpec } from '../format';
import { reportTitle } from '../model';
import type { Block, CellValue, ReportContent } from '../model';
import { titleLines } from './titleLines';

/**
 * The one document tree of a report. The DOCX exporter, the print HTML (and so the PDF) and the
 * in-app preview are all functions of this tree, so they cannot drift apart.
 */

/** 1: “一、”, 2: “（一）”, 3: “1.” or “（1）” (GB/T 9704 heading levels). */
export type HeadingLevel = 1 | 2 | 3;

export interface DocTableCell {
  readonly text: string;
  readonly colSpan: number;
  readonly rowSpan: number;
  /** label: fixed text of the format; value: a data cell (its key kept for the preview). */
  readonly role: 'label' | 'value';
  readonly key?: string;
}

export interface DocTableRow {
  /** Header rows repeat when the table breaks across pages. */
  readonly header: boolean;
  readonly cells: readonly DocTableCell[];
}

export interface DocTable {
  readonly id: TableId;
  readonly gridColumns: number;
  /** Relative widths of the grid columns; each renderer scales them to the text block. */
  readonly columnWidths: readonly number[];
  readonly rows: readonly DocTableRow[];
}

export type DocBlock =
  | { readonly kind: 'heading'; readonly level: HeadingLevel; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'table'; readonly table: DocTable };

export interface DocClosing {
  readonly organ: string;
  /** Already printed: “2022年1月5日”; null when no date was given. */
  readonly date: string | null;
  /** The date as stored (“2022-01-05”), for document properties. */
  readonly isoDate: string | null;
}

export interface DocTree {
  readonly title: string;
  /** The title broken into printed lines (see titleLines). */
  readonly titleLines: readonly string[];
  /** Document properties (DOCX core.xml, PDF title). */
  readonly meta: { readonly organ: string; readonly year: number; readonly format: FormatVersion };
  /** Preamble paragraphs, then the six sections in order. */
  readonly blocks: readonly DocBlock[];
  readonly closing: DocClosing | null;
}

const LEVEL_1 = /^[一二三四五六七八九十]+、/;
const LEVEL_2 = /^（[一二三四五六七八九十]+）/;
const LEVEL_3 = /^(\d+[.．]|（\d+）)/;

/** Heading level from its numbering; an unnumbered sub-heading sits at level 2 under its section. */
export function headingLevel(text: string): HeadingLevel {
  const t = text.trim();
  if (LEVEL_1.test(t)) return 1;
  if (LEVEL_2.test(t)) return 2;
  if (LEVEL_3.test(t)) return 3;
  return 2;
}

/** Printed form of a cell: blank stays empty, decimals exactly as entered, counts without separators. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'number' ? String(value) : value.trim();
}

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/** “2022-01-05” → “2022年1月5日” (GB/T 9704: Arabic numerals, full year, no zero padding). */
export function printedDate(iso: string): string {
  const m = ISO_DATE.exec(iso.trim());
  if (!m) return iso.trim();
  return `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日`;
}

function textBlocks(blocks: readonly Block[]): DocBlock[] {
  const out: DocBlock[] = [];
  for (const block of blocks) {
    const heading = block.heading?.trim();
    if (heading) out.push({ kind: 'heading', level: headingLevel(heading), text: heading });
    for (const p of block.paragraphs) {
      const text = p.trim();
      if (text) out.push({ kind: 'paragraph', text });
    }
  }
  return out;
}

function docTable(spec: TableSpec, cells: ReportContent['cells']): DocTable {
  return {
    id: spec.id,
    gridColumns: spec.gridColumns,
    columnWidths: spec.columnWidths,
    rows: spec.rows.map((row) => ({
      header: row.header === true,
      cells: row.cells.map((cell): DocTableCell => {
        const span = { colSpan: cell.colSpan ?? 1, rowSpan: cell.rowSpan ?? 1 };
        return cell.key !== undefined
          ? { text: cellText(cells[cell.key]), role: 'value', key: cell.key, ...span }
          : { text: cell.text ?? '', role: 'label', ...span };
      }),
    })),
  };
}

function closingOf(report: ReportContent): DocClosing | null {
  if (!report.closing) return null;
  const organ = report.closing.organ.trim();
  const isoDate = report.closing.date?.trim() || null;
  const date = isoDate ? printedDate(isoDate) : null;
  return organ || date ? { organ, date, isoDate } : null;
}

export function buildDocTree(report: ReportContent): DocTree {
  const spec = specFor(report.format);
  const blocks: DocBlock[] = report.preamble
    .map((p) => p.trim())
    .filter(Boolean)
    .map((text) => ({ kind: 'paragraph', text }));
  for (const section of spec.sections) {
    blocks.push({ kind: 'heading', level: 1, text: section.heading });
    if (section.kind === 'table') {
      blocks.push({ kind: 'table', table: docTable(spec.tables[section.id], report.cells) });
    } else {
      blocks.push(...textBlocks(report[section.id]));
    }
  }
  const title = report.title.trim() || reportTitle(report.organ, report.year);
  return {
    title,
    titleLines: titleLines(title, report.organ),
    meta: { organ: report.organ, year: report.year, format: report.format },
    blocks,
    closing: closingOf(report),
  };
}
