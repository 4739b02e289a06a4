import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { specFor } from '../../../src/shared/format';
import type { ReportContent } from '../../../src/shared/model';
import { buildDocTree } from '../../../src/shared/layout/docTree';
import { A4_TWIPS, renderDocx } from '../../../src/shared/layout/docx';
import { MARGIN_MM } from '../../../src/shared/layout/page';
import { SAMPLES_DIR, SAMPLES_MISSING_MESSAGE } from '../../helpers/samples';
import {
  docxToPdfWithLibreOffice,
  expectReportText,
  hasCommand,
  pageNumbers,
  pdfInfo,
  pdfText,
  tempDir,
} from './pdfText';
import { huaianReport, seedReport, synthesisedReport } from './reports';

interface DocxParts {
  document: string;
  styles: string;
  settings: string;
  core: string;
  footers: string;
}

async function partsOf(docx: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(docx);
  const read = (name: string) => zip.file(name)!.async('string');
  return {
    document: await read('word/document.xml'),
    styles: await read('word/styles.xml'),
    settings: await read('word/settings.xml'),
    core: await read('docProps/core.xml'),
    footers: (
      await Promise.all(zip.file(/word\/footer\d+\.xml/).map((f) => f.async('string')))
    ).join('\n'),
  };
}

const count = (xml: string, re: RegExp) => (xml.match(re) ?? []).length;
const twipsToMm = (t: number) => (t / 1440) * 25.4;

/** What the format grid implies: each vertical merge is one restart plus a continue per spanned row below. */
function expectedMerges(report: ReportContent): {
  gridSpan: number;
  vMerge: number;
  header: number;
  rows: number;
} {
  const tables = Object.values(specFor(report.format).tables);
  let gridSpan = 0;
  let vMerge = 0;
  let header = 0;
  let rows = 0;
  for (const t of tables) {
    for (const row of t.rows) {
      rows++;
      if (row.header) header++;
      for (const c of row.cells) {
        const down = c.rowSpan ?? 1;
        // The continue cells of a merged block span the same columns.
        if ((c.colSpan ?? 1) > 1) gridSpan += down;
        if (down > 1) vMerge += down;
      }
    }
  }
  return { gridSpan, vMerge, header, rows };
}

const cases: [string, () => ReportContent, boolean][] = [
  ['seed (宁陵县 2021, all zero)', seedReport, true],
  ['synthesised non-zero report', synthesisedReport, true],
  ['淮安市 2024 (real sample values)', huaianReport, SAMPLES_DIR !== null],
];
if (!SAMPLES_DIR) console.warn(SAMPLES_MISSING_MESSAGE);

describe.each(cases)('DOCX of the %s', (_name, make, available) => {
  it.skipIf(!available)(
    'has the official page, fonts, merges, repeated headers and rows that cannot split',
    async () => {
      const report = make();
      const { document, styles, settings, core, footers } = await partsOf(
        await renderDocx(buildDocTree(report), { fontScheme: 'official' }),
      );
      expect(document).toContain(`<w:pgSz w:w="${A4_TWIPS.width}" w:h="${A4_TWIPS.height}"`);
      const margin = (side: string) =>
        Number(new RegExp(`<w:pgMar[^>]* w:${side}="(\\d+)"`).exec(document)?.[1]);
      for (const side of ['top', 'bottom', 'left', 'right'] as const) {
        expect(Math.abs(twipsToMm(margin(side)) - MARGIN_MM[side]), side).toBeLessThanOrEqual(0.5);
      }
      // East Asian slots name the official faces.
      expect(styles).toMatch(/<w:rPrDefault>.*w:eastAsia="仿宋_GB2312"/s);
      expect(styles).toContain('<w:lang w:val="zh-CN" w:eastAsia="zh-CN"/>');
      for (const face of ['方正小标宋简体', '仿宋_GB2312', '黑体', '楷体_GB2312', '宋体'])
        expect(document).toContain(`w:eastAsia="${face}"`);
      expect(document).toMatch(/<w:spacing[^>]*w:line="578" w:lineRule="exact"/);
      expect(document).toContain('w:firstLineChars="200"');

      const expected = expectedMerges(report);
      expect(count(document, /<w:gridSpan /g)).toBe(expected.gridSpan);
      expect(count(document, /<w:vMerge /g)).toBe(expected.vMerge);
      expect(count(document, /<w:tblHeader\/>/g)).toBe(expected.header);
      expect(count(document, /<w:cantSplit\/>/g)).toBe(expected.rows);
      expect(count(document, /<w:tbl>/g)).toBe(3);
      for (const grid of document.match(/<w:tblGrid>.*?<\/w:tblGrid>/g)!) {
        const sum = [...grid.matchAll(/w:w="(\d+)"/g)].reduce((a, m) => a + Number(m[1]), 0);
        expect(twipsToMm(sum)).toBeCloseTo(156, 0);
      }

      // Page numbers in the footers, odd right / even left.
      expect(settings).toContain('<w:evenAndOddHeaders/>');
      expect(document).toMatch(/<w:footerReference w:type="default"/);
      expect(document).toMatch(/<w:footerReference w:type="even"/);
      expect(footers).toContain('PAGE');
      expect(footers).toContain('<w:jc w:val="right"/>');
      expect(footers).toContain('<w:jc w:val="left"/>');
      expect(footers).toContain('<w:sz w:val="28"/>');

      expect(core).toContain(`<dc:title>${report.title}</dc:title>`);
      expect(core).toContain(`<dc:creator>${report.organ}</dc:creator>`);
    },
  );

  it.skipIf(!available)('is byte-identical when exported twice', async () => {
    const first = await renderDocx(buildDocTree(make()), { fontScheme: 'official' });
    await new Promise((r) => setTimeout(r, 2100)); // zip times have a 2 s resolution
    const second = await renderDocx(buildDocTree(make()), { fontScheme: 'official' });
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });
});

