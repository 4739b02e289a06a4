import type { SourceLine } from '../../shared/import';

/**
 * Text of an HTML page (or of a Word file converted to HTML): scripts, styles and tags removed,
 * block elements as line breaks, each table row on one line with its cells apart, so the
 * importer sees rows as a reader does.
 */

const ENTITIES: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  middot: '·',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  emsp: ' ',
  ensp: ' ',
  thinsp: ' ',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const cp =
        body[1] === 'x' || body[1] === 'X'
          ? parseInt(body.slice(2), 16)
          : parseInt(body.slice(1), 10);
      return Number.isFinite(cp) && cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : whole;
    }
    return ENTITIES[body.toLowerCase()] ?? whole;
  });
}

export function htmlToLines(html: string): SourceLine[] {
  const text = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|noscript|template|head)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/\s+/g, ' ')
    .replace(/<\/(td|th)\s*>/gi, '\t')
    .replace(
      /<\/?(tr|p|div|br|li|h[1-6]|table|tbody|thead|section|article|blockquote|pre|ul|ol|title)\b[^>]*>/gi,
      '\n',
    )
    .replace(/<[^>]*>/g, '');
  return decodeEntities(text)
    .split('\n')
    .map((l) =>
      l
        .replace(/\t+/g, '    ')
        .replace(/[ \u00a0]{2,}/g, (s) => (s.length >= 2 ? '    ' : ' '))
        .trim(),
    )
    .filter((l) => l !== '')
    .map((t) => ({ text: t }));
}
