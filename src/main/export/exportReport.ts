import type { ReportContent } from '../../shared/model';
import { buildDocTree } from '../../shared/layout/docTree';
import { renderDocx } from '../../shared/layout/docx';
import { renderHtml } from '../../shared/layout/html';
import type { FontScheme } from '../../shared/layout/fonts';
import { writeFileAtomic, writeAndSync } from './files';
import type { TempFileWriter } from './files';
import type { PdfPrinter } from './pdf';
import { embedSubsetFonts } from './fontSubset';

export interface ExportOptions {
  readonly docxPath?: string;
  readonly pdfPath?: string;
  readonly fontScheme: FontScheme;
  /** Needed when pdfPath is given; a warm printer shared by the app, the CLI and the tests. */
  readonly printer?: PdfPrinter;
  /** For tests: replaces the disk write (e.g. a full disk). */
  readonly writer?: TempFileWriter;
}

export interface ExportResult {
  readonly docxPath?: string;
  readonly pdfPath?: string;
  readonly docxBytes?: number;
  readonly pdfBytes?: number;
}

/**
 * Export use case: one document tree, rendered to DOCX and/or PDF in memory first, then each file
 * written atomically (a failure leaves no partial file; an earlier export of the same name stays).
 */
export async function exportReport(
  report: ReportContent,
  options: ExportOptions,
): Promise<ExportResult> {
  const tree = buildDocTree(report);
  const writer = options.writer ?? writeAndSync;
  let docx: Uint8Array | undefined;
  let pdf: Uint8Array | undefined;
  if (options.docxPath) docx = await renderDocx(tree, { fontScheme: options.fontScheme });
  if (options.pdfPath) {
    if (!options.printer) throw new Error('导出 PDF 需要 PDF 打印器（createPdfPrinter）');
    const html = renderHtml(tree, {
      fontScheme: options.fontScheme,
      fontBaseUrl: options.printer.fontBaseUrl,
    });
    pdf = await options.printer.print(await embedSubsetFonts(html, options.fontScheme));
  }
  if (options.docxPath && docx) await writeFileAtomic(options.docxPath, docx, writer);
  if (options.pdfPath && pdf) await writeFileAtomic(options.pdfPath, pdf, writer);
  return {
    ...(options.docxPath ? { docxPath: options.docxPath, docxBytes: docx?.length } : {}),
    ...(options.pdfPath ? { pdfPath: options.pdfPath, pdfBytes: pdf?.length } : {}),
  };
}
