import { ImportError, importReportFromText } from '../../shared/import';
import type { ImportResult, SourceDocument, SourceLine } from '../../shared/import';
import { htmlToLines } from './html';
import { readPdfLines } from './pdf';

/** Files a clerk can import a published report from: text, web page, Word, PDF. */

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

function extensionOf(fileName: string): string {
  const m = /\.([a-z0-9]+)$/i.exec(fileName.trim());
  return m ? m[1]!.toLowerCase() : '';
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/** UTF-8 when valid, else GB18030 (what Chinese Windows tools write as “ANSI”). */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('gb18030').decode(bytes);
  }
  return text.replace(/^\uFEFF/, '');
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > sample.length * 0.05;
}

const linesOf = (text: string): SourceLine[] => text.split(/\r?\n|\r/).map((t) => ({ text: t }));

async function readDocx(bytes: Uint8Array): Promise<SourceLine[]> {
  const mammoth = await import('mammoth');
  const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  return htmlToLines(value);
}

export async function readImportFile(bytes: Uint8Array, fileName: string): Promise<SourceDocument> {
  if (bytes.length === 0)
    throw new ImportError(`文件“${fileName}”是空的，请选择已发布的年度报告文件。`);
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new ImportError(`文件“${fileName}”超过 20 MB，不像一份年度报告，请确认所选文件。`);
  }
  const ext = extensionOf(fileName);
  const isPdf = startsWith(bytes, [0x25, 0x50, 0x44, 0x46]); // %PDF
  const isZip = startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]);
  if (ext === 'pdf' || isPdf) {
    if (!isPdf)
      throw new ImportError(`文件“${fileName}”不是有效的 PDF 文件，请重新导出或换用其他格式。`);
    let lines: SourceLine[];
    try {
      lines = await readPdfLines(bytes);
    } catch {
      throw new ImportError(
        `无法读取 PDF 文件“${fileName}”：文件可能已损坏或被加密，请换用未加密的文件。`,
      );
    }
    if (!lines.some((l) => /[\u2e80-\u9fff]/.test(l.text))) {
      throw new ImportError(
        `PDF 文件“${fileName}”没有文字层（可能是扫描件或图片），无法读取其中的文字。请找到可复制文字的 PDF、Word 或网页版本。`,
      );
    }
    return { lines, kind: 'pdf' };
  }
  if (ext === 'docx' || (isZip && ext !== 'txt')) {
    if (!isZip) throw new ImportError(`文件“${fileName}”不是有效的 Word（.docx）文件。`);
    try {
      return { lines: await readDocx(bytes), kind: 'docx' };
    } catch {
      throw new ImportError(
        `无法读取 Word 文件“${fileName}”：文件可能已损坏，请用 Word 或 WPS 另存为 .docx 后重试。`,
      );
    }
  }
  if (ext === 'doc' || ext === 'wps') {
    throw new ImportError(
      `不支持旧版 Word 文件“${fileName}”，请用 Word 或 WPS 另存为 .docx 后再导入。`,
    );
  }
  if (looksBinary(bytes)) {
    throw new ImportError(
      `无法识别文件“${fileName}”的格式。支持的格式：PDF、Word（.docx）、网页（.html）和文本（.txt）。`,
    );
  }
  const text = decodeText(bytes);
  if (ext === 'html' || ext === 'htm' || /^\s*<(!doctype html|html|head|body)\b/i.test(text)) {
    return { lines: htmlToLines(text), kind: 'html' };
  }
  return { lines: linesOf(text), kind: 'txt' };
}

/** Read a file and import the report in it. */
export async function importFile(bytes: Uint8Array, fileName: string): Promise<ImportResult> {
  const doc = await readImportFile(bytes, fileName);
  return importReportFromText({ lines: doc.lines });
}
