import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Repositories } from '../db';
import { ExportFileError } from '../export/files';
import { PdfPrintError } from '../export/errors';
import type { PdfPrinter } from '../export/pdf';
import { AppError } from '../../shared/ipc';
import type { ExportFormat, ExportedFile, Handlers } from '../../shared/ipc';
import { buildDocTree } from '../../shared/layout/docTree';
import { renderHtml } from '../../shared/layout/html';
import { exportFileName } from '../../shared/layout/fileName';
import type { FontScheme } from '../../shared/layout/fonts';
import type { ReportContent } from '../../shared/model';
import type { CheckIssue } from '../../shared/checks/types';
import type { ChecksEngine } from './checks-engine';
import {
  dialogDir,
  ensureExportsDir,
  exportsDir,
  insideAllowedFolders,
  rememberDialogDir,
} from './export-folders';
import type { Clock } from './clock';
import { isoNow } from './clock';
import type { ReportService } from './reports';
import { readSettings } from './settings';

export type ExportHandlers = Pick<Handlers, 'export:preview' | 'export:report' | 'export:reveal'>;

/** What the host (Electron main, browser server, CLI, tests) lends the export use cases. */
export interface ExportHooks {
  /**
   * Electron: a native folder dialog starting at `defaultDir`; null when the clerk cancels.
   * Without it (browser mode, CLI) files go to `<数据目录>/exports`.
   */
  chooseExportDir?: (defaultDir: string) => Promise<string | null>;
  /** Electron: shell.showItemInFolder. Without it export:reveal only returns the folder. */
  revealPath?: (path: string) => void;
  /** The PDF printer, made once on first use; default Chromium through Playwright. */
  createPrinter?: () => Promise<PdfPrinter>;
  /**
   * Where the preview page finds the bundled fonts, ending with “/”: `app://nianbao/fonts/` in
   * Electron, `/fonts/` (or the server's absolute address, once its port is known) in browser
   * mode. A function is read at each preview.
   */
  fontBaseUrl?: string | (() => string);
}

export interface ExportServiceDeps {
  /** The open database's repositories and report service (replaced when a backup is restored). */
  current: () => { repos: Repositories; reports: ReportService };
  clock: Clock;
  checks: ChecksEngine;
  dataDir: string;
  hooks: ExportHooks;
}

export interface ExportPaths {
  docxPath?: string;
  pdfPath?: string;
}

export const EXPORT_MESSAGES = {
  hasErrors: (count: number) =>
    `报告中还有 ${count} 个错误，未导出。请先在“检查”页改正；如确需导出供内部审阅，请勾选“仍要导出”后再试。`,
  folderNotAllowed:
    '不能保存到该文件夹：只能保存到本软件的导出文件夹，或您在“选择文件夹”对话框中选定的文件夹。请重新选择保存位置。',
  revealNotAllowed:
    '不能打开该位置：只能打开本软件导出的文件所在的文件夹。请在导出结果中点击“打开所在文件夹”。',
  printFailed: (why: string) => `生成 PDF 失败：${why}。Word 文件不受影响，请重试。`,
} as const;

function toAppError(error: unknown): unknown {
  if (error instanceof ExportFileError) {
    return new AppError('EXPORT', error.message, { path: error.path, code: error.code });
  }
  if (error instanceof PdfPrintError) return new AppError('EXPORT', error.message);
  return error;
}

function fontBaseUrlOf(hooks: ExportHooks): string {
  const value = hooks.fontBaseUrl;
  if (typeof value === 'function') return value();
  return value ?? '/fonts/';
}

