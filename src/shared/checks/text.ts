import { SECTION_HEADINGS } from '../format';
import type { ReportContent } from '../model';
import { normaliseForMatching } from '../compare/normalise';
import type { IssueSection, ParagraphLocation } from './types';

/** One heading or paragraph of the report text, with its raw and matching forms. */
export interface TextUnit {
  location: ParagraphLocation;
  section: IssueSection;
  raw: string;
  /** normaliseForMatching(raw): radicals mapped, whitespace removed. */
  text: string;
  /** Sub-heading of the block the unit belongs to (null for none / preamble). */
  blockHeading: string | null;
}

export type TextSectionId = 'preamble' | 's1' | 's5' | 's6';

const ALL_SECTIONS: readonly TextSectionId[] = ['preamble', 's1', 's5', 's6'];
/** Several rules read the same text in one run; units are built once per report object (reports
 * are immutable values: every edit makes a new object). */
const unitCache = new WeakMap<object, TextUnit[]>();

/** Preamble, then 一, 五, 六: sub-headings and paragraphs in reading order. */
export function textUnits(
  report: Pick<ReportContent, 'preamble' | 's1' | 's5' | 's6'>,
  sections: readonly TextSectionId[] = ALL_SECTIONS,
): TextUnit[] {
  if (sections === ALL_SECTIONS) {
    const cached = unitCache.get(report);
    if (cached) return cached;
    const units = buildUnits(report, sections);
    unitCache.set(report, units);
    return units;
  }
  return buildUnits(report, sections);
}

function buildUnits(
  report: Pick<ReportContent, 'preamble' | 's1' | 's5' | 's6'>,
  sections: readonly TextSectionId[],
): TextUnit[] {
  const units: TextUnit[] = [];
  for (const section of sections) {
    if (section === 'preamble') {
      report.preamble.forEach((raw, paragraph) =>
        units.push({
          location: { section, block: 0, paragraph },
          section: 'basic',
          raw,
          text: normaliseForMatching(raw),
          blockHeading: null,
        }),
      );
      continue;
    }
    report[section].forEach((block, blockIndex) => {
      if (block.heading) {
        units.push({
          location: { section, block: blockIndex, paragraph: 0, heading: true },
          section,
          raw: block.heading,
          text: normaliseForMatching(block.heading),
          blockHeading: block.heading,
        });
      }
      block.paragraphs.forEach((raw, paragraph) =>
        units.push({
          location: { section, block: blockIndex, paragraph },
          section,
          raw,
          text: normaliseForMatching(raw),
          blockHeading: block.heading,
        }),
      );
    });
  }
  return units;
}

const SECTION_NAMES: Record<TextSectionId, string> = {
  preamble: '前言',
  s1: `“${SECTION_HEADINGS.s1}”`,
  s5: `“${SECTION_HEADINGS.s5}”`,
  s6: `“${SECTION_HEADINGS.s6}”`,
};

/** Where a unit is, in words a clerk recognises: “一、总体情况”中“（二）依申请公开”第1段. */
export function describeUnit(unit: TextUnit): string {
  const { section, paragraph, heading } = unit.location;
  const name = SECTION_NAMES[section];
  if (heading) return `${name}的小标题“${unit.raw.trim()}”`;
  const under = unit.blockHeading ? `中“${unit.blockHeading.trim()}”下` : '';
  return `${name}${under}第${paragraph + 1}段`;
}

/** The sentence-like clause around a match, for quoting in a message (at most ~40 characters). */
export function excerpt(text: string, index: number, length: number): string {
  const stops = /[。；！？]/;
  let start = index;
  while (start > 0 && !stops.test(text[start - 1]!) && index - start < 20) start--;
  let end = index + length;
  while (end < text.length && !/[。；！？，]/.test(text[end]!) && end - index - length < 12) end++;
  return text.slice(start, end);
}
