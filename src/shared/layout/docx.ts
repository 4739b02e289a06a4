import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { IParagraphOptions, IRunOptions } from 'docx';
import type { DocBlock, DocClosing, DocTable, DocTree } from './docTree';
import { facesFor } from './fonts';
import type { FontRole, FontScheme } from './fonts';
import {
  LINE_PITCH_PT,
  MARGIN_MM,
  PAGE_NUMBER_GAP_MM,
  SIZE_PT,
  TEXT_BLOCK_MM,
  TITLE_LINE_PITCH_PT,
  mmToTwips,
  ptToTwips,
} from './page';
import { fixZipTimestamps } from './zipTimestamps';

/**
 * The DOCX of a report, built natively from the document tree (never HTML→DOCX): A4, GB/T 9704
 * margins, official faces in the East Asian slots, tables with gridSpan/vMerge, repeated header
 * rows, rows that cannot split, page numbers odd right / even left. The same tree gives the same
 * bytes: core.xml dates and zip timestamps are fixed.
 */
export interface DocxOptions {
  readonly fontScheme: FontScheme;
}

/** A4 in twips, as Word writes it. */
export const A4_TWIPS = { width: 11906, height: 16838 } as const;
export const TEXT_WIDTH_TWIPS = mmToTwips(TEXT_BLOCK_MM.width);

const halfPoints = (pt: number): number => Math.round(pt * 2);
const LANGUAGE = { value: 'zh-CN', eastAsia: 'zh-CN' } as const;
const BODY_INDENT = { firstLine: ptToTwips(SIZE_PT.body * 2), firstLineChars: 200 } as const;
const exactLine = (pt: number) => ({ line: ptToTwips(pt), lineRule: LineRuleType.EXACT });

function runStyle(scheme: FontScheme, role: FontRole, sizePt: number): IRunOptions {
  const face = facesFor(scheme, role);
  return {
    font: {
      ascii: face.docx,
      hAnsi: face.docx,
      eastAsia: face.docx,
      cs: face.docx,
      hint: 'eastAsia',
    },
    size: halfPoints(sizePt),
    bold: face.docxBold,
    language: LANGUAGE,
  };
}

/**
 * Every paragraph: without Word's automatic gap between digits and Chinese (“2021 年”), which
 * Chromium's PDF does not have, so the DOCX and the PDF read alike.
 */
function paragraph(options: IParagraphOptions): Paragraph {
  return new Paragraph({ autoSpaceEastAsianText: false, ...options });
}

function run(text: string, style: IRunOptions): TextRun {
  return new TextRun({ ...style, text });
}

function bodyParagraph(
  text: string,
  scheme: FontScheme,
  role: FontRole,
  keepNext = false,
): Paragraph {
  return paragraph({
    children: [run(text, runStyle(scheme, role, SIZE_PT.body))],
    alignment: AlignmentType.JUSTIFIED,
    indent: BODY_INDENT,
    spacing: { ...exactLine(LINE_PITCH_PT), before: 0, after: 0 },
    keepNext,
  });
}

function headingRole(level: 1 | 2 | 3): FontRole {
  return level === 1 ? 'heading1' : level === 2 ? 'heading2' : 'body';
}

/** Column widths in twips summing exactly to the text block width. */
export function tableColumnTwips(relative: readonly number[], total = TEXT_WIDTH_TWIPS): number[] {
  const sum = relative.reduce((a, b) => a + b, 0);
  const widths = relative.map((w) => Math.floor((w / sum) * total));
  widths[widths.length - 1]! += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

const CELL_BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const CELL_MARGIN_TWIPS = 43;

function tableOf(table: DocTable, scheme: FontScheme): Table {
  const columns = tableColumnTwips(table.columnWidths);
  const style = runStyle(scheme, 'table', SIZE_PT.table);
  // Grid columns taken by rowSpans from rows above, to find each cell's starting column.
  const coveredUntil: number[] = new Array<number>(table.gridColumns).fill(-1);
  const rows = table.rows.map((row, rowIndex) => {
    // A row of labels only (an article heading of table 二, a header) stays with the row below it.
    const keepNext = row.cells.every((c) => c.role === 'label');
    let column = 0;
    const cells = row.cells.map((cell) => {
      while (column < table.gridColumns && coveredUntil[column]! >= rowIndex) column++;
      const width = columns.slice(column, column + cell.colSpan).reduce((a, b) => a + b, 0);
      for (let c = column; c < column + cell.colSpan; c++)
        coveredUntil[c] = rowIndex + cell.rowSpan - 1;
      column += cell.colSpan;
      return new TableCell({
        children: [
          paragraph({
            children: cell.text ? [run(cell.text, style)] : [],
            alignment: AlignmentType.CENTER,
            spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
            keepNext,
          }),
        ],
        ...(cell.colSpan > 1 ? { columnSpan: cell.colSpan } : {}),
        ...(cell.rowSpan > 1 ? { rowSpan: cell.rowSpan } : {}),
        width: { size: width, type: WidthType.DXA },
        verticalAlign: VerticalAlignTable.CENTER,
        margins: { left: CELL_MARGIN_TWIPS, right: CELL_MARGIN_TWIPS, top: 29, bottom: 29 },
      });
    });
    return new TableRow({
      children: cells,
      cantSplit: true,
      ...(row.header ? { tableHeader: true } : {}),
    });
  });
  return new Table({
    rows,
    width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
    columnWidths: columns,
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    borders: {
      top: CELL_BORDER,
      bottom: CELL_BORDER,
      left: CELL_BORDER,
      right: CELL_BORDER,
      insideHorizontal: CELL_BORDER,
      insideVertical: CELL_BORDER,
    },
  });
}

function blockChildren(
  block: DocBlock,
  next: DocBlock | undefined,
  scheme: FontScheme,
): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [bodyParagraph(block.text, scheme, headingRole(block.level), true)];
    case 'paragraph':
      return [bodyParagraph(block.text, scheme, 'body')];
    case 'table': {
      // Word needs a paragraph between two tables and after a table at a section end; a small one.
      const spacer = paragraph({
        children: [],
        spacing: {
          before: 0,
          after: 0,
          line: ptToTwips(LINE_PITCH_PT / 2),
          lineRule: LineRuleType.EXACT,
        },
      });
      return next?.kind === 'heading' || next === undefined
        ? [tableOf(block.table, scheme), spacer]
        : [tableOf(block.table, scheme)];
    }
  }
}

