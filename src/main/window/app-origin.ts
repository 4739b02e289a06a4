/**
 * Where the app's own pages live inside Electron: a privileged `app://nianbao/` scheme
 * (standard + secure) rather than file://, so that `'self'` in the CSP means exactly the bundled
 * renderer, module scripts and fonts load, and no other local file is reachable from the page.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'nianbao';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True only for URLs of the app's own pages (used for navigation and IPC sender checks). */
export function isAppUrl(url: string | null | undefined): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}
