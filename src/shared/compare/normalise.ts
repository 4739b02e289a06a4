import { normaliseChars } from '../text/normalise';

/**
 * Normalisation for matching text (checks, reuse), never for storage: pasted PDF text carries
 * radical look-alikes (⼀ U+2F00 for 一, ⻔ U+2ED4 for 门), full-width digits and stray spaces
 * (“2021 年”, “3119 件”) that would defeat every pattern. The character mapping is the one the
 * importer uses (src/shared/text); on top of it all whitespace goes, since Chinese text has none.
 */
export function normaliseForMatching(text: string): string {
  return normaliseChars(text).replace(/\s+/g, '');
}
