import type { Session, WebContents, WebPreferences } from 'electron';
import { isAppUrl } from './app-origin';

/**
 * Web preferences of every app window. Kept as a plain constant (no Electron import) so a unit
 * test can assert them; the preload path is added when the window is created.
 */
export const WINDOW_WEB_PREFERENCES = Object.freeze({
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
  spellcheck: false,
  // Middle-click on a link would try to open a window (denied anyway); don't even fire it.
  disableBlinkFeatures: 'Auxclick',
} as const satisfies WebPreferences);

/** Outgoing network requests an offline app never needs; cancelled even if the CSP let one through. */
export const BLOCKED_REQUEST_URLS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'];

/**
 * Locks a window's contents to the app's own pages: no new windows, no navigation or redirect
 * away from app://, no <webview>.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** The page never gets camera, notifications, geolocation… nor any network access. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest({ urls: BLOCKED_REQUEST_URLS }, (_details, callback) =>
    callback({ cancel: true }),
  );
}
