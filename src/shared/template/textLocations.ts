import type { Block, ReportContent } from '../model';

/** Where a piece of report text lives, so the UI can jump there and offsets can be applied. */
export type TextSectionKey = 'title' | 'preamble' | 's1' | 's5' | 's6' | 'closing';

/**
 * `block`/`paragraph` index the section's blocks and their paragraphs; `heading: true` means the
 * block's sub-heading. Sections without blocks use block 0: the title is paragraph 0, the
 * preamble's paragraphs are its paragraphs, and the closing has the organ as paragraph 0 and the
 * date as paragraph 1.
 */
export interface TextLocation {
  section: TextSectionKey;
  block: number;
  paragraph: number;
  heading?: boolean;
}

export interface LocatedText {
  location: TextLocation;
  text: string;
}

const BLOCK_SECTIONS = ['s1', 's5', 's6'] as const;
export type BlockSectionKey = (typeof BLOCK_SECTIONS)[number];

function blockTexts(section: BlockSectionKey, blocks: readonly Block[]): LocatedText[] {
  const out: LocatedText[] = [];
  blocks.forEach((b, block) => {
    if (b.heading !== null)
      out.push({ location: { section, block, paragraph: 0, heading: true }, text: b.heading });
    b.paragraphs.forEach((text, paragraph) =>
      out.push({ location: { section, block, paragraph }, text }),
    );
  });
  return out;
}

/** Every text of the report in reading order (title, preamble, 一, 五, 六, closing). */
export function listTexts(report: ReportContent): LocatedText[] {
  const out: LocatedText[] = [
    { location: { section: 'title', block: 0, paragraph: 0 }, text: report.title },
  ];
  report.preamble.forEach((text, paragraph) =>
    out.push({ location: { section: 'preamble', block: 0, paragraph }, text }),
  );
  for (const section of BLOCK_SECTIONS) out.push(...blockTexts(section, report[section]));
  if (report.closing) {
    out.push({
      location: { section: 'closing', block: 0, paragraph: 0 },
      text: report.closing.organ,
    });
    if (report.closing.date !== null)
      out.push({
        location: { section: 'closing', block: 0, paragraph: 1 },
        text: report.closing.date,
      });
  }
  return out;
}

/** The texts of one of the sections 一, 五, 六. */
export function listSectionTexts(
  blocks: readonly Block[],
  section: BlockSectionKey,
): LocatedText[] {
  return blockTexts(section, blocks);
}

export function locationKey(l: TextLocation): string {
  return `${l.section}:${l.block}:${l.paragraph}${l.heading ? ':h' : ''}`;
}

/** The text at a location, or undefined when the report has no such place. */
export function textAt(report: ReportContent, l: TextLocation): string | undefined {
  switch (l.section) {
    case 'title':
      return l.block === 0 && l.paragraph === 0 ? report.title : undefined;
    case 'preamble':
      return l.block === 0 ? report.preamble[l.paragraph] : undefined;
    case 'closing':
      if (!report.closing || l.block !== 0) return undefined;
      if (l.paragraph === 0) return report.closing.organ;
      return l.paragraph === 1 ? (report.closing.date ?? undefined) : undefined;
    default: {
      const b = report[l.section][l.block];
      if (!b) return undefined;
      return l.heading ? (b.heading ?? undefined) : b.paragraphs[l.paragraph];
    }
  }
}

/** A copy of the report with the text at `l` replaced (the location must exist). */
export function withTextAt(report: ReportContent, l: TextLocation, text: string): ReportContent {
  switch (l.section) {
    case 'title':
      return { ...report, title: text };
    case 'preamble':
      return { ...report, preamble: report.preamble.map((p, i) => (i === l.paragraph ? text : p)) };
    case 'closing': {
      if (!report.closing) return report;
      const closing =
        l.paragraph === 0 ? { ...report.closing, organ: text } : { ...report.closing, date: text };
      return { ...report, closing };
    }
    default: {
      const blocks = report[l.section].map((b, i) => {
        if (i !== l.block) return b;
        if (l.heading) return { ...b, heading: text };
        return { ...b, paragraphs: b.paragraphs.map((p, j) => (j === l.paragraph ? text : p)) };
      });
      return { ...report, [l.section]: blocks };
    }
  }
}
