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
/**
 * Minus signs that make a number negative when written against its digits: ASCII “-”, full-width
 * “－” (U+FF0D) or “−” (U+2212). A dash standing alone (“-”, “—”) is a blank cell, not a sign.
 */
const MINUS_SIGNS: ReadonlySet<string> = new Set(['-', '－', '−']);

/**
 * Numbers of `text` in reading order, with the line each sits on. With `signed` a minus sign
 * in front is kept (as ASCII “-”): only for tables that have cells allowed to be negative.
 */
export function numberTokens(text: string, options: { signed?: boolean } = {}): NumberToken[] {
  const tokens: NumberToken[] = [];
  text.split('\n').forEach((line, index) => {
    const cleaned = line.replace(ITEM_MARKER, '$1 ');
    // The sign is looked up before the digits rather than matched by the pattern: a pattern
    // starting with an optional sign cannot skip ahead to the digits, and slowed imports.
    for (const m of cleaned.matchAll(NUMBER)) {
      const raw = m[0].replace(/,/g, '');
      const signed = options.signed === true && MINUS_SIGNS.has(cleaned[m.index - 1] ?? '');
      tokens.push({ raw: signed ? `-${raw}` : raw, line: index });
    }
  });
  return tokens;
}

export function isInteger(raw: string): boolean {
  return /^\d+$/.test(raw);
}

/** An integer with an optional minus sign (tokens read with `signed`). */
export function isSignedInteger(raw: string): boolean {
  return /^-?\d+$/.test(raw);
}

/** A token without its minus sign: what the digits say, for cells that cannot be negative. */
export function magnitude(raw: string): string {
  return raw.startsWith('-') ? raw.slice(1) : raw;
}

/**
 * Per cell of `reading` (a reading of the magnitudes of `tokens` by `readAsCells`): whether the
 * cell carries a token's minus sign, i.e. is the first cell cut from a token printed with one.
 * Cells cut apart have no leading zeros, so each cell's digit count retraces the cut.
 */
export function cellsWithSign(tokens: readonly string[], reading: readonly number[]): boolean[] {
  const out: boolean[] = [];
  for (const token of tokens) {
    const digits = magnitude(token).length;
    let used = 0;
    while (used < digits && out.length < reading.length) {
      out.push(used === 0 && token.startsWith('-'));
      used += String(reading[out.length - 1]).length;
    }
  }
  return out;
}

/** The value of an integer token; “-0” is 0. */
export function integerValue(raw: string): number {
  return Number(raw) + 0;
}

export interface CellReadings {
  readonly readings: number[][];
  /** False when the search stopped early: the readings are then not all there are. */
  readonly complete: boolean;
}

/**
 * Ways to read integer `tokens` as exactly `cells` values: each token is one cell or, when there
 * are too few tokens, a run of several cells. A token's minus sign belongs to the first cell cut
 * from it. Only readings passing `accept` are kept; the search is bounded, and says so when it
 * stopped early (a reading not seen cannot be ruled out).
 */
export function readAsCells(
  tokens: readonly string[],
  cells: number,
  accept: (values: readonly number[]) => boolean = () => true,
  budget = 400000,
): CellReadings {
  if (tokens.length === cells) {
    const values = tokens.map(integerValue);
    return { readings: accept(values) ? [values] : [], complete: true };
  }
  if (tokens.length > cells || tokens.length === 0) return { readings: [], complete: true };
  const readings: number[][] = [];
  let steps = 0;
  const acc: number[] = [];
  const walk = (t: number, start: number): void => {
    if (++steps > budget || readings.length > 1000) return;
    const token = tokens[t]!;
    if (start === token.length) {
      if (t + 1 === tokens.length) {
        if (acc.length === cells && accept(acc)) readings.push([...acc]);
        return;
      }
      walk(t + 1, 0);
      return;
    }
    // Cells still needed must fit: at least one per remaining token.
    const laterTokens = tokens.length - t - 1;
    if (acc.length + 1 + laterTokens > cells) return;
    const atLast = acc.length + 1 + laterTokens === cells;
    const sign = start === 0 && token[0] === '-' ? 1 : 0;
    for (let len = 1 + sign; start + len <= token.length && len <= 12 + sign; len++) {
      // The last cell of this token when no cells remain for more cuts.
      if (atLast && start + len !== token.length) continue;
      const part = token.slice(start, start + len);
      const digits = part.slice(sign);
      // A cell printed without separator has no leading zero unless it is 0 itself.
      if (!(digits === '0' || digits[0] !== '0')) break;
      acc.push(integerValue(part));
      walk(t, start + len);
      acc.pop();
    }
  };
  walk(0, 0);
  return { readings, complete: steps <= budget && readings.length <= 1000 };
}
