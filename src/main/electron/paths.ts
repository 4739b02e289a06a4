import { join } from 'node:path';
import { app } from 'electron';
import { resolveDataDir } from '../services/data-dir';

/** Folders the Electron app reads from, in development (out/ beside the sources) and packaged. */
export interface AppPaths {
  readonly preload: string;
  readonly rendererDir: string;
  readonly fontsDir: string;
  readonly dataDir: string;
}

export function resolveAppPaths(): AppPaths {
  // The bundle lives in out/main/; electron-vite puts preload and renderer beside it.
  const outDir = join(import.meta.dirname, '..');
  const fontsDir = app.isPackaged
    ? join(process.resourcesPath, 'fonts')
    : join(outDir, '..', 'resources', 'fonts');
  return {
    preload: join(outDir, 'preload', 'index.cjs'),
    rendererDir: join(outDir, 'renderer'),
    fontsDir,
    // The same folder the browser mode and the CLI use (…/nianbao-desk, or NIANBAO_DATA_DIR), so
    // switching modes never "loses" reports. Electron's own userData (named after productName)
    // keeps only Chromium's profile.
    dataDir: resolveDataDir(),
  };
}
