import { A4, MM, type PageSlice } from './pageBreaks';

/** The parts of the print HTML the preview reuses: its style sheet and the `.doc` element. */
export interface PrintParts {
  css: string;
  docHtml: string;
  title: string;
}

/** Reads the print HTML without running or loading anything (DOMParser documents are inert). */
export function printParts(html: string): PrintParts {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const css = Array.from(parsed.querySelectorAll('style'))
    .map((s) => s.textContent ?? '')
    .join('\n');
  const doc = parsed.querySelector('.doc');
  return {
    css,
    docHtml: doc ? doc.outerHTML : `<div class="doc">${parsed.body.innerHTML}</div>`,
    title: parsed.title,
  };
}

function shell(parts: PrintParts, screenCss: string, body: string): string {
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title></title><style>${parts.css}</style><style>${screenCss}</style></head><body>${body}</body></html>`;
}

/** The document laid out once at the text-block width, to find where pages break. */
export function measuringDocument(parts: PrintParts): string {
  return shell(
    parts,
    '@media screen { html, body { margin: 0; background: #fff; } .doc { margin: 0; padding: 0; } }',
    parts.docHtml,
  );
}

const SHEET_GAP_PX = 16;
const PAGE_NUMBER_FONT = '"宋体", "SimSun", "FandolSong", "Noto Serif CJK SC", serif';

/** Total CSS size of the sheets at zoom 1, so the scaled pages scroll as they look. */
export function sheetsSize(pageCount: number): { width: number; height: number } {
  const sheet = A4.height * MM + SHEET_GAP_PX;
  return {
    width: Math.ceil(A4.width * MM + 2 * SHEET_GAP_PX),
    height: Math.ceil(pageCount * sheet + SHEET_GAP_PX),
  };
}

/** The zoom is a custom property the host sets on the frame's root: no reload, no font flash. */
export const ZOOM_PROPERTY = '--preview-zoom';

/**
 * A4 sheets as printed: each sheet shows the measured document through a window the height of
 * its slice, shifted up to the slice's start, with the page number odd right / even left.
 */
export function pagedDocument(parts: PrintParts, slices: readonly PageSlice[]): string {
  const size = sheetsSize(slices.length);
  const zoom = `var(${ZOOM_PROPERTY}, 1)`;
  const numberTop = A4.top + A4.textHeight + A4.pageNumberGap;
  const css = `@media screen {
  html, body { margin: 0; background: #e9ecef; }
  .zoom { width: calc(${size.width}px * ${zoom}); height: calc(${size.height}px * ${zoom}); margin: 0 auto; overflow: hidden; }
  .pages { width: ${A4.width}mm; padding: ${SHEET_GAP_PX}px; transform: scale(${zoom}); transform-origin: 0 0; }
  .sheet { position: relative; width: ${A4.width}mm; height: ${A4.height}mm; margin: 0 0 ${SHEET_GAP_PX}px; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.3); overflow: hidden; }
  .window { position: absolute; top: ${A4.top}mm; left: ${A4.left}mm; width: ${A4.textWidth}mm; overflow: hidden; }
  .doc { margin: 0; padding: 0; }
  .page-number { position: absolute; top: ${numberTop}mm; font-family: ${PAGE_NUMBER_FONT}; font-size: 14pt; line-height: 1; }
  .page-number.odd { right: calc(${A4.right}mm + 1em); }
  .page-number.even { left: calc(${A4.left}mm + 1em); }
}`;
  const sheets = slices
    .map((s, i) => {
      const no = i + 1;
      return `<section class="sheet" data-page="${no}" aria-label="第${no}页"><div class="window" style="height:${(s.end - s.start).toFixed(2)}px"><div style="margin-top:${(-s.start).toFixed(2)}px">${parts.docHtml}</div></div><div class="page-number ${no % 2 ? 'odd' : 'even'}">— ${no} —</div></section>`;
    })
    .join('');
  return shell(parts, css, `<div class="zoom"><div class="pages">${sheets}</div></div>`);
}
