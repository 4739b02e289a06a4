import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { resolveStaticFile } from '../browser/static-files';
import type { StaticRoots } from '../browser/static-files';
import { APP_ORIGIN, APP_SCHEME, isAppUrl } from './app-origin';

const PRINT_PREFIX = '/print/';
/** Documents being printed to PDF, served from memory under app://nianbao/print/<id>.html. */
const printDocuments = new Map<string, string>();

/**
 * Makes an HTML document loadable at an app:// address for the time of one print, so it shares
 * the app's origin and loads the bundled fonts from app://nianbao/fonts/ like the preview does.
 */
export function publishPrintDocument(html: string): { url: string; release(): void } {
  const path = `${PRINT_PREFIX}${randomUUID()}.html`;
  printDocuments.set(path, html);
  return { url: `${APP_ORIGIN}${path}`, release: () => printDocuments.delete(path) };
}

/**
 * Must run before `app` is ready. `standard` gives app:// a real origin (so `'self'` and module
 * scripts work); `secure` makes it a secure context like https.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer and the bundled fonts under app://nianbao/, nothing else. */
export function serveAppProtocol(roots: StaticRoots): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (!isAppUrl(request.url) || request.method !== 'GET') {
      return new Response(null, { status: 403 });
    }
    const pathname = new URL(request.url).pathname;
    const printDocument = printDocuments.get(pathname);
    if (printDocument !== undefined) {
      return new Response(printDocument, {
        headers: {
          'content-type': 'text/html; charset=utf-8',
          'content-security-policy': CONTENT_SECURITY_POLICY,
          'x-content-type-options': 'nosniff',
        },
      });
    }
    const file = resolveStaticFile(roots, pathname);
    if (!file) return new Response(null, { status: 404 });
    const body = await readFile(file.path);
    return new Response(body, {
      headers: {
        'content-type': file.contentType,
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
      },
    });
  });
}
