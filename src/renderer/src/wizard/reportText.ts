import type { ReportContent } from '../../../shared/model';
import { SECTION_HEADINGS } from '../../../shared/format';

/** The clerk's text as plain text, to copy out when the report cannot be saved. */
export function reportPlainText(content: ReportContent): string {
  const lines: string[] = [content.title, '', ...content.preamble];
  for (const id of ['s1', 's5', 's6'] as const) {
    lines.push('', SECTION_HEADINGS[id]);
    for (const block of content[id]) {
      if (block.heading) lines.push(block.heading);
      lines.push(...block.paragraphs.filter((p) => p.trim() !== ''));
    }
  }
  return lines.join('\n');
}
