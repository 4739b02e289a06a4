import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, decodeText, readImportFile } from '../../../src/main/import';
import { ImportError } from '../../../src/shared/import';
import { SAMPLES_DIR, samplePath } from '../../helpers/samples';

const utf8 = (s: string) => new TextEncoder().encode(s);

/** A one-page PDF with no text layer, like a scan (xref offsets need not be exact for pdf.js). */
function imageOnlyPdf(): Uint8Array {
  const body = [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj',
    '4 0 obj << /Length 18 >> stream',
    '0 0 m 100 100 l S',
    'endstream endobj',
    'trailer << /Root 1 0 R >>',
    '%%EOF',
  ].join('\n');
  return utf8(body);
}

describe('readImportFile', () => {
  it('decodes UTF-8, and GB18030 when the bytes are not UTF-8', () => {
    expect(decodeText(utf8('\uFEFF表三'))).toBe('表三');
    const gb = new Uint8Array([0xb1, 0xed, 0xc8, 0xfd]); // “表三” in GB18030
    expect(decodeText(gb)).toBe('表三');
  });

  it('reads HTML with scripts and styles removed and table rows kept on one line', async () => {
    const html =
      '<html><head><style>p{}</style><script>var x=1</script></head><body><p>一、总体情况</p>' +
      '<table><tr><td>规章</td><td>1</td><td>0</td><td>11</td></tr></table></body></html>';
    const doc = await readImportFile(utf8(html), 'a.html');
    const texts = doc.lines.map((l) => l.text);
    expect(texts).toContain('一、总体情况');
    expect(texts.some((t) => /^规章\s+1\s+0\s+11$/.test(t))).toBe(true);
    expect(texts.join('')).not.toContain('var x');
  });

  it('refuses empty, oversized, binary and image-only files with Chinese messages', async () => {
    await expect(readImportFile(new Uint8Array(), 'a.txt')).rejects.toThrow(/是空的/);
    await expect(readImportFile(new Uint8Array(MAX_IMPORT_BYTES + 1), 'a.txt')).rejects.toThrow(
      /超过 20 MB/,
    );
    await expect(readImportFile(new Uint8Array([1, 2, 0, 3, 4]), 'a.bin')).rejects.toThrow(
      /无法识别文件/,
    );
    await expect(readImportFile(imageOnlyPdf(), 'scan.pdf')).rejects.toThrow(/没有文字层/);
    await expect(readImportFile(utf8('hello'), 'x.pdf')).rejects.toBeInstanceOf(ImportError);
  });

  it.skipIf(!SAMPLES_DIR)(
    'reads a Word file with the table cells of a row on one line',
    async () => {
      const bytes = new Uint8Array(readFileSync(samplePath('template_format_2021.docx')));
      const doc = await readImportFile(bytes, 'template_format_2021.docx');
      expect(doc.kind).toBe('docx');
      const text = doc.lines.map((l) => l.text).join('\n');
      expect(text).toContain('本年新收政府信息公开申请数量');
      expect(text).toMatch(/信息内容\s+本年制发件数\s+本年废止件数\s+现行有效件数/);
    },
  );
});
