/**
 * Exact decimals for money cells (费用 in 万元, 2019 采购总金额). Stored as the string the clerk typed,
 * never as a binary float; compared through scaled BigInts.
 */

const DECIMAL = /^\d+(\.\d+)?$/;

/** True when `text` is a plain non-negative decimal such as `0`, `12`, `24252.311082`. */
export function isDecimal(text: string): boolean {
  return DECIMAL.test(text);
}

/** Canonical form of a typed decimal: trims, drops leading zeros and thousands separators; keeps trailing decimals as typed. */
export function normaliseDecimal(text: string): string | null {
  const t = text.trim().replace(/[,，]/g, '');
  if (!DECIMAL.test(t)) return null;
  const [int = '0', frac] = t.split('.');
  const intPart = int.replace(/^0+(?=\d)/, '');
  return frac === undefined ? intPart : `${intPart}.${frac}`;
}

export function decimalPlaces(text: string): number {
  const i = text.indexOf('.');
  return i < 0 ? 0 : text.length - i - 1;
}

/** Compare two decimals exactly: negative, zero or positive. */
export function compareDecimal(a: string, b: string): number {
  const scale = Math.max(decimalPlaces(a), decimalPlaces(b));
  const scaled = (x: string) => BigInt(x.replace('.', '') + '0'.repeat(scale - decimalPlaces(x)));
  const d = scaled(a) - scaled(b);
  return d === 0n ? 0 : d < 0n ? -1 : 1;
}