export function createExportService(deps: ExportServiceDeps) {
  const { checks, hooks } = deps;
  const repos = () => deps.current().repos;
  const reports = () => deps.current().reports;
  let printer: Promise<PdfPrinter> | null = null;

  /** One Chromium per services instance, started on the first PDF (it takes a second or two). */
  function pdfPrinter(): Promise<PdfPrinter> {
    if (!printer) {
      // Loaded on first use: playwright-core and docx cost ~80 MB of memory at start-up.
      const made = hooks.createPrinter
        ? hooks.createPrinter()
        : import('../export/pdf').then((m) => m.createPdfPrinter());
      printer = made;
      // A failed start is not cached: the next export tries again (e.g. after installing Chromium).
      made.catch(() => {
        if (printer === made) printer = null;
      });
    }
    return printer;
  }

  const fontScheme = (): FontScheme => readSettings(repos().settings).fontScheme;

  function errorsOf(content: ReportContent): CheckIssue[] {
    const issues = checks.runChecks(content, { previous: reports().previousOf(content) });
    return issues.filter((i) => i.severity === 'error');
  }

  /** Renders and writes the files atomically; the report content is exported as given. */
  async function writeFiles(
    content: ReportContent,
    paths: ExportPaths,
    scheme: FontScheme = fontScheme(),
  ): Promise<void> {
    try {
      const { exportReport } = await import('../export/exportReport');
      await exportReport(content, {
        ...paths,
        fontScheme: scheme,
        ...(paths.pdfPath ? { printer: await pdfPrinter() } : {}),
      });
    } catch (error) {
      throw toAppError(error);
    }
  }

  /**
   * Exports a stored report to the given paths (the caller chose them: CLI arguments or a
   * vetted folder) and snapshots the content exported, so the files can be reproduced. The
   * fonts follow the settings unless `scheme` is given.
   */
  async function exportStored(
    id: number,
    paths: ExportPaths,
    scheme?: FontScheme,
  ): Promise<{ content: ReportContent; snapshotId: number }> {
    const { content, revision } = await reports().handlers['reports:open']({ id });
    await writeFiles(content, paths, scheme);
    // The content exported, not the report as it is now: the clerk may have typed on meanwhile.
    const snapshot = repos().revisions.insert(id, revision, 'export', content, isoNow(deps.clock));
    return { content, snapshotId: snapshot.id };
  }

  /** The folder of this export: a vetted `targetDir`, the native dialog, or the exports folder. */
  async function targetFolder(targetDir: string | undefined): Promise<string | null> {
    const own = ensureExportsDir(deps.dataDir);
    const chosen = dialogDir(repos().settings);
    if (targetDir !== undefined) {
      const folder = insideAllowedFolders(targetDir, [own, chosen]);
      if (!folder) throw new AppError('FORBIDDEN', EXPORT_MESSAGES.folderNotAllowed);
      return folder;
    }
    if (!hooks.chooseExportDir) return own;
    const picked = await hooks.chooseExportDir(chosen ?? own);
    if (picked === null) return null;
    rememberDialogDir(repos().settings, picked);
    return picked;
  }

  const handlers: ExportHandlers = {
    'export:preview': async ({ id }) => {
      const { content } = await reports().handlers['reports:open']({ id });
      const scheme = fontScheme();
      const html = renderHtml(buildDocTree(content), {
        fontScheme: scheme,
        fontBaseUrl: fontBaseUrlOf(hooks),
      });
      // The same subset faces as the PDF: the preview frame need not load 35 MB of fonts.
      const { embedSubsetFonts } = await import('../export/fontSubset');
      return { html: await embedSubsetFonts(html, scheme) };
    },

    'export:report': async ({ id, formats, confirmErrors, targetDir, inline }) => {
      const { content } = await reports().handlers['reports:open']({ id });
      const errors = errorsOf(content);
      if (errors.length > 0 && !confirmErrors) {
        throw new AppError('VALIDATION', EXPORT_MESSAGES.hasErrors(errors.length), { errors });
      }
      const folder = await targetFolder(targetDir);
      if (folder === null) return { canceled: true, files: [], snapshotId: null };
      const wanted = [...new Set(formats)] as ExportFormat[];
      const pathOf = (format: ExportFormat) => join(folder, exportFileName(content.title, format));
      const { snapshotId } = await exportStored(id, {
        ...(wanted.includes('docx') ? { docxPath: pathOf('docx') } : {}),
        ...(wanted.includes('pdf') ? { pdfPath: pathOf('pdf') } : {}),
      });
      repos().settings.put('lastExportDir', folder);
      const files: ExportedFile[] = [];
      for (const format of wanted) {
        const path = pathOf(format);
        const bytes = await readFile(path);
        files.push({
          format,
          path,
          fileName: basename(path),
          bytes: bytes.length,
          ...(inline ? { dataBase64: bytes.toString('base64') } : {}),
        });
      }
      return { canceled: false, files, snapshotId };
    },

    'export:reveal': ({ path }) => {
      const file = insideAllowedFolders(path, [
        exportsDir(deps.dataDir),
        dialogDir(repos().settings),
      ]);
      if (!file) throw new AppError('FORBIDDEN', EXPORT_MESSAGES.revealNotAllowed);
      const folder = statSync(file).isDirectory() ? file : dirname(file);
      if (hooks.revealPath) {
        hooks.revealPath(file);
        return { shown: true, folder };
      }
      return { shown: false, folder };
    },
  };

  return {
    handlers,
    exportStored,
    writeFiles,
    /** Closes the PDF printer's Chromium, if one was started. */
    async dispose(): Promise<void> {
      const current = printer;
      printer = null;
      if (!current) return;
      try {
        await (await current).close();
      } catch {
        // A printer that never started has nothing to close.
      }
    },
  };
}

export type ExportService = ReturnType<typeof createExportService>;
