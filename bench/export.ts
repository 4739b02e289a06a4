import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ReportContent } from '../src/shared/model';
import { buildDocTree } from '../src/shared/layout/docTree';
import { renderDocx } from '../src/shared/layout/docx';
import { renderHtml } from '../src/shared/layout/html';
import { createPdfPrinter } from '../src/main/export/pdf';

export interface ExportTimings {
  /** Median of `runs` DOCX builds (tree + docx + zip), after one warm-up. */
  docxMs: number;
  /** Median PDF print with a warm browser (launch excluded). */
  pdfWarmMs: number;
  /** Browser launch plus the first print. */
  pdfColdMs: number;
  /** LibreOffice headless DOCX → PDF of the same report, or null when soffice is missing. */
  libreOfficeMs: number | null;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const value = await fn();
  return [performance.now() - start, value];
}

/** Export timings for one report; used by `npm run bench`. */
export async function measureExport(report: ReportContent, runs = 3): Promise<ExportTimings> {
  const tree = buildDocTree(report);
  await renderDocx(tree, { fontScheme: 'official' });
  const docxTimes: number[] = [];
  let docx: Uint8Array = new Uint8Array();
  for (let i = 0; i < runs; i++) {
    const [ms, bytes] = await timed(() =>
      renderDocx(buildDocTree(report), { fontScheme: 'official' }),
    );
    docxTimes.push(ms);
    docx = bytes;
  }

  const [launchAndFirst, printer] = await timed(async () => {
    const p = await createPdfPrinter();
    await p.print(renderHtml(tree, { fontScheme: 'official', fontBaseUrl: p.fontBaseUrl }));
    return p;
  });
  const pdfTimes: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const html = renderHtml(buildDocTree(report), {
        fontScheme: 'official',
        fontBaseUrl: printer.fontBaseUrl,
      });
      pdfTimes.push((await timed(() => printer.print(html)))[0]);
    }
  } finally {
    await printer.close();
  }

  let libreOfficeMs: number | null;
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-bench-'));
  try {
    const docxPath = join(dir, 'report.docx');
    writeFileSync(docxPath, docx);
    const start = performance.now();
    execFileSync(
      'soffice',
      [
        '--headless',
        `-env:UserInstallation=file://${dir}/lo`,
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        docxPath,
      ],
      {
        stdio: 'pipe',
        env: {
          ...process.env,
          FONTCONFIG_FILE: resolve(import.meta.dirname, '..', 'resources', 'fonts', 'fonts.conf'),
        },
      },
    );
    libreOfficeMs = performance.now() - start;
  } catch {
    libreOfficeMs = null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    docxMs: median(docxTimes),
    pdfWarmMs: median(pdfTimes),
    pdfColdMs: launchAndFirst,
    libreOfficeMs,
  };
}
