import { formatForYear, specFor } from '../format';
import type { FormatVersion, TextSectionSpec } from '../format';
import { CONTENT_VERSION, reportTitle } from './report';
import type { Block, OrganKind, ReportContent } from './report';
import { withComputedTotals } from './totals';

function defaultBlocks(section: TextSectionSpec): Block[] {
  return section.defaultSubheadings.map((heading) => ({ heading, paragraphs: [''] }));
}

export interface BlankReportInput {
  organ: string;
  year: number;
  format?: FormatVersion;
  organKind?: OrganKind;
}

/** A new, empty report: default sub-headings, every table cell blank (totals computed). */
export function blankReport(input: BlankReportInput): ReportContent {
  const format = input.format ?? formatForYear(input.year);
  const spec = specFor(format);
  const text = (id: 's1' | 's5' | 's6') =>
    defaultBlocks(
      spec.sections.find((s): s is TextSectionSpec => s.kind === 'text' && s.id === id)!,
    );
  const organ = input.organ.trim();
  return withComputedTotals({
    contentVersion: CONTENT_VERSION,
    format,
    organ,
    year: input.year,
    title: reportTitle(organ, input.year),
    titleEdited: false,
    preamble: [],
    s1: text('s1'),
    s5: text('s5'),
    s6: text('s6'),
    cells: Object.fromEntries(spec.cells.map((c) => [c.key, null])),
    closing: { organ, date: null },
    options: { totals: 'computed', feeDecimals: null, organKind: input.organKind ?? 'department' },
    acknowledgements: [],
  });
}
