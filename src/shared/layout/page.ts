/**
 * Page geometry of GB/T 9704—2012 as used for the annual reports (FORMAT.md §7), written once for
 * the DOCX, the print HTML and both PDF printers (Playwright here, webContents.printToPDF in the app).
 */
export const PAGE_MM = { width: 210, height: 297 } as const;
export const MARGIN_MM = { top: 37, bottom: 35, left: 28, right: 26 } as const;
/** Text block: 156 × 225 mm. */
export const TEXT_BLOCK_MM = {
  width: PAGE_MM.width - MARGIN_MM.left - MARGIN_MM.right,
  height: PAGE_MM.height - MARGIN_MM.top - MARGIN_MM.bottom,
} as const;

/** Fixed line pitch: 225 mm / 22 lines ≈ 28.9 pt. */
export const LINE_PITCH_PT = 28.9;
export const TITLE_LINE_PITCH_PT = 36;

export const SIZE_PT = {
  /** 2号 */
  title: 22,
  /** 3号 */
  body: 16,
  /** 4号 */
  pageNumber: 14,
  /** 五号: table 三 fits the 156 mm block at this size without cutting a label. */
  table: 10.5,
} as const;

/** Page number: its top 7 mm below the text block, one character in from the block's edge. */
export const PAGE_NUMBER_GAP_MM = 7;

/** “— 3 —”: em dash, space, Arabic digits, space, em dash. */
export function pageNumberText(n: number): string {
  return `— ${n} —`;
}

export const MM_PER_INCH = 25.4;
export const TWIPS_PER_INCH = 1440;
export const mmToTwips = (mm: number): number => Math.round((mm / MM_PER_INCH) * TWIPS_PER_INCH);
export const ptToTwips = (pt: number): number => Math.round(pt * 20);

/**
 * Options for Chromium's printToPDF (Electron) and page.pdf (Playwright): the page size, margins and
 * page numbers all come from the HTML's @page rules (margin boxes), so both printers give the same PDF.
 */
export const PRINT_TO_PDF_OPTIONS = {
  preferCSSPageSize: true,
  printBackground: true,
  displayHeaderFooter: false,
} as const;
