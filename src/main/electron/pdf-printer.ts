import { BrowserWindow } from 'electron';
import type { PdfPrinter } from '../export/pdf';
import { createSerialQueue } from '../export/serialQueue';
import { PRINT_TO_PDF_OPTIONS } from '../../shared/layout/page';
import { APP_ORIGIN } from '../window/app-origin';
import { publishPrintDocument } from '../window/app-protocol';
import { WINDOW_WEB_PREFERENCES } from '../window/security';

/**
 * The app's PDF printer: the same print HTML as the preview, printed by Electron's own Chromium
 * (webContents.printToPDF) in a hidden, sandboxed window without preload — no separate browser
 * needed on the clerk's PC. One window, prints queued one after another.
 */
export async function createElectronPdfPrinter(): Promise<PdfPrinter> {
  const window = new BrowserWindow({
    show: false,
    webPreferences: { ...WINDOW_WEB_PREFERENCES },
  });
  const queue = createSerialQueue();

  const printNow = async (html: string): Promise<Uint8Array> => {
    const document = publishPrintDocument(html);
    try {
      await window.webContents.loadURL(document.url);
      // Fonts load lazily; printing before they arrive would embed fallbacks.
      await window.webContents.executeJavaScript('document.fonts.ready.then(() => true)');
      const pdf = await window.webContents.printToPDF({ ...PRINT_TO_PDF_OPTIONS });
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } finally {
      document.release();
    }
  };

  return {
    fontBaseUrl: `${APP_ORIGIN}/fonts/`,
    print(html: string): Promise<Uint8Array> {
      return queue.run(() => printNow(html));
    },
    async close(): Promise<void> {
      await queue.idle();
      if (!window.isDestroyed()) window.destroy();
    },
  };
}
