import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { SourceLine } from '../../shared/import';

/**
 * Text lines of a PDF with their positions, read with pdf.js. Items are grouped into lines by
 * their baseline and ordered left to right; a gap wider than a character becomes spaces, so
 * table cells stay apart and each table row reads as one line, as `pdftotext -layout` does.
 */

interface TextItemLike {
  readonly str: string;
  readonly transform: readonly number[];
  readonly width: number;
  readonly height: number;
}

interface Placed {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly size: number;
}

function isTextItem(item: unknown): item is TextItemLike {
  return typeof item === 'object' && item !== null && 'str' in item && 'transform' in item;
}

function linesOfPage(items: readonly Placed[], page: number): SourceLine[] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x);
  const rows: Placed[][] = [];
  for (const item of sorted) {
    const row = rows[rows.length - 1];
    // Same line when the baselines differ by less than half a character.
    if (row && Math.abs(row[0]!.y - item.y) < Math.max(2, 0.5 * Math.min(row[0]!.size, item.size)))
      row.push(item);
    else rows.push([item]);
  }
  return rows.map((row) => {
    row.sort((a, b) => a.x - b.x);
    let text = '';
    let right = row[0]!.x;
    for (const item of row) {
      const gap = item.x - right;
      const size = item.size || 10;
      if (text !== '' && gap > size * 0.25) text += gap > size * 1.5 ? '    ' : ' ';
      text += item.text;
      right = Math.max(right, item.x + item.width);
    }
    const x = row[0]!.x;
    return { text, page, x, y: row[0]!.y, width: right - x };
  });
}

/**
 * pdf.js's legacy build (the one that runs on Node 20) bundles core-js, which swaps a few engine
 * built-ins for JavaScript versions process-wide when pdf.js and its in-process worker load: after
 * the first PDF import JSON.stringify ran about 40× slower and Array.prototype.push 2.5× slower in
 * every service (saves, IPC replies). pdf.js needs none of what the swaps add (JSON.rawJSON,
 * JSON.parse source text, push past 2^53 elements), so the engine's own functions are put back.
 */
const ENGINE_BUILT_INS = [
  [Array.prototype, 'push', Array.prototype.push],
  [JSON, 'parse', JSON.parse],
  [JSON, 'stringify', JSON.stringify],
  [Function.prototype, 'toString', Function.prototype.toString],
] as const;

function restoreEngineBuiltIns(): void {
  for (const [holder, key, original] of ENGINE_BUILT_INS) {
    if (Reflect.get(holder, key) !== original) {
      Object.defineProperty(holder, key, {
        value: original,
        writable: true,
        configurable: true,
        enumerable: false,
      });
    }
  }
}

async function pageLines(doc: PDFDocumentProxy, pageNumber: number): Promise<SourceLine[]> {
  const page = await doc.getPage(pageNumber);
  try {
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const placed: Placed[] = [];
    for (const item of content.items) {
      if (!isTextItem(item) || item.str.trim() === '') continue;
      const [a = 0, b = 0, , , e = 0, f = 0] = item.transform;
      placed.push({
        text: item.str,
        x: e,
        y: viewport.height - f,
        width: item.width,
        size: Math.hypot(a, b) || item.height,
      });
    }
    return linesOfPage(placed, pageNumber);
  } finally {
    page.cleanup();
  }
}

export async function readPdfLines(bytes: Uint8Array): Promise<SourceLine[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  restoreEngineBuiltIns();
  // pdf.js may transfer the buffer to its worker; give it its own copy.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  const doc = await task.promise;
  // The in-process worker is loaded by now (it swaps JSON.stringify and toString again).
  restoreEngineBuiltIns();
  try {
    const pages = Array.from({ length: doc.numPages }, (_, i) => i + 1);
    // Pages are read concurrently: while one page waits on inflating a stream (zlib runs off the
    // main thread), another is parsed. Fonts are shared per document, so none is parsed twice.
    return (await Promise.all(pages.map((p) => pageLines(doc, p)))).flat();
  } finally {
    await doc.destroy();
  }
}
