import { app, dialog, session, shell } from 'electron';
import type { BrowserWindow } from 'electron';
import { registerIpcHandlers } from './ipc/register';
import { chooseFolder } from './electron/dialogs';
import { resolveAppPaths } from './electron/paths';
import { createElectronPdfPrinter } from './electron/pdf-printer';
import { createServices } from './services';
import { APP_ORIGIN } from './window/app-origin';
import { registerAppScheme, serveAppProtocol } from './window/app-protocol';
import { createMainWindow, focusWindow } from './window/main-window';
import { hardenSession, hardenWebContents } from './window/security';

/**
 * Electron entry: one instance, one hardened window, services bound to IPC through the one
 * dispatch wrapper. The services are plain Node modules; this file only wires them to Electron.
 */
type Services = ReturnType<typeof createServices>;

app.enableSandbox();
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  // A second launch only focuses the first one (see 'second-instance'); two writers on one
  // database file would be the worst way to lose work.
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;
  let services: Services | null = null;
  let unregisterIpc: (() => void) | null = null;
  let stopBackupTimer: (() => void) | null = null;

  app.on('second-instance', () => focusWindow(mainWindow));
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    stopBackupTimer?.();
    unregisterIpc?.();
    services?.close();
    services = null;
  });

  app
    .whenReady()
    .then(() => {
      const paths = resolveAppPaths();
      hardenSession(session.defaultSession);
      serveAppProtocol({ rendererDir: paths.rendererDir, fontsDir: paths.fontsDir });
      services = createServices({
        dataDir: paths.dataDir,
        transport: 'electron',
        // A better-sqlite3 build for Electron's ABI, prepared by `npm start` (scripts/start.mjs).
        nativeBinding: process.env.NIANBAO_SQLITE_BINDING || undefined,
        // Export folders come only from the native dialog (or the app's exports folder).
        exportHooks: {
          chooseExportDir: chooseFolder,
          revealPath: (path) => shell.showItemInFolder(path),
          createPrinter: createElectronPdfPrinter,
          fontBaseUrl: `${APP_ORIGIN}/fonts/`,
        },
      });
      // Daily backup while the app stays open (one is also made on opening when due).
      stopBackupTimer = services.backups.startDailyTimer();
      unregisterIpc = registerIpcHandlers(services.handlers);
      mainWindow = createMainWindow(paths.preload);
      mainWindow.on('closed', () => {
        mainWindow = null;
        // The hidden PDF window must not keep the app alive once the clerk closed the main one.
        app.quit();
      });
    })
    .catch((error: unknown) => {
      console.error('[main] 启动失败', error);
      dialog.showErrorBox(
        '年报编制助手无法启动',
        `启动时出错：${error instanceof Error ? error.message : String(error)}。请重新启动本程序；如仍无法启动，请联系技术支持。`,
      );
      app.exit(1);
    });
}
