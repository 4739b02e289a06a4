import { specFor } from '../src/shared/format';
import { blankReport } from '../src/shared/model';
import type { Block, ReportContent } from '../src/shared/model';

function paragraph(seed: number, length: number): string {
  const base =
    '本机关严格落实《中华人民共和国政府信息公开条例》，围绕重点领域信息公开，持续完善主动公开目录，规范依申请公开办理流程，';
  let text = '';
  while (text.length < length) text += `${base}全年共办理第${seed}类事项${(seed * 37) % 101}件。`;
  return text.slice(0, length);
}

function blocks(headings: readonly string[], paragraphs: number, seed: number): Block[] {
  return headings.map((heading, b) => ({
    heading,
    paragraphs: Array.from({ length: paragraphs }, (_, p) => paragraph(seed + b * 10 + p, 220)),
  }));
}

/**
 * A report as large as a real one: every cell filled, each text section with several
 * 200-character paragraphs (about 8,000 characters of text in all).
 */
export function fullReport(organ = '宁陵县工业信息化和科技局', year = 2021): ReportContent {
  const blank = blankReport({ organ, year });
  const spec = specFor(blank.format);
  const cells = Object.fromEntries(
    spec.cells.map((c, i) => [c.key, c.kind === 'decimal' ? '24252.311082' : (i * 7) % 23]),
  );
  return {
    ...blank,
    preamble: [paragraph(1, 180)],
    s1: blocks(
      blank.s1.map((b) => b.heading ?? ''),
      3,
      10,
    ),
    s5: blocks(['（一）存在的主要问题', '（二）改进情况'], 2, 60),
    s6: blocks(
      blank.s6.map((b) => b.heading ?? ''),
      1,
      80,
    ),
    cells,
    options: { ...blank.options, totals: 'typed' },
  };
}
