import { homedir } from 'node:os';
import { join, posix, win32 } from 'node:path';

export const APP_FOLDER_NAME = 'nianbao-desk';
export const DATA_DIR_ENV = 'NIANBAO_DATA_DIR';
export const DATABASE_FILE_NAME = 'nianbao.sqlite3';

export interface DataDirSources {
  /** A folder the user named for this run (CLI `--data-dir`); wins over everything. */
  explicit?: string | null;
  /** The platform's user-data folder as Electron knows it (app.getPath('userData')). */
  userData?: string | null;
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  home?: string;
}

/**
 * Where the app keeps its database: an explicit folder, else `NIANBAO_DATA_DIR` (tests, portable
 * installs), else the user-data folder — computed here without Electron so the CLI, the browser
 * mode and the tests agree with the app.
 */
export function resolveDataDir(sources: DataDirSources = {}): string {
  if (sources.explicit?.trim()) return sources.explicit.trim();
  const env = sources.env ?? process.env;
  const fromEnv = env[DATA_DIR_ENV]?.trim();
  if (fromEnv) return fromEnv;
  if (sources.userData) return sources.userData;
  const platform = sources.platform ?? process.platform;
  const home = sources.home ?? homedir();
  if (platform === 'win32') {
    const appData = env.APPDATA?.trim() || win32.join(home, 'AppData', 'Roaming');
    return win32.join(appData, APP_FOLDER_NAME);
  }
  if (platform === 'darwin') {
    return posix.join(home, 'Library', 'Application Support', APP_FOLDER_NAME);
  }
  return posix.join(env.XDG_CONFIG_HOME?.trim() || posix.join(home, '.config'), APP_FOLDER_NAME);
}

export function databaseFile(dataDir: string): string {
  return join(dataDir, DATABASE_FILE_NAME);
}
