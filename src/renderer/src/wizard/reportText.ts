import type { ReportContent } from '../../../shared/model';
import { SECTION_HEADINGS, specFor, type TableId } from '../../../shared/format';

/**
 * The clerk's text and the table values they typed, as plain text, to copy out when the report
 * cannot be saved. Totals are left out: they follow from the values.
 */
export function reportPlainText(content: ReportContent): string {
  const lines: string[] = [content.title, '', ...content.preamble];
  const spec = specFor(content.format);
  const section = (id: 's1' | 's5' | 's6') => {
    lines.push('', SECTION_HEADINGS[id]);
    for (const block of content[id]) {
      if (block.heading) lines.push(block.heading);
      lines.push(...block.paragraphs.filter((p) => p.trim() !== ''));
    }
  };
  const table = (id: TableId) => {
    const filled = spec.cells.filter(
      (c) => c.table === id && !c.sumOf && content.cells[c.key] != null,
    );
    if (filled.length === 0) return;
    lines.push('', SECTION_HEADINGS[id]);
    for (const c of filled) {
      const row = [c.rowGroup, c.rowLabel].filter(Boolean).join(' ');
      lines.push(`${row} · ${c.colLabel}：${String(content.cells[c.key])}`);
    }
  };
  section('s1');
  table('t2');
  table('t3');
  table('t4');
  section('s5');
  section('s6');
  return lines.join('\n');
}
