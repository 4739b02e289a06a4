import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './app-origin';
import { WINDOW_WEB_PREFERENCES } from './security';

export const APP_TITLE = '年报编制助手';

/** The single app window, showing the renderer from app:// once it has painted (no white flash). */
export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    title: APP_TITLE,
    width: 1280,
    height: 860,
    minWidth: 960,
    minHeight: 640,
    show: false,
    autoHideMenuBar: true,
    webPreferences: { ...WINDOW_WEB_PREFERENCES, preload: preloadPath },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

/** Brings the existing window forward when the clerk starts the app a second time. */
export function focusWindow(window: BrowserWindow | null): void {
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