function titleParagraph(lines: readonly string[], scheme: FontScheme): Paragraph {
  const style = runStyle(scheme, 'title', SIZE_PT.title);
  return paragraph({
    // One run per printed line, a line break before each but the first.
    children: lines.map((line, i) => new TextRun({ ...style, text: line, break: i > 0 ? 1 : 0 })),
    alignment: AlignmentType.CENTER,
    spacing: { ...exactLine(TITLE_LINE_PITCH_PT), before: 0, after: ptToTwips(LINE_PITCH_PT) },
  });
}

function closingParagraphs(closing: DocClosing | null, scheme: FontScheme): Paragraph[] {
  if (!closing) return [];
  const lines = [closing.organ, closing.date ?? ''].filter(Boolean);
  return lines.map((line, i) =>
    paragraph({
      children: [run(line, runStyle(scheme, 'body', SIZE_PT.body))],
      alignment: AlignmentType.RIGHT,
      indent: { right: ptToTwips(SIZE_PT.body * 2) },
      spacing: {
        ...exactLine(LINE_PITCH_PT),
        before: i === 0 ? ptToTwips(LINE_PITCH_PT) : 0,
        after: 0,
      },
      keepNext: i < lines.length - 1,
    }),
  );
}

function pageNumberFooter(side: 'left' | 'right', scheme: FontScheme): Footer {
  const oneChar = ptToTwips(SIZE_PT.pageNumber);
  return new Footer({
    children: [
      paragraph({
        alignment: side === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'right' ? { right: oneChar } : { left: oneChar },
        spacing: {
          before: 0,
          after: 0,
          line: ptToTwips(SIZE_PT.pageNumber),
          lineRule: LineRuleType.EXACT,
        },
        children: [
          new TextRun({
            ...runStyle(scheme, 'pageNumber', SIZE_PT.pageNumber),
            children: ['— ', PageNumber.CURRENT, ' —'],
          }),
        ],
      }),
    ],
  });
}

/** core.xml timestamp of the document: the closing date when given, else 1 January after the report year. */
function documentDate(tree: DocTree): string {
  const closingIso = tree.closing?.isoDate ?? null;
  const day =
    closingIso && /^\d{4}-\d{2}-\d{2}$/.test(closingIso)
      ? closingIso
      : `${tree.meta.year + 1}-01-01`;
  return `${day}T00:00:00Z`;
}

function coreXml(tree: DocTree, isoDate: string): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${esc(tree.title)}</dc:title><dc:creator>${esc(tree.meta.organ)}</dc:creator><cp:lastModifiedBy>${esc(tree.meta.organ)}</cp:lastModifiedBy><cp:revision>1</cp:revision><dc:language>zh-CN</dc:language><dcterms:created xsi:type="dcterms:W3CDTF">${isoDate}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${isoDate}</dcterms:modified></cp:coreProperties>`;
}

/** Footer distance from the page edge: the number's top sits 7 mm below the text block. */
const FOOTER_DISTANCE_TWIPS =
  mmToTwips(MARGIN_MM.bottom - PAGE_NUMBER_GAP_MM) - ptToTwips(SIZE_PT.pageNumber);

export function buildDocxDocument(tree: DocTree, opts: DocxOptions): Document {
  const scheme = opts.fontScheme;
  const children: (Paragraph | Table)[] = [titleParagraph(tree.titleLines, scheme)];
  tree.blocks.forEach((block, i) =>
    children.push(...blockChildren(block, tree.blocks[i + 1], scheme)),
  );
  children.push(...closingParagraphs(tree.closing, scheme));
  const body = runStyle(scheme, 'body', SIZE_PT.body);
  return new Document({
    title: tree.title,
    creator: tree.meta.organ,
    lastModifiedBy: tree.meta.organ,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: body.font, size: body.size, language: LANGUAGE },
          paragraph: { spacing: exactLine(LINE_PITCH_PT) },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4_TWIPS.width, height: A4_TWIPS.height },
            margin: {
              top: mmToTwips(MARGIN_MM.top),
              bottom: mmToTwips(MARGIN_MM.bottom),
              left: mmToTwips(MARGIN_MM.left),
              right: mmToTwips(MARGIN_MM.right),
              header: mmToTwips(15),
              footer: FOOTER_DISTANCE_TWIPS,
            },
          },
        },
        footers: {
          default: pageNumberFooter('right', scheme),
          even: pageNumberFooter('left', scheme),
        },
        children,
      },
    ],
  });
}

export async function renderDocx(tree: DocTree, opts: DocxOptions): Promise<Uint8Array> {
  const document = buildDocxDocument(tree, opts);
  const date = documentDate(tree);
  const zip = await Packer.pack(document, 'uint8array', false, [
    { path: 'docProps/core.xml', data: coreXml(tree, date) },
  ]);
  return fixZipTimestamps(zip, new Date(date));
}
