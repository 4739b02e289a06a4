import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { resolveStaticFile } from '../browser/static-files';
import type { StaticRoots } from '../browser/static-files';
import { APP_SCHEME, isAppUrl } from './app-origin';

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
    const file = resolveStaticFile(roots, new URL(request.url).pathname);
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
