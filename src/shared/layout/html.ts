import type { DocBlock, DocClosing, DocTable, DocTree } from './docTree';
import { BUNDLED_FACES, facesFor } from './fonts';
import type { FontRole, FontScheme } from './fonts';
import {
  LINE_PITCH_PT,
  MARGIN_MM,
  PAGE_NUMBER_GAP_MM,
  SIZE_PT,
  TEXT_BLOCK_MM,
  TITLE_LINE_PITCH_PT,
} from './page';

/**
 * The print HTML of a report (GB/T 9704 layout): Chromium prints it to the PDF, and the in-app
 * preview shows the same document. Page numbers are CSS page-margin boxes, so they alternate
 * sides (odd right, even left) without any header/footer template.
 */
export interface HtmlOptions {
  readonly fontScheme: FontScheme;
  /** Where the bundled .ttf files are served, ending with “/”. */
  readonly fontBaseUrl: string;
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function fontStack(scheme: FontScheme, role: FontRole): string {
  const faces = facesFor(scheme, role);
  return [...faces.installed, faces.bundled.family, 'serif']
    .map((f) => (f === 'serif' ? f : cssString(f)))
    .join(', ');
}

function fontFaces(baseUrl: string): string {
  return Object.values(BUNDLED_FACES)
    .map(
      (f) =>
        `@font-face { font-family: ${cssString(f.family)}; src: url(${cssString(baseUrl + f.file)}) format("truetype"); font-weight: ${f.weight}; font-display: block; }`,
    )
    .join('\n');
}

function pageNumberBox(side: 'left' | 'right', scheme: FontScheme): string {
  return `@bottom-${side} {
    content: "— " counter(page) " —";
    font-family: ${fontStack(scheme, 'pageNumber')};
    font-size: ${SIZE_PT.pageNumber}pt;
    line-height: 1;
    vertical-align: top;
    text-align: ${side};
    padding-top: ${PAGE_NUMBER_GAP_MM}mm;
    padding-${side}: 1em;
  }`;
}

/** Print rules: the page, the type sizes and the tables. */
export function printCss(opts: HtmlOptions): string {
  const s = opts.fontScheme;
  const title = facesFor(s, 'title');
  return `${fontFaces(opts.fontBaseUrl)}
@page { size: A4; margin: ${MARGIN_MM.top}mm ${MARGIN_MM.right}mm ${MARGIN_MM.bottom}mm ${MARGIN_MM.left}mm; }
@page :right { ${pageNumberBox('right', s)} }
@page :left { ${pageNumberBox('left', s)} }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; color: #000; background: #fff; font-family: ${fontStack(s, 'body')}; font-size: ${SIZE_PT.body}pt; line-height: ${LINE_PITCH_PT}pt; font-kerning: none; }
.doc { width: ${TEXT_BLOCK_MM.width}mm; }
h1.title { font-family: ${fontStack(s, 'title')}; font-size: ${SIZE_PT.title}pt; font-weight: ${title.docxBold || title.bundled.weight === 700 ? 700 : 400}; line-height: ${TITLE_LINE_PITCH_PT}pt; text-align: center; text-wrap: balance; margin: 0 0 ${LINE_PITCH_PT}pt; }
p, h2, h3, h4 { margin: 0; font-size: ${SIZE_PT.body}pt; font-weight: 400; line-height: ${LINE_PITCH_PT}pt; text-indent: 2em; text-align: justify; orphans: 2; widows: 2; }
h2 { font-family: ${fontStack(s, 'heading1')}; break-after: avoid; }
h3 { font-family: ${fontStack(s, 'heading2')}; break-after: avoid; }
h4 { font-family: ${fontStack(s, 'body')}; break-after: avoid; }
h2 + .table-wrap { margin-top: 0; }
table { width: 100%; table-layout: fixed; border-collapse: collapse; font-family: ${fontStack(s, 'table')}; font-size: ${SIZE_PT.table}pt; line-height: 1.3; margin: 0 0 ${LINE_PITCH_PT / 2}pt; }
thead { display: table-header-group; }
/* A row never splits (a group label spanning a few rows keeps its rows together); the row holding
   the label that spans all 22 result rows of table 三 stays breakable, else the whole block would move. */
tr:not(.long-span) { break-inside: avoid; }
tr.label-row { break-after: avoid; }
.nowrap { white-space: nowrap; }
td, th { border: 0.75pt solid #000; padding: 2pt 2pt; text-align: center; vertical-align: middle; font-weight: 400; overflow-wrap: anywhere; word-break: break-all; text-indent: 0; }
td.value { font-variant-numeric: tabular-nums; }
.closing { margin-top: ${LINE_PITCH_PT}pt; break-inside: avoid; }
.closing p { text-align: right; text-indent: 0; padding-right: 2em; }
`;
}

/** Rows spanned by a label beyond which keeping the group on one page would leave half a page empty. */
const LONG_SPAN_ROWS = 8;

function rowClass(row: DocTable['rows'][number]): string {
  if (row.cells.some((c) => c.rowSpan > LONG_SPAN_ROWS)) return ' class="long-span"';
  if (row.cells.every((c) => c.role === 'label')) return ' class="label-row"';
  return '';
}

function tableHtml(table: DocTable): string {
  const total = table.columnWidths.reduce((a, b) => a + b, 0);
  const cols = table.columnWidths
    .map((w) => `<col style="width:${((w / total) * 100).toFixed(3)}%">`)
    .join('');
  const rowHtml = (row: DocTable['rows'][number], cellTag: 'th' | 'td') =>
    `<tr${rowClass(row)}>${row.cells
      .map((c) => {
        const span = `${c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ''}${c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : ''}`;
        const tag = c.role === 'value' ? 'td' : cellTag;
        const attrs =
          c.role === 'value' ? ` class="value" data-key="${escapeHtml(c.key ?? '')}"` : '';
        return `<${tag}${span}${attrs}>${escapeHtml(c.text)}</${tag}>`;
      })
      .join('')}</tr>`;
  const head = table.rows.filter((r) => r.header);
  const body = table.rows.filter((r) => !r.header);
  return `<table class="report-table" data-table="${table.id}"><colgroup>${cols}</colgroup>${
    head.length ? `<thead>${head.map((r) => rowHtml(r, 'th')).join('')}</thead>` : ''
  }<tbody>${body.map((r) => rowHtml(r, 'td')).join('')}</tbody></table>`;
}

function blockHtml(block: DocBlock): string {
  switch (block.kind) {
    case 'heading': {
      const tag = block.level === 1 ? 'h2' : block.level === 2 ? 'h3' : 'h4';
      return `<${tag}>${escapeHtml(block.text)}</${tag}>`;
    }
    case 'paragraph':
      return `<p>${escapeHtml(block.text)}</p>`;
    case 'table':
      return tableHtml(block.table);
  }
}

function closingHtml(closing: DocClosing | null): string {
  if (!closing) return '';
  const lines = [closing.organ, closing.date ?? ''].filter(Boolean);
  return `<div class="closing">${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}</div>`;
}

/** The document body (title, blocks, closing) without <html>/<head>, shared by print and preview. */
export function documentBodyHtml(tree: DocTree): string {
  // Lines as titleLines broke them; within a line, “2021年” still never splits.
  const title = tree.titleLines
    .map((line) => escapeHtml(line).replace(/\d{4}年/g, (m) => `<span class="nowrap">${m}</span>`))
    .join('<br>');
  return `<div class="doc"><h1 class="title">${title}</h1>${tree.blocks
    .map(blockHtml)
    .join('\n')}${closingHtml(tree.closing)}</div>`;
}

function page(tree: DocTree, css: string): string {
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(tree.title)}</title>
<meta name="author" content="${escapeHtml(tree.meta.organ)}">
<style>${css}</style></head>
<body>${documentBodyHtml(tree)}</body></html>`;
}

/** Full HTML document to print to PDF (A4, GB/T 9704 margins, page numbers). */
export function renderHtml(tree: DocTree, opts: HtmlOptions): string {
  return page(tree, printCss(opts));
}

export interface PreviewOptions extends HtmlOptions {
  /** 1 = actual size (A4 at 96 dpi). */
  readonly zoom?: number;
}

/** Screen rules for the in-app preview: the same document on an A4 sheet with the print margins. */
function previewCss(zoom: number): string {
  return `@media screen {
  html { background: #e9ecef; }
  body { zoom: ${zoom}; padding: 8mm 0; }
  .doc { box-sizing: content-box; width: ${TEXT_BLOCK_MM.width}mm; min-height: ${TEXT_BLOCK_MM.height}mm; margin: 0 auto; padding: ${MARGIN_MM.top}mm ${MARGIN_MM.right}mm ${MARGIN_MM.bottom}mm ${MARGIN_MM.left}mm; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.25); }
  td.value:empty { background: #fff5f5; }
}`;
}

/**
 * The in-app preview (shown in a sandboxed iframe): exactly the print HTML plus screen rules, so
 * what the clerk sees is what prints; script-free, so it runs under the app's strict CSP. Page breaks
 * are where Chromium puts them when printing; for a page-by-page view render the PDF itself.
 */
export function renderPreviewHtml(tree: DocTree, opts: PreviewOptions): string {
  return page(tree, `${printCss(opts)}\n${previewCss(opts.zoom ?? 1)}`);
}
