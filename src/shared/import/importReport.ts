import { specFor } from '../format';
import { blankReport, reportTitle } from '../model';
import type { Block, ReportContent } from '../model';
import { textToParagraphs, toBlocks, tidyParagraph } from './blocks';
import { detectFormat, findMeta } from './meta';
import { SECTION_NAMES, locateSections } from './sections';
import type { SectionId, SectionSpan } from './sections';
import { cleanSource, linesFromText } from './source';
import { readTable2 } from './table2';
import { readTable3 } from './table3';
import { quoteOfTable4, readTable4 } from './table4';
import { ImportError } from './types';
import type { ImportOptions, ImportResult, SourceLine, TableReading } from './types';

/**
 * A published report (text of a PDF, Word file or web page) as a ReportContent. Every cell the
 * importer cannot establish for certain is listed in review.uncertain: a wrong value that is not
 * listed there is a bug.
 */

const TITLE_LINE = /20\d{2}年度?政府信息公开工作年度报告/;
const DATE_LINE = /^(20\d{2})年(\d{1,2})月(\d{1,2})日$/;
const CLOSING_LINE = /^(.*?)(20\d{2})年(\d{1,2})月(\d{1,2})日$/;

function isTitleLine(line: string): boolean {
  return TITLE_LINE.test(line.replace(/\s+/g, ''));
}

/** Text before 一: drop everything up to and including the title (and the organ line above it). */
function preambleText(text: string): string {
  const lines = text.split('\n');
  const titleAt = lines.findIndex(isTitleLine);
  return (titleAt >= 0 ? lines.slice(titleAt + 1) : lines).join('\n');
}

/** Drops running titles and organ-name lines, but keeps the organ line of the 落款 (it precedes the date). */
function withoutTitle(text: string, organ: string | null): string {
  const lines = text.split('\n');
  const nextText = (i: number) => lines.slice(i + 1).find((l) => l.trim() !== '') ?? '';
  return lines
    .filter((l, i) => {
      if (isTitleLine(l)) return false;
      if (!organ || l.replace(/\s+/g, '') !== organ) return true;
      return DATE_LINE.test(nextText(i).replace(/\s+/g, ''));
    })
    .join('\n');
}

/** 落款 at the end of 六: the organ on one line and the date on the next. */
function splitClosing(blocks: Block[]): { blocks: Block[]; closing: ReportContent['closing'] } {
  const last = blocks[blocks.length - 1];
  if (!last || last.paragraphs.length === 0) return { blocks, closing: null };
  const paragraphs = [...last.paragraphs];
  // The organ and the date may arrive joined into one line when the organ line has no end mark.
  const tail = CLOSING_LINE.exec(paragraphs[paragraphs.length - 1]!.replace(/\s+/g, ''));
  if (!tail) return { blocks, closing: null };
  const [, joinedOrgan = '', year, month = '', day = ''] = tail;
  if (joinedOrgan.length > 40 || /[。，；：]/.test(joinedOrgan)) return { blocks, closing: null };
  paragraphs.pop();
  let organ = joinedOrgan;
  const above = paragraphs[paragraphs.length - 1];
  if (!organ && above && above.length <= 40 && !/[。，；：]/.test(above)) organ = paragraphs.pop()!;
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return {
    blocks: [...blocks.slice(0, -1), { ...last, paragraphs }],
    closing: { organ, date: iso },
  };
}

/** Numbers the text quotes as counts (“主动公开政府信息46条”, “受理申请21件”). */
function quotedCounts(text: string): Set<number> {
  const out = new Set<number>();
  for (const m of text.matchAll(/(\d+)\s*(?:件|条|个|项|篇|次)/g)) out.add(Number(m[1]));
  return out;
}

function sectionText(text: string, spans: readonly SectionSpan[], id: SectionId): string | null {
  const s = spans.find((x) => x.id === id);
  return s ? text.slice(s.bodyStart, s.end) : null;
}

