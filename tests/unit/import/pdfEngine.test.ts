import { describe, expect, it } from 'vitest';
import { readPdfLines } from '../../../src/main/import/pdf';

const engine = {
  push: Array.prototype.push,
  parse: JSON.parse,
  stringify: JSON.stringify,
  toString: Function.prototype.toString,
};

/** A PDF whose pages each carry one line of text (xref offsets need not be exact for pdf.js). */
function textPdf(lines: readonly string[]): Uint8Array {
  const pageIds = lines.map((_, i) => 4 + i * 2);
  const objects = [
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    `2 0 obj << /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${lines.length} >> endobj`,
    '3 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj',
    ...lines.flatMap((text, i) => {
      const stream = `BT /F1 12 Tf 72 700 Td (${text}) Tj ET`;
      return [
        `${pageIds[i]} 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageIds[i]! + 1} 0 R >> endobj`,
        `${pageIds[i]! + 1} 0 obj << /Length ${stream.length} >> stream\n${stream}\nendstream endobj`,
      ];
    }),
  ];
  return new TextEncoder().encode(
    ['%PDF-1.4', ...objects, 'trailer << /Root 1 0 R >>', '%%EOF'].join('\n'),
  );
}

describe('readPdfLines', () => {
  it('reads the pages concurrently but returns their lines in page order', async () => {
    const pages = Array.from({ length: 6 }, (_, i) => `page ${i + 1} text`);
    const lines = await readPdfLines(textPdf(pages));
    expect(lines.map((l) => l.text)).toEqual(pages);
    expect(lines.map((l) => l.page)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('leaves the engine’s own JSON, push and toString in place after loading pdf.js', async () => {
    await readPdfLines(textPdf(['one']));
    expect(JSON.stringify).toBe(engine.stringify);
    expect(JSON.parse).toBe(engine.parse);
    expect(Array.prototype.push).toBe(engine.push);
    expect(Function.prototype.toString).toBe(engine.toString);
    // Still the same behaviour pdf.js and everyone else rely on.
    expect(JSON.parse(JSON.stringify({ a: [1, '二'] }))).toEqual({ a: [1, '二'] });
  });
});
