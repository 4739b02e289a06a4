import type { TableId, TextSectionId } from '../format';

/**
 * The six sections located by their headings. Headings vary: numbering changed, spaced out,
 * run into the text of a web page, or missing; a missing table heading is replaced by the
 * table's own first words.
 */

export type SectionId = TextSectionId | TableId;

const spaced = (s: string) => [...s].join('\\s*');
const NUMERAL = '[一二三四五六七八九十]{1,2}\\s*[、.．]\\s*';

const HEADINGS: readonly { id: SectionId; words: string; fallback?: string }[] = [
  { id: 's1', words: '总体情况' },
  { id: 't2', words: '主动公开政府信息情况', fallback: '第二十条' },
  { id: 't3', words: '收到和处理政府信息公开申请情况', fallback: '本年新收' },
  { id: 't4', words: '政府信息公开行政复议、行政诉讼情况', fallback: '行政复议' },
  { id: 's5', words: '存在的主要问题' },
  { id: 's6', words: '其他需要报告的事项' },
];

export const SECTION_NAMES: Record<SectionId, string> = {
  s1: '一、总体情况',
  t2: '表二（主动公开政府信息情况）',
  t3: '表三（收到和处理政府信息公开申请情况）',
  t4: '表四（政府信息公开行政复议、行政诉讼情况）',
  s5: '五、存在的主要问题及改进情况',
  s6: '六、其他需要报告的事项',
};

export interface SectionSpan {
  readonly id: SectionId;
  /** Where the heading starts and the body starts (after the heading words). */
  readonly headingStart: number;
  readonly bodyStart: number;
  /** Where the next found section starts (or the end of the text). */
  readonly end: number;
}

function headingRegex(words: string): RegExp {
  const pattern = [...words].map((c) => (c === '、' ? '、?' : c)).join('\\s*');
  return new RegExp(
    `(?:${NUMERAL})?${pattern}(?:\\s*(?:及|和)\\s*改\\s*进\\s*(?:情\\s*况|措\\s*施))?`,
    'g',
  );
}

function findFrom(
  text: string,
  re: RegExp,
  from: number,
  numbered: boolean,
): RegExpExecArray | null {
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!numbered || new RegExp(`^${NUMERAL}`).test(m[0])) return m;
  }
  return null;
}

export function locateSections(text: string): SectionSpan[] {
  const found: { id: SectionId; start: number; body: number }[] = [];
  let from = 0;
  for (const h of HEADINGS) {
    const re = headingRegex(h.words);
    // A numbered heading is preferred: the words alone also occur in running text.
    const m = findFrom(text, re, from, true) ?? findFrom(text, re, from, false);
    if (m) {
      found.push({ id: h.id, start: m.index, body: m.index + m[0].length });
      from = m.index + m[0].length;
      continue;
    }
    if (h.fallback) {
      const f = new RegExp(spaced(h.fallback), 'g');
      f.lastIndex = from;
      const fm = f.exec(text);
      if (fm) {
        found.push({ id: h.id, start: fm.index, body: fm.index });
        from = fm.index + 1;
      }
    }
  }
  return found.map((f, i) => ({
    id: f.id,
    headingStart: f.start,
    bodyStart: f.body,
    end: found[i + 1]?.start ?? text.length,
  }));
}
