import type { Block } from '../model';
import { joinWrappedLines } from '../text/normalise';

/**
 * Text sections (一, 五, 六 and the preamble) as blocks: a sub-heading “（一）…” and its
 * paragraphs. A sub-heading may stand on its own line or open a paragraph (“（一）主动公开情况。
 * 我局…”); on a web page everything may run together on one line.
 */

const SUB_HEADING = /^[（(]\s*[一二三四五六七八九十]{1,2}\s*[）)]/;
/** Where an inline sub-heading ends: the first sentence mark within a short distance. */
const HEADING_END = /[。：:；;]/;
const CJK_SPACE =
  /(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’])\s+|\s+(?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’])/g;

/** Spaces that extraction put between Chinese characters, or between them and digits. */
export function tidyParagraph(text: string): string {
  return text.replace(CJK_SPACE, '').trim();
}

/** Split text that runs sub-headings into one line (web pages) before each “（N）”. */
function splitInlineHeadings(line: string): string[] {
  return line
    .split(/(?<=[。；！？\s])(?=[（(][一二三四五六七八九十]{1,2}[）)])/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function splitHeading(paragraph: string): { heading: string | null; rest: string } {
  const m = SUB_HEADING.exec(paragraph);
  if (!m) return { heading: null, rest: paragraph };
  const end = HEADING_END.exec(paragraph);
  if (end && end.index <= 30) {
    return { heading: paragraph.slice(0, end.index), rest: paragraph.slice(end.index + 1).trim() };
  }
  if (paragraph.length <= 30) return { heading: paragraph.replace(/[。，；：]$/, ''), rest: '' };
  // Web pages run the sub-heading into its text: “（一）主动公开方面平潭综合实验区…”.
  const keyword =
    /^[（(]\s*[一二三四五六七八九十]{1,2}\s*[）)][^，。；：]{1,16}?(?:方面|情况|工作)/.exec(
      paragraph,
    );
  if (keyword) return { heading: keyword[0], rest: paragraph.slice(keyword[0].length).trim() };
  return { heading: null, rest: paragraph };
}

export function textToParagraphs(text: string): string[] {
  const lines = text.split('\n').flatMap(splitInlineHeadings);
  return joinWrappedLines(lines)
    .map(tidyParagraph)
    .filter((p) => p !== '');
}

export function toBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const paragraph of textToParagraphs(text)) {
    const { heading, rest } = splitHeading(paragraph);
    if (heading !== null || blocks.length === 0) {
      blocks.push({ heading, paragraphs: rest ? [rest] : [] });
    } else {
      blocks[blocks.length - 1]!.paragraphs.push(rest);
    }
  }
  return blocks;
}
