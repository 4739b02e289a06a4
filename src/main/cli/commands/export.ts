import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { exportReport } from '../../export/exportReport';
import { ExportFileError } from '../../export/files';
import { PdfPrintError, createPdfPrinter } from '../../export/pdf';
import { runChecks } from '../../../shared/checks';
import { exportFileName } from '../../../shared/layout/fileName';
import type { FontScheme } from '../../../shared/layout/fonts';
import type { ReportContent } from '../../../shared/model';
import type { ExportPaths } from '../../services';
import { parseReportId, readInterchangeFile } from '../input';
import { flag, printLine, say, text } from '../output';
import { CliInputError } from '../types';
import type { CliCommand, CliContext } from '../types';

function fontSchemeOf(value: string | undefined): FontScheme | undefined {
  if (value === undefined) return undefined;
  if (value === 'official' || value === 'system') return value;
  throw new CliInputError('--font-scheme 只能是 official（公文字体）或 system（系统字体）。');
}

/** The paths asked for; without --docx and --pdf both files, named after the title, in the current folder. */
function pathsFor(ctx: CliContext, title: string): ExportPaths {
  const docx = text(ctx.values.docx);
  const pdf = text(ctx.values.pdf);
  if (docx === undefined && pdf === undefined) {
    return {
      docxPath: resolve(ctx.io.cwd, exportFileName(title, 'docx')),
      pdfPath: resolve(ctx.io.cwd, exportFileName(title, 'pdf')),
    };
  }
  return {
    ...(docx !== undefined ? { docxPath: resolve(ctx.io.cwd, docx) } : {}),
    ...(pdf !== undefined ? { pdfPath: resolve(ctx.io.cwd, pdf) } : {}),
  };
}

/** A file is exported without opening the database (settings: the official fonts unless told). */
async function exportFile(
  report: ReportContent,
  paths: ExportPaths,
  fontScheme: FontScheme,
): Promise<void> {
  const printer = paths.pdfPath ? await createPdfPrinter() : undefined;
  try {
    await exportReport(report, { ...paths, fontScheme, ...(printer ? { printer } : {}) });
  } finally {
    await printer?.close();
  }
}

export const exportCommand: CliCommand = {
  name: 'export',
  summary:
    '把报告（交换格式 JSON 文件或报告编号）导出为 Word 和/或 PDF；报告有错误时需加 --force。不指定 --docx/--pdf 时两种都导出到当前目录',
  usage:
    'export 文件.json|编号 [--docx 文件.docx] [--pdf 文件.pdf] [--font-scheme official|system] [--force]',
  options: {
    docx: { type: 'string' },
    pdf: { type: 'string' },
    'font-scheme': { type: 'string' },
    force: { type: 'boolean' },
  },
  positionals: { min: 1, max: 1 },
  async run(ctx) {
    const target = ctx.positionals[0]!;
    const scheme = fontSchemeOf(text(ctx.values['font-scheme']));
    const fromFile = !/^\d+$/.test(target) || existsSync(resolve(ctx.io.cwd, target));
    const report = fromFile
      ? readInterchangeFile(ctx.io.cwd, target).report
      : (await ctx.services().handlers['reports:open']({ id: parseReportId(target) })).content;
    const previous = fromFile ? null : ctx.services().reports.previousOf(report);
    const errors = runChecks(report, { previous }).filter((i) => i.severity === 'error');
    if (errors.length > 0) {
      for (const e of errors) say(ctx.io, `错误\t${e.rule}\t${e.message}`);
      if (!flag(ctx.values.force)) {
        say(
          ctx.io,
          `报告中有 ${errors.length} 个错误，未导出。改正后再导出，或加 --force 仍要导出。`,
        );
        return 1;
      }
    }
    const paths = pathsFor(ctx, report.title);
    if (fromFile) {
      try {
        await exportFile(report, paths, scheme ?? 'official');
      } catch (error) {
        if (error instanceof ExportFileError || error instanceof PdfPrintError) {
          say(ctx.io, error.message);
          return 1;
        }
        throw error;
      }
    } else {
      // Stored reports go through the export use case: same fonts setting, and a snapshot.
      const exports = ctx.services().exports;
      try {
        await exports.exportStored(parseReportId(target), paths, scheme);
      } finally {
        await exports.dispose();
      }
    }
    for (const path of [paths.docxPath, paths.pdfPath]) if (path) printLine(ctx.io, path);
    return 0;
  },
};
