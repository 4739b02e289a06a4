import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { PRINT_TO_PDF_OPTIONS } from '../../shared/layout/page';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';
import { PdfPrintError } from './errors';
import { createSerialQueue } from './serialQueue';

export { PdfPrintError };

/**
 * PDF through Chromium (Playwright) for the CLI, the browser mode and the tests. The Electron app
 * prints the same HTML with webContents.printToPDF and the same PRINT_TO_PDF_OPTIONS.
 */

export { CHROMIUM_ARGS, chromiumPath };

/** The folder of the bundled fonts (resources/fonts), from the repo root or NIANBAO_FONTS. */
export function fontsDir(): string {
  return (
    process.env.NIANBAO_FONTS ||
    resolve(import.meta.dirname, '..', '..', '..', 'resources', 'fonts')
  );
}

export interface PdfPrinter {
  /** Pass this as renderHtml's fontBaseUrl so the printed page finds the bundled fonts. */
  readonly fontBaseUrl: string;
  print(html: string): Promise<Uint8Array>;
  close(): Promise<void>;
}

/**
 * A printer keeping one Chromium and one tab open, so the bundled fonts stay in the tab's memory
 * cache between exports. The HTML is loaded from a temporary file: a file:// page may use the
 * file:// fonts, and nothing else is allowed to load (the app is offline).
 */
export async function createPdfPrinter(
  options: { executablePath?: string } = {},
): Promise<PdfPrinter> {
  const executablePath = options.executablePath ?? chromiumPath();
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
  } catch (error) {
    throw new PdfPrintError(
      `无法启动用于生成 PDF 的 Chromium 浏览器（${executablePath}）：${(error as Error).message.split('\n')[0]}。请安装 Chromium，或用环境变量 NIANBAO_CHROMIUM 指定其路径。`,
    );
  }
  const page = await browser.newPage();
  await page.route(/^(?!file:)/, (route) => route.abort());
  const workDir = await mkdtemp(join(tmpdir(), 'nianbao-print-'));
  const documentPath = join(workDir, 'document.html');
  // One tab: prints run one after another.
  const queue = createSerialQueue();

  const printNow = async (html: string): Promise<Uint8Array> => {
    await writeFile(documentPath, html, 'utf8');
    await page.goto(pathToFileURL(documentPath).href, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const pdf = await page.pdf({ ...PRINT_TO_PDF_OPTIONS });
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  };

  return {
    fontBaseUrl: `${pathToFileURL(fontsDir()).href}/`,
    print(html: string): Promise<Uint8Array> {
      return queue.run(() => printNow(html));
    },
    async close(): Promise<void> {
      await queue.idle();
      await browser.close();
      await rm(workDir, { recursive: true, force: true });
    },
  };
}

/** One-off print (starts and closes a browser); prefer a shared printer for repeated exports. */
export async function printPdf(html: string): Promise<Uint8Array> {
  const printer = await createPdfPrinter();
  try {
    return await printer.print(html);
  } finally {
    await printer.close();
  }
}
