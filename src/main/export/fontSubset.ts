import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { BUNDLED_FACES } from '../../shared/layout/fonts';
import { fontsDir } from './pdf';

/**
 * Chromium spends seconds loading and subsetting the five bundled CJK faces (35 MB) on every
 * print. Subsetting them first to the characters the document uses (HarfBuzz, tens of ms each)
 * and inlining them as data: URLs brings a warm PDF under a second. The faces stay TrueType, so
 * the PDF still embeds them as CID TrueType.
 */

const BUNDLED_FILES: ReadonlySet<string> = new Set(Object.values(BUNDLED_FACES).map((f) => f.file));
/** Characters the print CSS itself draws (page numbers “— 1 —”) or that entities may stand for. */
const ALWAYS =
  '— 0123456789' + String.fromCharCode(...Array.from({ length: 95 }, (_, i) => 32 + i));
const KEEP_MS = 60_000;

const cache = new Map<string, Promise<Buffer>>();
let release: ReturnType<typeof setTimeout> | undefined;

function readBundled(file: string): Promise<Buffer> {
  let font = cache.get(file);
  if (!font) {
    font = readFile(join(fontsDir(), file));
    cache.set(file, font);
    font.catch(() => cache.delete(file));
  }
  // The buffers are large: drop them a minute after the last export.
  if (release) clearTimeout(release);
  release = setTimeout(() => cache.clear(), KEEP_MS);
  release.unref();
  return font;
}

/** The characters a printed document can show: its text without tags, styles and scripts. */
export function documentCharacters(html: string): string {
  const text = html
    .replace(/<style[\s\S]*?<\/style>/gi, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)));
  return [...new Set(text + ALWAYS)].join('');
}

/** Replaces each bundled font URL in the HTML by a data: URL of its subset. */
export async function embedSubsetFonts(html: string): Promise<string> {
  const characters = documentCharacters(html);
  const urls = new Map<string, string>();
  for (const match of html.matchAll(/url\((["']?)([^"')]+)\1\)/g)) {
    const url = match[2]!;
    const file = url.slice(url.lastIndexOf('/') + 1);
    if (BUNDLED_FILES.has(file)) urls.set(url, file);
  }
  const replacements = new Map<string, string>();
  for (const [url, file] of urls) {
    const subset = await subsetFont(await readBundled(file), characters, {
      targetFormat: 'truetype',
    });
    replacements.set(url, `data:font/ttf;base64,${Buffer.from(subset).toString('base64')}`);
  }
  let out = html;
  for (const [url, data] of replacements) out = out.split(url).join(data);
  return out;
}
