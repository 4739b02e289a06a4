import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDocTree } from '../../../src/shared/layout/docTree';
import { renderHtml } from '../../../src/shared/layout/html';
import { MARGIN_MM, PAGE_MM, PAGE_NUMBER_GAP_MM } from '../../../src/shared/layout/page';
import { chromiumPath, createPdfPrinter } from '../../../src/main/export/pdf';
import { embedSubsetFonts } from '../../../src/main/export/fontSubset';
import type { PdfPrinter } from '../../../src/main/export/pdf';
import { SAMPLES_DIR } from '../../helpers/samples';
import {
  expectReportText,
  hasCommand,
  pageNumbers,
  pdfFonts,
  pdfInfo,
  pdfText,
  tempDir,
} from '../layout/pdfText';
import { huaianReport, seedReport, synthesisedReport } from '../layout/reports';

const ready = existsSync(chromiumPath()) && hasCommand('pdftotext') && hasCommand('pdffonts');
if (!ready)
  console.warn(`未找到 Chromium（${chromiumPath()}）或 poppler-utils：跳过 PDF 导出测试。`);

const mmToPt = (mm: number) => (mm / 25.4) * 72;

describe.skipIf(!ready)('PDF printed by Chromium from the print HTML', () => {
  let printer: PdfPrinter;
  const dir = tempDir('nianbao-pdf-');
  beforeAll(async () => {
    printer = await createPdfPrinter();
  }, 60_000);
  afterAll(async () => {
    await printer?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const cases = [
    ['seed', seedReport, true],
    ['synthesised', synthesisedReport, true],
    ['huaian', huaianReport, SAMPLES_DIR !== null],
  ] as const;

  it.each(cases)(
    '%s: A4, fonts embedded as CID TrueType, text in order, page numbers “— N —” alternating',
    async (name, make, available) => {
      if (!available) return void console.warn('真实样本缺失：跳过淮安市样本的 PDF 检查。');
      const tree = buildDocTree(make());
      const pdf = join(dir, `${name}.pdf`);
      writeFileSync(
        pdf,
        await printer.print(
          renderHtml(tree, { fontScheme: 'official', fontBaseUrl: printer.fontBaseUrl }),
        ),
      );

      const info = pdfInfo(pdf);
      expect(Math.round(info.width)).toBe(595);
      expect(Math.round(info.height)).toBe(842);
      expect(info.pages).toBeGreaterThanOrEqual(2);

      const fonts = pdfFonts(pdf);
      expect(fonts.length).toBeGreaterThanOrEqual(4);
      for (const f of fonts) {
        expect(f.embedded, f.name).toBe(true);
        expect(f.type, f.name).not.toMatch(/Type 3/);
        expect(f.type, f.name).toBe('CID TrueType');
      }

      expectReportText(pdfText(pdf, '-raw'), tree);

      const numbers = pageNumbers(pdfText(pdf, '-bbox'));
      expect(numbers.map((n) => n.text)).toEqual(
        Array.from({ length: info.pages }, (_, i) => String(i + 1)),
      );
      const textBottom = mmToPt(PAGE_MM.height - MARGIN_MM.bottom);
      for (const n of numbers) {
        expect(n.xMid > n.pageWidth / 2, `page ${n.page} side`).toBe(n.page % 2 === 1);
        // 7 mm below the text block (the glyph box starts a little above the em box).
        expect(Math.abs(n.yMin - (textBottom + mmToPt(PAGE_NUMBER_GAP_MM)))).toBeLessThan(4);
      }
    },
    120_000,
  );

  it.each([
    ['seed', seedReport],
    ['synthesised', synthesisedReport],
  ] as const)(
    '%s, as exported (each face subset to its own parts): only the five bundled faces, text in order',
    async (name, make) => {
      const tree = buildDocTree(make());
      const pdf = join(dir, `${name}-subset.pdf`);
      const html = renderHtml(tree, { fontScheme: 'official', fontBaseUrl: printer.fontBaseUrl });
      writeFileSync(pdf, await printer.print(await embedSubsetFonts(html, 'official')));
      // A character missing from a face's subset would fall back to another font and show here.
      const names = pdfFonts(pdf).map((f) => f.name.replace(/^[A-Z]{6}\+/, ''));
      expect(names.sort()).toEqual([
        'FandolFang-Regular',
        'FandolHei-Regular',
        'FandolKai-Regular',
        'FandolSong-Regular',
        'NotoSerifSCGB-Bold',
      ]);
      expectReportText(pdfText(pdf, '-raw'), tree);
    },
    120_000,
  );
});
