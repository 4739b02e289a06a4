/** Numbers as written in report text: Arabic digits or Chinese numerals (十二, 一百零五, 二〇二一). */

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };

/** Regex source matching one number as written (Arabic or Chinese). */
export const NUMBER_PATTERN = '(?:\\d+|[零〇一二两三四五六七八九十百千万]+)';

/** Value of a number written in Arabic digits or Chinese numerals; null when unreadable. */
export function parseNumber(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  if (!text || ![...text].every((c) => c in DIGITS || c in UNITS)) return null;
  // Digit-by-digit form without units (二〇二一).
  if (![...text].some((c) => c in UNITS)) {
    return text.length > 1
      ? Number([...text].map((c) => DIGITS[c]).join(''))
      : (DIGITS[text] ?? null);
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const c of text) {
    if (c in DIGITS) {
      digit = DIGITS[c]!;
      continue;
    }
    const unit = UNITS[c]!;
    if (unit === 10000) {
      total += (section + (digit ?? 0)) * unit;
      section = 0;
    } else {
      // “十二”: a bare 十 means 一十.
      section += (digit ?? 1) * unit;
    }
    digit = null;
  }
  return total + section + (digit ?? 0);
}
