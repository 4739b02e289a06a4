import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { slicePages, type BreakCandidate } from '../../../src/renderer/src/export/pageBreaks';

const lines = (count: number, pitch: number): BreakCandidate[] =>
  Array.from({ length: count }, (_, i) => ({ y: i * pitch, allowed: true }));

describe('slicePages', () => {
  it('breaks at the last line that fits the page', () => {
    // 30 lines of 40 px on pages of 850 px: 21 lines (840 px) per page, the 22nd would overflow.
    const pages = slicePages(lines(30, 40), 1200, 850);
    expect(pages).toEqual([
      { start: 0, end: 840 },
      { start: 840, end: 1200 },
    ]);
  });

  it('does not break where the print CSS avoids it (e.g. right after a heading)', () => {
    const candidates = lines(30, 40).map((c) => (c.y === 840 ? { ...c, allowed: false } : c));
    expect(slicePages(candidates, 1200, 850)[0]).toEqual({ start: 0, end: 800 });
  });

  it('cuts a block taller than a page at the page height', () => {
    const pages = slicePages([{ y: 0, allowed: true }], 2000, 850);
    expect(pages.map((p) => p.end)).toEqual([850, 1700, 2000]);
  });

  it('an empty document is one page', () => {
    expect(slicePages([], 0, 850)).toEqual([{ start: 0, end: 0 }]);
  });

  it('pages are contiguous, never taller than the page, and cover the document', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ y: fc.integer({ min: 0, max: 5000 }), allowed: fc.boolean() })),
        fc.integer({ min: 1, max: 5000 }),
        (candidates, height) => {
          const pages = slicePages(candidates, height, 850);
          expect(pages[0]!.start).toBe(0);
          expect(pages[pages.length - 1]!.end).toBe(height);
          pages.forEach((p, i) => {
            expect(p.end - p.start).toBeLessThanOrEqual(850.5);
            expect(p.end).toBeGreaterThan(p.start);
            if (i > 0) expect(p.start).toBe(pages[i - 1]!.end);
          });
        },
      ),
    );
  });
});