describe('DOCX system font scheme', () => {
  it('names the faces every Windows PC has', async () => {
    const { document } = await partsOf(
      await renderDocx(buildDocTree(seedReport()), { fontScheme: 'system' }),
    );
    for (const face of ['宋体', '仿宋', '黑体', '楷体'])
      expect(document).toContain(`w:eastAsia="${face}"`);
    expect(document).not.toContain('仿宋_GB2312');
    expect(document).not.toContain('方正小标宋简体');
  });
});

const hasLibreOffice = hasCommand('soffice') && hasCommand('pdftotext');
if (!hasLibreOffice)
  console.warn(
    '未找到 LibreOffice（soffice）或 poppler-utils：跳过 DOCX 经 LibreOffice 转 PDF 的检查。',
  );

describe.skipIf(!hasLibreOffice)('DOCX opened by LibreOffice', () => {
  const dir = tempDir('nianbao-docx-');
  const reports = cases.filter(([, , available]) => available);
  const pdfs = new Map<string, string>();
  beforeAll(async () => {
    const docs = await Promise.all(
      reports.map(async ([name, make], i) => ({
        name: `report${i}`,
        label: name,
        docx: await renderDocx(buildDocTree(make()), { fontScheme: 'official' }),
      })),
    );
    docxToPdfWithLibreOffice(docs, dir).forEach((pdf, i) => pdfs.set(docs[i]!.label, pdf));
  }, 300_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(reports)(
    '%s: A4, title, headings, labels and numbers in order, page numbers alternate',
    (name, make) => {
      const tree = buildDocTree(make());
      const pdf = pdfs.get(name)!;
      const info = pdfInfo(pdf);
      expect(Math.round(info.width)).toBe(595);
      expect(Math.round(info.height)).toBe(842);
      expectReportText(pdfText(pdf, '-raw'), tree);
      const numbers = pageNumbers(pdfText(pdf, '-bbox'));
      expect(numbers.map((n) => n.text)).toEqual(
        Array.from({ length: info.pages }, (_, i) => String(i + 1)),
      );
      for (const n of numbers)
        expect(n.xMid > n.pageWidth / 2, `page ${n.page}`).toBe(n.page % 2 === 1);
    },
  );
});

describe('DOCX spacing between digits and Chinese', () => {
  it('turns off Word’s automatic gap in every paragraph with text, as the PDF has none', async () => {
    const { document } = await partsOf(
      await renderDocx(buildDocTree(seedReport()), { fontScheme: 'official' }),
    );
    // Paragraphs holding text (the empty ones docx adds to merged-cell continuations hold none).
    const withText = (document.match(/<w:p[ >].*?<\/w:p>/gs) ?? []).filter((p) =>
      p.includes('<w:t'),
    );
    expect(withText.length).toBeGreaterThan(100);
    for (const p of withText) expect(p).toContain('<w:autoSpaceDN w:val="false"/>');
  });
});
