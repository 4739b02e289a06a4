import { ideographForRadical } from './radicals';

/**
 * Character-level clean-up of text taken from PDFs, web pages and Word: what the reader sees is
 * what the app stores. Chinese punctuation （，。：；“”、） is kept as written — it is part of
 * the official text; only look-alike code points and invisible characters change.
 */

const ZERO_WIDTH = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad]);
const SPACE_LIKE = new Set([0x00a0, 0x3000, 0x202f, 0x205f, 0x1680]);

function mapCodePoint(cp: number, ch: string): string {
  const radical = ideographForRadical(cp);
  if (radical !== undefined) return radical;
  if (ZERO_WIDTH.has(cp)) return '';
  if (SPACE_LIKE.has(cp) || (cp >= 0x2000 && cp <= 0x200a)) return ' ';
  // Full-width digits and Latin letters → ASCII (０ U+FF10 … ｚ U+FF5A).
  if (
    (cp >= 0xff10 && cp <= 0xff19) ||
    (cp >= 0xff21 && cp <= 0xff3a) ||
    (cp >= 0xff41 && cp <= 0xff5a)
  ) {
    return String.fromCodePoint(cp - 0xfee0);
  }
  // CJK Compatibility Ideographs are canonical duplicates of unified ones (NFC maps them).
  if (cp >= 0xf900 && cp <= 0xfaff) return ch.normalize('NFC');
  if (cp === 0x2028 || cp === 0x2029 || cp === 0x85) return '\n';
  return ch;
}

/** Maps radical look-alikes, full-width alphanumerics, odd spaces and zero-width characters. */
export function normaliseChars(text: string): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    out += cp < 0x80 ? ch : mapCodePoint(cp, ch);
  }
  return out.replace(/\r\n?/g, '\n');
}

/** Characters that end a paragraph when they end a line (not “）”: wrapped citations end lines too). */
const PARAGRAPH_END = /[。！？：；!?;:”’」』】…]$/;

/** Starts of lines that open a new heading or numbered item. */
const ITEM_START =
  /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[.．、](?!\d)|第[一二三四五六七八九十百\d]+[条章节部分]|[①-⑳])/;

/** A line that is only a page number: “— 3 —”, “- 3 -”, “第3页”, “第3页 共6页”, “3/6”, “3”. */
const PAGE_NUMBER =
  /^(?:[-—–－~\s]*\d{1,4}[-—–－~\s]*|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|(?:共\s*\d{1,4}\s*页\s*)?第\s*\d{1,4}\s*页)$/;

export function isPageNumberLine(line: string): boolean {
  const t = line.trim();
  return t !== '' && PAGE_NUMBER.test(t);
}

export function startsNewItem(line: string): boolean {
  return ITEM_START.test(line.trim());
}

/** A short line starting with an item marker and no sentence punctuation reads as a heading. */
function looksLikeHeading(line: string): boolean {
  return startsNewItem(line) && line.length <= 30 && !/[，。；]/.test(line.slice(0, -1));
}

/** Text split into non-empty trimmed paragraphs (one per line). */
export function splitParagraphs(text: string): string[] {
  return text
    .split('\n')
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * Joins lines hard-wrapped inside a paragraph. A line ends its paragraph when it ends with
 * closing punctuation, is a heading, is clearly shorter than a full wrapped line (the last line
 * of a paragraph), or when the next line opens a heading or numbered item. A short line inside
 * a 《》 title still open is no paragraph end: PDFs wrap titles early (“根据\n《中华人民共和国政府
 * \n信息公开条例》”), and a title cut in two reads as a wrong name. Chinese needs no space at a
 * join; a space is kept only between two Latin/digit characters.
 */
export function joinWrappedLines(lines: readonly string[]): string[] {
  const trimmed = lines.map((l) => l.trim()).filter((l) => l !== '');
  // Width of a full line: lines of a wrapped paragraph share it, so the long lines tell it.
  const fullWidth = median(trimmed.filter((l) => l.length >= 15).map((l) => l.length));
  const paragraphs: string[] = [];
  let current = '';
  for (let i = 0; i < trimmed.length; i++) {
    const line = trimmed[i] ?? '';
    const next = trimmed[i + 1];
    current = current === '' ? line : joinTwo(current, line);
    const ends =
      next === undefined ||
      PARAGRAPH_END.test(line) ||
      looksLikeHeading(line) ||
      startsNewItem(next) ||
      (fullWidth > 0 && line.length < fullWidth * 0.75 && !insideTitle(current));
    if (ends) {
      paragraphs.push(current);
      current = '';
    }
  }
  return paragraphs;
}

/** True when the text opens a 《 it has not closed. */
function insideTitle(text: string): boolean {
  return text.lastIndexOf('《') > text.lastIndexOf('》');
}

function joinTwo(a: string, b: string): string {
  return /[A-Za-z0-9]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b;
}

/**
 * What the editor stores when text is pasted: characters normalised, page-number lines
 * dropped, wrapped lines re-joined; paragraphs separated by '\n'.
 */
export function normalisePastedText(text: string): string {
  const lines = normaliseChars(text)
    .split('\n')
    .filter((l) => !isPageNumberLine(l));
  return joinWrappedLines(lines).join('\n');
}
