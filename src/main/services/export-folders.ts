import { existsSync, mkdirSync, realpathSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { SettingsRepository } from '../db';

/**
 * The folders exports may be written to and revealed from: the app's own exports folder and the
 * last folder the clerk picked in a native dialog. A path the page sends is accepted only inside
 * one of them, so a compromised page cannot write or open anything else.
 */

export const EXPORTS_FOLDER_NAME = 'exports';
/**
 * Settings key of the folder last chosen in the native dialog. Kept apart from the public
 * `lastExportDir` setting, which the page itself may change through settings:update.
 */
export const DIALOG_DIR_KEY = 'export.dialogDir';

export function exportsDir(dataDir: string): string {
  return join(dataDir, EXPORTS_FOLDER_NAME);
}

export function ensureExportsDir(dataDir: string): string {
  const dir = exportsDir(dataDir);
  mkdirSync(dir, { recursive: true });
  return dir;
}

export function dialogDir(settings: SettingsRepository): string | null {
  const value = settings.readAll()[DIALOG_DIR_KEY];
  return typeof value === 'string' && isAbsolute(value) ? value : null;
}

export function rememberDialogDir(settings: SettingsRepository, dir: string): void {
  settings.put(DIALOG_DIR_KEY, resolve(dir));
}

function real(path: string): string | null {
  try {
    return realpathSync(path);
  } catch {
    return null;
  }
}

function isSameOrInside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * The real path of `path` when it exists and lies in one of `roots` (symlinks resolved on both
 * sides, so a link inside a root cannot lead out of it), else null.
 */
export function insideAllowedFolders(
  path: string,
  roots: readonly (string | null)[],
): string | null {
  if (!isAbsolute(path) || path.includes('\0')) return null;
  const target = real(path);
  if (!target) return null;
  for (const root of roots) {
    if (!root || !existsSync(root)) continue;
    const realRoot = real(root);
    if (realRoot && isSameOrInside(realRoot, target)) return target;
  }
  return null;
}
