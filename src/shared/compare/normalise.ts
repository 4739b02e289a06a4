/**
 * Normalisation for matching text (checks, reuse), never for storage: pasted PDF text carries
 * radical look-alikes (⼀ U+2F00 for 一, ⻔ U+2ED4 for 门), full-width digits and stray spaces
 * (“2021 年”, “3119 件”) that would defeat every pattern.
 */

/** Full-character forms of the CJK Radicals Supplement that PDF text layers emit. */
const SUPPLEMENT: Readonly<Record<string, string>> = {
  '⺠': '民',
  '⻔': '门',
  '⻓': '长',
  '⻅': '见',
  '⻋': '车',
  '⻢': '马',
  '⻛': '风',
  '⻜': '飞',
  '⻝': '食',
  '⻚': '页',
  '⻉': '贝',
  '⻩': '黄',
  '⻘': '青',
  '⻬': '齐',
  '⻮': '齿',
  '⻰': '龙',
  '⻳': '龟',
  '⻆': '角',
  '⻥': '鱼',
  '⻦': '鸟',
  '⻄': '西',
  '⻙': '韦',
  '⻤': '鬼',
  '⻨': '麦',
};

function mapChar(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp >= 0x2f00 && cp <= 0x2fd5) {
    // NFKC gives the Kangxi form; mainland fonts draw ⼾ as 户.
    if (cp === 0x2f3e) return '户';
    return ch.normalize('NFKC');
  }
  if (cp >= 0x2e80 && cp <= 0x2eff) return SUPPLEMENT[ch] ?? ch;
  if (cp >= 0xff10 && cp <= 0xff19) return String.fromCodePoint(cp - 0xfee0);
  return ch;
}

/** Radicals → ideographs, full-width digits → ASCII, all whitespace removed (Chinese text has none). */
export function normaliseForMatching(text: string): string {
  let out = '';
  for (const ch of text) out += /\s/.test(ch) ? '' : mapChar(ch);
  return out;
}
