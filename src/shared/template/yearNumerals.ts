/**
 * Years written in Chinese numerals (二〇二二年, also with ○ or 零 for zero), as in some
 * closing dates and formal preambles.
 */
const HAN_DIGITS = '〇一二三四五六七八九';
const HAN_ZEROS = new Set(['〇', '○', '零']);

export const HAN_YEAR_CHAR = '[〇○零一二三四五六七八九]';

export function hanYearValue(text: string): number | null {
  let value = 0;
  for (const ch of text) {
    const d = HAN_ZEROS.has(ch) ? 0 : HAN_DIGITS.indexOf(ch);
    if (d < 0) return null;
    value = value * 10 + d;
  }
  return value;
}

/** `value` in Chinese numerals, writing zero the way `like` does (二○二一 stays with ○). */
export function hanYear(value: number, like: string): string {
  const zero = [...like].find((ch) => HAN_ZEROS.has(ch)) ?? '〇';
  return [...String(value)].map((d) => (d === '0' ? zero : HAN_DIGITS[Number(d)]!)).join('');
}
