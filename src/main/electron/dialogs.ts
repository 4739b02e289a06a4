import { join } from 'node:path';
import { BrowserWindow, dialog } from 'electron';
import type { FileFilter } from 'electron';

/**
 * File paths reach the services only from these native dialogs (or the app's own folders),
 * never typed or sent by the page. Both return null when the clerk cancels.
 */
function parentWindow(): BrowserWindow | undefined {
  return BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
}

export async function chooseSavePath(
  defaultName: string,
  filters: FileFilter[],
  defaultDir?: string,
): Promise<string | null> {
  const parent = parentWindow();
  const options = {
    title: '保存文件',
    defaultPath: defaultDir ? join(defaultDir, defaultName) : defaultName,
    filters,
    properties: ['createDirectory', 'showOverwriteConfirmation'] as Array<
      'createDirectory' | 'showOverwriteConfirmation'
    >,
  };
  const result = parent
    ? await dialog.showSaveDialog(parent, options)
    : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

export async function chooseOpenFile(filters: FileFilter[]): Promise<string | null> {
  const parent = parentWindow();
  const options = { title: '选择文件', filters, properties: ['openFile'] as Array<'openFile'> };
  const result = parent
    ? await dialog.showOpenDialog(parent, options)
    : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/** A folder for exports, starting at `defaultDir` (the last one chosen or the exports folder). */
export async function chooseFolder(defaultDir: string): Promise<string | null> {
  const parent = parentWindow();
  const options = {
    title: '选择保存位置',
    defaultPath: defaultDir,
    buttonLabel: '保存到此文件夹',
    properties: ['openDirectory', 'createDirectory'] as Array<'openDirectory' | 'createDirectory'>,
  };
  const result = parent
    ? await dialog.showOpenDialog(parent, options)
    : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}
