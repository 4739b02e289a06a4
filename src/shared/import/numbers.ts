/**
 * Numeric tokens of a table region and the ways a run of digits can be cut into cells.
 * Web pages and some converters print cells with no separator (“801000081” is 80/1/0/0/0/0/81);
 * the cut is then chosen by the table's own arithmetic, never by guessing alone.
 */

export interface NumberToken {
  /** As printed, thousands separators removed: `3119`, `96171.6`, `801000081`. */
  readonly raw: string;
  /** Index of the source line the token came from (tokens on one line share it). */
  readonly line: number;
}

/** Item markers in front of a label (“1.属于…”, “2、申请人…”) are not values. */
const ITEM_MARKER = /(^|[^\d.,])\d{1,2}\s*[.．、](?=\s*[\u4e00-\u9fff“"（(])/g;
const NUMBER = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;

/** Numbers of `text` in reading order, with the line each sits on. */
export function numberTokens(text: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  text.split('\n').forEach((line, index) => {
    const cleaned = line.replace(ITEM_MARKER, '$1 ');
    for (const m of cleaned.matchAll(NUMBER))
      tokens.push({ raw: m[0].replace(/,/g, ''), line: index });
  });
  return tokens;
}

export function isInteger(raw: string): boolean {
  return /^\d+$/.test(raw);
}

/** A cell printed without separator has no leading zero unless it is 0 itself. */
function validPart(part: string): boolean {
  return part.length > 0 && (part === '0' || part[0] !== '0');
}

/** Every way to cut `digits` into `parts` integers (no leading zeros). Capped at `limit`. */
export function segmentations(digits: string, parts: number, limit = 20000): number[][] {
  const out: number[][] = [];
  const current: number[] = [];
  const walk = (start: number, left: number): void => {
    if (out.length >= limit) return;
    if (left === 1) {
      const rest = digits.slice(start);
      if (validPart(rest) && rest.length <= 12) out.push([...current, Number(rest)]);
      return;
    }
    const maxLen = Math.min(12, digits.length - start - (left - 1));
    for (let len = 1; len <= maxLen; len++) {
      const part = digits.slice(start, start + len);
      if (!validPart(part)) break;
      current.push(Number(part));
      walk(start + len, left - 1);
      current.pop();
    }
  };
  if (parts >= 1 && digits.length >= parts) walk(0, parts);
  return out;
}

/**
 * Ways to read integer `tokens` as exactly `cells` values: each token is one cell or, when there
 * are too few tokens, a run of several cells. Returns the distinct value vectors (capped).
 */
export function readAsCells(tokens: readonly string[], cells: number, limit = 20000): number[][] {
  if (tokens.length === cells) return [tokens.map(Number)];
  if (tokens.length > cells || tokens.length === 0) return [];
  const results: number[][] = [];
  const walk = (i: number, acc: number[]): void => {
    if (results.length >= limit) return;
    if (i === tokens.length) {
      if (acc.length === cells) results.push(acc);
      return;
    }
    const remainingTokens = tokens.length - i - 1;
    const token = tokens[i]!;
    const maxParts = Math.min(token.length, cells - acc.length - remainingTokens);
    for (let parts = 1; parts <= maxParts; parts++) {
      for (const seg of segmentations(token, parts, limit)) walk(i + 1, [...acc, ...seg]);
    }
  };
  walk(0, []);
  return results;
}
