import { isBoilerplateSentence, reuseStats, sentenceKey } from '../compare/reuse';
import type { ReportContent } from '../model';
import { sentenceSpans } from './sentences';
import type { BlockSectionKey } from './textLocations';

export interface ReuseMark {
  block: number;
  paragraph: number;
  start: number;
  end: number;
}

export interface SectionReuse {
  /** unchanged / total, 0 when the section has nothing to count. */
  ratio: number;
  /** Sentences left unchanged from last year's same section. */
  unchanged: number;
  /** Sentences counted (boilerplate and sub-headings excluded). */
  total: number;
  /** Where the unchanged sentences are, for marking them in the editor. */
  marks: ReuseMark[];
}

const SECTIONS: readonly BlockSectionKey[] = ['s1', 's5', 's6'];

/**
 * Per section 一、五、六: how much is unchanged from last year's report, with the unchanged
 * sentences located. The numbers are those of `reuseStats` (compare/reuse.ts), the basis of the
 * REUSE warning, so the live display and the check never disagree.
 */
export function reuseBySection(
  previous: ReportContent,
  current: ReportContent,
): Record<BlockSectionKey, SectionReuse> {
  const result = {} as Record<BlockSectionKey, SectionReuse>;
  for (const section of SECTIONS) {
    const stats = reuseStats(previous[section], current[section]);
    const copied = new Set(stats.unchangedSentences.map(sentenceKey));
    const marks: ReuseMark[] = [];
    current[section].forEach((b, block) =>
      b.paragraphs.forEach((text, paragraph) => {
        for (const s of sentenceSpans(text))
          if (!isBoilerplateSentence(s.text) && copied.has(sentenceKey(s.text)))
            marks.push({ block, paragraph, start: s.start, end: s.end });
      }),
    );
    result[section] = { ratio: stats.ratio, unchanged: stats.unchanged, total: stats.total, marks };
  }
  return result;
}
