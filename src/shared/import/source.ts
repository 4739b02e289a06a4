import { normaliseChars } from '../text/normalise';
import type { SourceLine } from './types';

/**
 * From source lines to clean text: characters normalised, page numbers, running headers and
 * footers, and web-page chrome removed. Pages are kept apart by '\f' until the end so that
 * per-page repetition can be seen.
 */

/** Page-number lines with their decoration (“— 3 —”, “- 3 -”, “第3页”, “3/6”, “第 3 页 共 6 页”). */
const DECORATED_PAGE_NUMBER =
  /^(?:[-—–－~]+\s*\d{1,3}\s*[-—–－~]+|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?|共\s*\d{1,3}\s*页\s*第\s*\d{1,3}\s*页|\d{1,3}\s*\/\s*\d{1,3})$/;

/** Web-page chrome: archive/CMS fields, navigation and buttons around the report body. */
const CHROME =
  /^(?:(?:标题|发布时间|发布日期|成文日期|文号|发文字号|发布机构|发文机关|来源|信息来源|栏目|所属栏目|原文链接|本地目录|索引号|主题分类|浏览次数|访问量|字号|分享到|打印|关闭|打印本页|关闭窗口|扫一扫)\s*[:：]|页面链接|={3,}|[【[]\s*(?:大|打印|关闭)|(?:打印|关闭|返回顶部|收藏|分享)(?:\s*[|｜]?\s*(?:打印|关闭|返回顶部|收藏|分享|本页|窗口))+\s*$|当前位置|您的位置|首页\s*[>›»])/;

export function pagesFromLines(lines: readonly SourceLine[]): string[][] {
  const pages: string[][] = [[]];
  let lastPage = lines[0]?.page;
  for (const line of lines) {
    if (line.page !== undefined && line.page !== lastPage) {
      pages.push([]);
      lastPage = line.page;
    }
    for (const [i, part] of normaliseChars(line.text).split('\f').entries()) {
      if (i > 0) pages.push([]);
      pages[pages.length - 1]!.push(...part.split('\n'));
    }
  }
  return pages;
}

function lastNonEmpty(page: readonly string[]): number {
  for (let i = page.length - 1; i >= 0; i--) if (page[i]!.trim() !== '') return i;
  return -1;
}

function firstNonEmpty(page: readonly string[]): number {
  return page.findIndex((l) => l.trim() !== '');
}

/**
 * A bare number at the end (or start) of each page is a page number when it counts the pages;
 * a lone number elsewhere may be a table cell and is kept.
 */
function dropCountingPageNumbers(pages: string[][], edge: (p: readonly string[]) => number): void {
  if (pages.length < 2) return;
  const found = pages.map((p) => {
    const i = edge(p);
    const m = i >= 0 ? /^\s*(\d{1,3})\s*$/.exec(p[i]!) : null;
    return m ? { i, n: Number(m[1]) } : null;
  });
  const offsets = found.map((f, page) => (f ? f.n - page : null));
  const counted = offsets.filter((o) => o !== null);
  if (counted.length < Math.max(2, Math.ceil(pages.length / 2))) return;
  const offset = counted[0]!;
  if (!counted.every((o) => o === offset)) return;
  found.forEach((f, page) => {
    if (f) pages[page]![f.i] = '';
  });
}

/** Lines at the top or bottom of a page that repeat on most pages (digits ignored). */
function dropRunningLines(pages: string[][]): void {
  if (pages.length < 3) return;
  const shape = (l: string) => l.replace(/\s+/g, '').replace(/\d+/g, '#');
  const edgeLines = (p: readonly string[]) => {
    const nonEmpty = p.map((l, i) => ({ l, i })).filter((x) => x.l.trim() !== '');
    return [...nonEmpty.slice(0, 2), ...nonEmpty.slice(-2)];
  };
  const counts = new Map<string, number>();
  for (const p of pages) {
    for (const s of new Set(edgeLines(p).map((x) => shape(x.l))))
      counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  const threshold = Math.max(3, Math.ceil(pages.length * 0.6));
  for (const p of pages) {
    for (const { l, i } of edgeLines(p)) {
      const s = shape(l);
      // Only text lines: a repeated bare number could be a table cell.
      if (
        (counts.get(s) ?? 0) >= threshold &&
        /[\u4e00-\u9fff A-Za-z]{2}/.test(s) &&
        s.length <= 40
      )
        p[i] = '';
    }
  }
}

export interface CleanText {
  /** Lines of the whole document, pages joined, without page furniture and chrome. */
  readonly lines: string[];
  /** The same as one string with '\n' between lines. */
  readonly text: string;
  /** Text before cleaning (characters normalised), for finding a title in web chrome. */
  readonly rawText: string;
}

export function cleanSource(lines: readonly SourceLine[]): CleanText {
  const pages = pagesFromLines(lines);
  const rawText = pages.map((p) => p.join('\n')).join('\n');
  for (const p of pages) {
    for (let i = 0; i < p.length; i++) if (DECORATED_PAGE_NUMBER.test(p[i]!.trim())) p[i] = '';
  }
  dropCountingPageNumbers(pages, lastNonEmpty);
  dropCountingPageNumbers(pages, firstNonEmpty);
  dropRunningLines(pages);
  const out = pages.flat().filter((l) => !CHROME.test(l.trim()));
  return { lines: out, text: out.join('\n'), rawText };
}

/** Plain text (string input) as source lines. */
export function linesFromText(text: string): SourceLine[] {
  return text.split('\n').map((t) => ({ text: t }));
}
