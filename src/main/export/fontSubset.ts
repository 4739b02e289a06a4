import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { BUNDLED_FACES, facesFor } from '../../shared/layout/fonts';
import type { FontRole, FontScheme } from '../../shared/layout/fonts';
import { fontsDir } from './pdf';

/**
 * Chromium spends seconds loading and subsetting the five bundled CJK faces (35 MB) on every
 * print. Subsetting them first to the characters the document uses (HarfBuzz, tens of ms each)
 * and inlining them as data: URLs brings a warm PDF under a second. The faces stay TrueType, so
 * the PDF still embeds them as CID TrueType. Each face gets only the characters of the parts
 * printed in it (the title face the title, 黑体 the headings, …): a third of the bytes to decode
 * and embed.
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

function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)));
}

/** The characters a printed document can show: its text without tags, styles and scripts. */
export function documentCharacters(html: string): string {
  return [...new Set(textOf(html.replace(/<style[\s\S]*?<\/style>/gi, '')) + ALWAYS)].join('');
}

/**
 * Which element is set in which role, as the print CSS says (renderHtml): h1 the title, h2 and h3
 * the two heading levels, tables the table face; everything else in the body face.
 */
const ROLE_ELEMENTS: readonly [RegExp, FontRole][] = [
  [/<h1\b[^>]*>[\s\S]*?<\/h1>/gi, 'title'],
  [/<h2\b[^>]*>[\s\S]*?<\/h2>/gi, 'heading1'],
  [/<h3\b[^>]*>[\s\S]*?<\/h3>/gi, 'heading2'],
  [/<table\b[^>]*>[\s\S]*?<\/table>/gi, 'table'],
];

/**
 * The characters each bundled face must hold: the text of the parts printed in it, plus ASCII,
 * digits and the dash for every face (page numbers, and a safe margin: a character missing from a
 * subset would silently fall back to another face).
 */
export function charactersByFace(html: string, scheme: FontScheme): Map<string, string> {
  let rest = html.replace(/<head[\s\S]*?<\/head>/gi, '').replace(/<style[\s\S]*?<\/style>/gi, '');
  const byFile = new Map<string, string>();
  const add = (role: FontRole, text: string) => {
    const file = facesFor(scheme, role).bundled.file;
    byFile.set(file, (byFile.get(file) ?? '') + text);
  };
  for (const [pattern, role] of ROLE_ELEMENTS) {
    rest = rest.replace(pattern, (element) => {
      add(role, textOf(element));
      return '';
    });
  }
  add('body', textOf(rest));
  add('pageNumber', '');
  for (const face of Object.values(BUNDLED_FACES)) {
    byFile.set(face.file, [...new Set((byFile.get(face.file) ?? '') + ALWAYS)].join(''));
  }
  return byFile;
}

/** Replaces each bundled font URL in the HTML by a data: URL of its subset. */
export async function embedSubsetFonts(html: string, scheme: FontScheme): Promise<string> {
  const characters = charactersByFace(html, scheme);
  const urls = new Map<string, string>();
  for (const match of html.matchAll(/url\((["']?)([^"')]+)\1\)/g)) {
    const url = match[2]!;
    const file = url.slice(url.lastIndexOf('/') + 1);
    if (BUNDLED_FILES.has(file)) urls.set(url, file);
  }
  const replacements = new Map<string, string>();
  for (const [url, file] of urls) {
    const subset = await subsetFont(await readBundled(file), characters.get(file) ?? ALWAYS, {
      targetFormat: 'truetype',
    });
    replacements.set(url, `data:font/ttf;base64,${Buffer.from(subset).toString('base64')}`);
  }
  let out = html;
  for (const [url, data] of replacements) out = out.split(url).join(data);
  return out;
}
