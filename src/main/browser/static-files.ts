import { realpathSync, statSync } from 'node:fs';
import { extname, isAbsolute, relative, resolve } from 'node:path';

/** Content types of everything the built renderer and the bundled fonts contain. */
export const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.ttc': 'font/collection',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticRoots {
  /** The built renderer (out/renderer): `/` serves its index.html. */
  readonly rendererDir: string;
  /** Bundled fonts (resources/fonts), served under `/fonts/`. */
  readonly fontsDir: string;
}

export interface StaticFile {
  readonly path: string;
  readonly contentType: string;
}

const FONTS_PREFIX = '/fonts/';

function isInside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

function safeDecode(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

/**
 * Maps a URL path to a file inside one of the roots, or null. Refuses `..` segments, encoded
 * separators, NUL bytes, hidden files and symlinks leading out of the root, so a request can
 * never read a file outside the renderer or font folders.
 */
export function resolveStaticFile(roots: StaticRoots, urlPathname: string): StaticFile | null {
  const decoded = safeDecode(urlPathname);
  if (decoded === null || !decoded.startsWith('/') || decoded.includes('\0')) return null;
  if (decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '..' || segment.startsWith('.'))) return null;

  const inFonts = decoded.startsWith(FONTS_PREFIX);
  const root = resolve(inFonts ? roots.fontsDir : roots.rendererDir);
  const relativeSegments = inFonts ? segments.slice(1) : segments;
  if (relativeSegments.length === 0) {
    if (inFonts) return null;
    relativeSegments.push('index.html');
  }
  const candidate = resolve(root, ...relativeSegments);
  if (!isInside(root, candidate)) return null;

  try {
    const realRoot = realpathSync(root);
    const realFile = realpathSync(candidate);
    if (!isInside(realRoot, realFile) || !statSync(realFile).isFile()) return null;
    const contentType = MIME_TYPES[extname(realFile).toLowerCase()] ?? 'application/octet-stream';
    return { path: realFile, contentType };
  } catch {
    return null;
  }
}
