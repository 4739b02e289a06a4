const MONTH_DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A deadline as the settings store it (MM-DD), from what the clerk typed (“1-31”, “01月31日”,
 * “1/31”); null with nothing sensible. 29 February is allowed (leap years).
 */
export function normaliseMonthDay(text: string): string | null {
  const m = /^\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$/.exec(text);
  if (!m) return null;
  const month = Number(m[1]);
  const day = Number(m[2]);
  if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]!) return null;
  const out = `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return MONTH_DAY.test(out) ? out : null;
}
