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

/**
 * Regex source matching a year as written: four Arabic digits or four Chinese digits, where
 * zero is 〇 (U+3007), ○ (U+25CB, the circle typed by input methods that lack 〇) or 零
 * (二〇二三, 二○二三, 二零二三). The lookarounds keep it from matching inside a longer number.
 */
export const YEAR_PATTERN =
  '(?<![\\d〇○零一二三四五六七八九十])(?:\\d{4}|[〇○零一二三四五六七八九]{4})(?![\\d〇○零一二三四五六七八九十])';

/** Digit characters of a year; 两 is not one (nobody writes 两〇二三). */
const YEAR_DIGITS = '〇一二三四五六七八九';
const ZEROES = new Set(['〇', '○', '零']);

/** The year a YEAR_PATTERN match means (二〇二三 → 2023); null outside 1900–2199. */
export function parseYear(written: string): number | null {
  const digits = /^\d{4}$/.test(written)
    ? written
    : [...written].map((c) => (ZEROES.has(c) ? '0' : String(YEAR_DIGITS.indexOf(c)))).join('');
  if (!/^\d{4}$/.test(digits)) return null;
  const year = Number(digits);
  return year >= 1900 && year < 2200 ? year : null;
}

/** True when the year is written in Chinese numerals rather than Arabic digits. */
export function isChineseYear(written: string): boolean {
  return !/^\d{4}$/.test(written);
}