function describeMissing(found: readonly SectionId[], missing: readonly SectionId[]): string {
  const foundText = found.length
    ? `已找到：${found.map((id) => SECTION_NAMES[id]).join('、')}`
    : '未找到任何部分';
  return `${foundText}；未找到${missing.map((id) => SECTION_NAMES[id]).join('、')}。`;
}

export function importReportFromText(
  input: { lines: readonly SourceLine[] } | string,
  options: ImportOptions = {},
): ImportResult {
  const lines = typeof input === 'string' ? linesFromText(input) : input.lines;
  const clean = cleanSource(lines);
  if (!/[\u4e00-\u9fff]/.test(clean.text)) {
    throw new ImportError(
      '没有读到任何中文文字：文件是空的，或内容不是文字（如扫描图片）。请换用含文字的报告文件。',
    );
  }
  const meta = findMeta(clean.rawText);
  const spans = locateSections(clean.text);
  const found = spans.map((s) => s.id);
  const all: SectionId[] = ['s1', 't2', 't3', 't4', 's5', 's6'];
  const missing = all.filter((id) => !found.includes(id));
  if (found.length < 3 && !meta.title) {
    throw new ImportError(
      `这不像一份政府信息公开工作年度报告：没有找到“××${'年政府信息公开工作年度报告'}”标题，${describeMissing(found, missing)}`,
    );
  }
  if (missing.includes('t3')) {
    throw new ImportError(`无法导入：${describeMissing(found, ['t3'])}请确认文件包含完整的表三。`);
  }

  const problems: string[] = [];
  const notes: string[] = [];
  if (missing.length) problems.push(`未找到${missing.map((id) => SECTION_NAMES[id]).join('、')}。`);
  const year = meta.year ?? new Date().getFullYear();
  if (meta.year === null) notes.push('未识别出报告年度，请核对。');
  const organ = meta.organ ?? '（未识别的机关）';
  if (!meta.organ) notes.push('未识别出机关名称，请在标题处填写。');

  const t2Text = sectionText(clean.text, spans, 't2') ?? '';
  const format = options.format ?? detectFormat(meta.year, t2Text);
  const spec = specFor(format);
  const narrative = ['s1', 's5', 's6']
    .map((id) => sectionText(clean.text, spans, id as SectionId) ?? '')
    .join('\n');
  const readings: TableReading[] = [
    readTable2(t2Text, spec, quotedCounts(narrative)),
    readTable3(sectionText(clean.text, spans, 't3') ?? '', spec),
    readTable4(sectionText(clean.text, spans, 't4') ?? '', quoteOfTable4(narrative)),
  ];

  const first = spans[0]!;
  const preamble = textToParagraphs(preambleText(clean.text.slice(0, first.headingStart)));
  const blocksOf = (id: SectionId) => {
    const t = sectionText(clean.text, spans, id);
    return t === null ? [] : toBlocks(withoutTitle(t, meta.organ));
  };
  const s6 = splitClosing(blocksOf('s6'));

  const base = blankReport({ organ, year, format });
  const cells = { ...base.cells };
  const uncertain: string[] = [];
  const confidence: Record<string, number> = {};
  for (const reading of readings) {
    Object.assign(cells, reading.values);
    notes.push(...reading.notes);
  }
  for (const cell of spec.cells) {
    const doubtful = readings.some((r) => r.uncertain.has(cell.key)) || !(cell.key in cells);
    if (doubtful) uncertain.push(cell.key);
    confidence[cell.key] = doubtful ? (cells[cell.key] === null ? 0 : 0.5) : 1;
  }

  const title = meta.title ?? reportTitle(organ, year);
  const report: ReportContent = {
    ...base,
    title,
    titleEdited: title !== reportTitle(organ, year),
    preamble: preamble.map(tidyParagraph),
    s1: blocksOf('s1'),
    s5: blocksOf('s5'),
    s6: s6.blocks,
    cells,
    closing: s6.closing ?? { organ, date: null },
    options: { ...base.options, totals: 'typed' },
  };
  return { report, review: { uncertain, notes }, confidence, sourceText: clean.text, problems };
}
