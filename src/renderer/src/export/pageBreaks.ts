/**
 * Where the preview breaks the printed document into A4 pages. Chromium decides the real breaks
 * when it prints the PDF; the preview measures the same HTML at the text-block width and breaks
 * at line, row and block boundaries the same way the print CSS asks (no break right after a
 * heading or a label row, a small row group kept together).
 */

/** One place a page may begin: the top of a text line, a table row or a block (CSS px). */
export interface BreakCandidate {
  y: number;
  /** False where the print CSS avoids a break (after a heading, inside a kept row group). */
  allowed: boolean;
}

export interface PageSlice {
  /** Offset of the page's first line in the measured document (px). */
  start: number;
  /** Offset where the next page starts (px); end − start ≤ the page's text-block height. */
  end: number;
}

/** Millimetres to CSS pixels (96 dpi). */
export const MM = 96 / 25.4;

/** GB/T 9704 page geometry as printed (mm); mirrors src/shared/layout/page.ts. */
export const A4 = {
  width: 210,
  height: 297,
  top: 37,
  bottom: 35,
  left: 28,
  right: 26,
  textHeight: 225,
  textWidth: 156,
  pageNumberGap: 7,
} as const;

/**
 * Cuts a document of `height` px into pages of at most `pageHeight` px, each ending at the last
 * allowed candidate that fits (or at the page height when a single line or row is taller).
 */
export function slicePages(
  candidates: readonly BreakCandidate[],
  height: number,
  pageHeight: number,
): PageSlice[] {
  const allowed = [...new Set(candidates.filter((c) => c.allowed && c.y > 0).map((c) => c.y))].sort(
    (a, b) => a - b,
  );
  const pages: PageSlice[] = [];
  let start = 0;
  // Sub-pixel tolerance: a line whose box ends exactly at the text block's foot still fits.
  const epsilon = 0.5;
  while (start < height - epsilon && pages.length < 500) {
    const limit = start + pageHeight;
    if (limit >= height - epsilon) {
      pages.push({ start, end: height });
      break;
    }
    let end = limit;
    for (const y of allowed) {
      if (y <= start + epsilon) continue;
      if (y > limit + epsilon) break;
      end = y;
    }
    pages.push({ start, end });
    start = end;
  }
  if (pages.length === 0) pages.push({ start: 0, end: Math.max(height, 0) });
  return pages;
}
