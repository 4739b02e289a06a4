import { SIZE_PT, TEXT_BLOCK_MM } from './page';

const PT_PER_MM = 72 / 25.4;
/** Full-width characters of the title size (二号) across the 156 mm text block: 20. */
export const TITLE_CHARS_PER_LINE = Math.floor((TEXT_BLOCK_MM.width * PT_PER_MM) / SIZE_PT.title);

/** Width in full-width characters: ASCII (the year's digits) is set half as wide. */
function ems(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.charCodeAt(0) < 0x80 ? 0.5 : 1;
  return width;
}

/**
 * The title as printed, line by line. GB/T 9704 asks a title that wraps to break where the words
 * stay whole: after the 机关名称, so “2021年政府信息公开工作年度报告” stays on one line instead of
 * the year being cut from its 年. A title that fits, or one that does not start with the organ
 * (edited by the clerk), is left to wrap by itself.
 */
export function titleLines(title: string, organ: string): readonly string[] {
  const organName = organ.trim();
  if (ems(title) <= TITLE_CHARS_PER_LINE || organName === '') return [title];
  if (!title.startsWith(organName)) return [title];
  const rest = title.slice(organName.length).trim();
  return rest === '' ? [title] : [organName, rest];
}
