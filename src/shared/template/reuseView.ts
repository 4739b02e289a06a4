import { normaliseForMatching } from '../compare/normalise';
import type { ReportContent } from '../model';
import { splitSentences } from './sentences';
import { listSectionTexts } from './textLocations';
import type { BlockSectionKey } from './textLocations';

export interface ReuseMark {
  block: number;
  paragraph: number;
  start: number;
  end: number;
}

export interface SectionReuse {
  /** unchanged / total, 0 when the section has no text. */
  ratio: number;
  /** Characters (without whitespace) of the sentences left unchanged from last year. */
  unchanged: number;
  /** Characters (without whitespace) of all sentences of the section. */
  total: number;
  unchangedSentences: number;
  totalSentences: number;
  /** The unchanged sentences, for marking them in the editor. */
  marks: ReuseMark[];
}

const SECTIONS: readonly BlockSectionKey[] = ['s1', 's5', 's6'];

/**
 * A sentence is compared as normalised for matching (no whitespace, radical look-alikes
 * mapped), with every year masked: a sentence copied with only its years bumped (2021年→2022年,
 * 较2020年→较2021年) is still a copy to an evaluator counting “与上年度重复率”.
 */
function sentenceKey(sentence: string): string {
  return normaliseForMatching(sentence).replace(/(?<!\d)(?:19|20)\d{2}(?!\d)/g, '〈年〉');
}

const weight = (sentence: string) => sentence.replace(/\s+/g, '').length;

/**
 * Per section 一、五、六: the sentences (not sub-headings, which are template text) that are
 * unchanged from last year's report. A sentence counts as unchanged when it appears anywhere in
 * last year's 一、五、六, since moving a paragraph does not make it new.
 */
export function reuseBySection(
  previous: ReportContent,
  current: ReportContent,
): Record<BlockSectionKey, SectionReuse> {
  const known = new Set<string>();
  for (const section of SECTIONS)
    for (const { location, text } of listSectionTexts(previous[section], section))
      if (!location.heading) for (const s of splitSentences(text)) known.add(sentenceKey(s.text));

  const result = {} as Record<BlockSectionKey, SectionReuse>;
  for (const section of SECTIONS) {
    const r: SectionReuse = {
      ratio: 0,
      unchanged: 0,
      total: 0,
      unchangedSentences: 0,
      totalSentences: 0,
      marks: [],
    };
    for (const { location, text } of listSectionTexts(current[section], section)) {
      if (location.heading) continue;
      for (const s of splitSentences(text)) {
        const w = weight(s.text);
        r.total += w;
        r.totalSentences++;
        if (known.has(sentenceKey(s.text))) {
          r.unchanged += w;
          r.unchangedSentences++;
          r.marks.push({
            block: location.block,
            paragraph: location.paragraph,
            start: s.start,
            end: s.end,
          });
        }
      }
    }
    r.ratio = r.total === 0 ? 0 : r.unchanged / r.total;
    result[section] = r;
  }
  return result;
}
