import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ReportContent } from '../src/shared/model';
import { exportReport } from '../src/main/export/exportReport';
import { createPdfPrinter } from '../src/main/export/pdf';
import { importFile } from '../src/main/import';
import { SAMPLES_DIR } from '../tests/helpers/samples';
import { fullReport } from './fixtures';
import { percentile, register, row } from './registry';

export interface ExportTimings {
  /** Median of `runs` DOCX exports (tree + docx + zip + file written), after one warm-up. */
  docxMs: number;
  /** Median PDF export with a warm printer (font subsets + print + file written; launch excluded). */
  pdfWarmMs: number;
  /** Browser launch plus the first PDF export. */
  pdfColdMs: number;
  /** Median LibreOffice headless DOCX → PDF of the same report, or null when soffice is missing. */
  libreOfficeMs: number | null;
}

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const value = await fn();
  return [performance.now() - start, value];
}

const FONTCONFIG_FILE = resolve(import.meta.dirname, '..', 'resources', 'fonts', 'fonts.conf');

/**
 * `soffice --headless --convert-to pdf` as a clerk's script would run it: one process per file.
 * The first run builds LibreOffice's user profile (seconds) and is not counted.
 */
function libreOfficeTimes(docxPath: string, dir: string, runs: number): number[] | null {
  const convert = () =>
    execFileSync(
      'soffice',
      [
        '--headless',
        `-env:UserInstallation=file://${dir}/lo`,
        '--convert-to',
        'pdf',
        '--outdir',
        join(dir, 'lo-out'),
        docxPath,
      ],
      { stdio: 'pipe', env: { ...process.env, FONTCONFIG_FILE } },
    );
  try {
    convert();
    const times: number[] = [];
    for (let i = 0; i < runs; i++) times.push(timedSync(convert));
    if (!existsSync(join(dir, 'lo-out', 'report.pdf'))) return null;
    return times;
  } catch {
    return null;
  }
}

function timedSync(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** Export timings for one report, through the app's export use case (exportReport). */
export async function measureExport(report: ReportContent, runs = 3): Promise<ExportTimings> {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-bench-export-'));
  try {
    const docxPath = join(dir, 'report.docx');
    const pdfPath = join(dir, 'report.pdf');
    const options = { fontScheme: 'official' } as const;
    await exportReport(report, { ...options, docxPath });
    const docxTimes: number[] = [];
    for (let i = 0; i < runs; i++) {
      docxTimes.push((await timed(() => exportReport(report, { ...options, docxPath })))[0]);
    }

    const [pdfColdMs, printer] = await timed(async () => {
      const p = await createPdfPrinter();
      await exportReport(report, { ...options, pdfPath, printer: p });
      return p;
    });
    const pdfTimes: number[] = [];
    try {
      for (let i = 0; i < runs; i++) {
        pdfTimes.push(
          (await timed(() => exportReport(report, { ...options, pdfPath, printer })))[0],
        );
      }
    } finally {
      await printer.close();
    }
    if (readFileSync(pdfPath).subarray(0, 4).toString() !== '%PDF') throw new Error('PDF 未生成');

    const lo = libreOfficeTimes(docxPath, dir, Math.min(runs, 2));
    return {
      docxMs: percentile(docxTimes, 50),
      pdfWarmMs: percentile(pdfTimes, 50),
      pdfColdMs,
      libreOfficeMs: lo ? percentile(lo, 50) : null,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A large real report: 淮安市 2024 read from its published text, else a synthesised full one. */
async function benchReport(log: (m: string) => void): Promise<ReportContent> {
  const name = '01_huaian_city_2024_pdftotext.txt';
  if (SAMPLES_DIR && existsSync(join(SAMPLES_DIR, name))) {
    const imported = await importFile(readFileSync(join(SAMPLES_DIR, name)), name);
    log(`export: report 淮安市 2024 imported from ${join(SAMPLES_DIR, name)}`);
    return imported.report;
  }
  log('export: 未找到真实样本 ../shared/samples，改用合成的完整报告。');
  return fullReport();
}

/** DOCX ≤ 100 ms, warm PDF ≤ 1 s, beside LibreOffice converting the same DOCX. */
register('export', async (ctx) => {
  const report = await benchReport(ctx.log);
  ctx.log(`export: report JSON ${JSON.stringify(report).length} characters`);
  const t = await measureExport(report, 5);
  const rows = [
    row('export: DOCX (median)', t.docxMs, 'ms', 100),
    row('export: PDF, warm printer (median)', t.pdfWarmMs, 'ms', 1000),
    row('export: PDF, cold (Chromium launch + first export)', t.pdfColdMs, 'ms'),
  ];
  if (t.libreOfficeMs === null) {
    ctx.log('export: soffice 不可用（apt 包 libreoffice-writer-nogui），LibreOffice 参照已跳过。');
    return rows;
  }
  return [
    ...rows,
    row('export: LibreOffice DOCX → PDF, same report (median)', t.libreOfficeMs, 'ms'),
    row('export: LibreOffice time / our warm PDF time', t.libreOfficeMs / t.pdfWarmMs, '×'),
  ];
});
