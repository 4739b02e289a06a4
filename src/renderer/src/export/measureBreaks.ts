import type { BreakCandidate } from './pageBreaks';

const HEADING = /^H[1-6]$/;
/** Row groups up to this many rows stay on one page, as `tr:not(.long-span)` asks in print. */
const KEPT_ROW_SPAN = 8;

function lineTops(el: Element, origin: number): number[] {
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  const tops = new Set<number>();
  for (const rect of Array.from(range.getClientRects())) {
    if (rect.height > 0) tops.add(Math.round((rect.top - origin) * 100) / 100);
  }
  return [...tops].sort((a, b) => a - b);
}

function followsHeading(el: Element): boolean {
  const prev = el.previousElementSibling;
  return prev !== null && HEADING.test(prev.tagName);
}

function tableCandidates(table: HTMLTableElement, origin: number, out: BreakCandidate[]): void {
  const rows = Array.from(table.rows);
  const kept = new Set<number>();
  rows.forEach((row, i) => {
    for (const cell of Array.from(row.cells)) {
      if (cell.rowSpan > 1 && cell.rowSpan <= KEPT_ROW_SPAN)
        for (let k = 1; k < cell.rowSpan; k++) kept.add(i + k);
    }
  });
  const wrap = table.closest('.table-wrap') ?? table;
  const afterHeading = followsHeading(wrap);
  rows.forEach((row, i) => {
    const inHead = row.parentElement?.tagName === 'THEAD';
    const afterLabel = i > 0 && rows[i - 1]!.classList.contains('label-row');
    const allowed = !(i === 0 && afterHeading) && !(inHead && i > 0) && !kept.has(i) && !afterLabel;
    out.push({ y: row.getBoundingClientRect().top - origin, allowed });
  });
}

/**
 * Break candidates of the rendered print document (a same-origin, script-free iframe laid out
 * at the text-block width). Offsets are relative to the top of `.doc`.
 */
export function measureBreaks(doc: Document): { candidates: BreakCandidate[]; height: number } {
  const root = doc.querySelector('.doc') ?? doc.body;
  const box = root.getBoundingClientRect();
  const origin = box.top;
  const out: BreakCandidate[] = [];
  for (const el of Array.from(root.querySelectorAll('h1, h2, h3, h4, p, table'))) {
    if (el.tagName === 'TABLE') {
      tableCandidates(el as HTMLTableElement, origin, out);
      continue;
    }
    if (el.closest('table')) continue;
    const tops = lineTops(el, origin);
    const first = el.getBoundingClientRect().top - origin;
    const blockedFirst = followsHeading(el) || el.closest('.closing') !== null;
    out.push({ y: first, allowed: !blockedFirst });
    // Widows/orphans 2: never leave a single line of a paragraph alone on either page.
    tops.forEach((y, i) => {
      if (i === 0) return;
      const lonely = i === 1 || i === tops.length - 1;
      out.push({ y, allowed: !lonely && !HEADING.test(el.tagName) && !el.closest('.closing') });
    });
  }
  return { candidates: out, height: Math.max(root.scrollHeight, box.height) };
}
