import { describe, expect, it } from 'vitest';
import { reuseStats } from '../../../src/shared/compare/reuse';
import type { ReportContent } from '../../../src/shared/model';
import {
  applySuggestions,
  reportFromPreviousYear,
  reuseBySection,
  textAt,
} from '../../../src/shared/template';
import { SAMPLES_DIR, readSample } from '../../helpers/samples';
import { reportFromSeedSample, synthesised2021 } from './fixtures';

function withS5Paragraph(
  report: ReportContent,
  block: number,
  paragraph: number,
  text: string,
): ReportContent {
  const s5 = report.s5.map((b, i) =>
    i !== block
      ? b
      : { ...b, paragraphs: b.paragraphs.map((p, j) => (j === paragraph ? text : p)) },
  );
  return { ...report, s5 };
}

describe('reuseBySection', () => {
  const previous = synthesised2021();
  const { report, suggestions } = reportFromPreviousYear(previous, 2022);

  it('is 1.0 for every section of an untouched copy, and marks every sentence', () => {
    const reuse = reuseBySection(previous, report);
    for (const section of ['s1', 's5', 's6'] as const) {
      expect(reuse[section].ratio).toBe(1);
      expect(reuse[section].unchanged).toBe(reuse[section].total);
      expect(reuse[section].total).toBeGreaterThan(0);
      expect(reuse[section].marks).toHaveLength(reuse[section].total);
    }
  });

  it('still counts a sentence as copied when only its year was shifted', () => {
    const shifted = applySuggestions(
      report,
      suggestions,
      suggestions.map((s) => s.id),
    );
    expect(reuseBySection(previous, shifted).s1.ratio).toBe(1);
  });

  it('drops when sentences are rewritten, and marks only the unchanged ones', () => {
    // s5 block 0: “一是公开形式较为单一；二是信息更新不够及时。” — rewrite the second clause.
    const edited = withS5Paragraph(
      report,
      0,
      0,
      '一是公开形式较为单一；二是政策解读形式不够丰富，图解、视频解读较少。',
    );
    const reuse = reuseBySection(previous, edited).s5;
    expect(reuse.ratio).toBeLessThan(1);
    expect(reuse.ratio).toBeGreaterThan(0);
    expect(reuse.unchanged).toBe(reuse.total - 1);
    for (const m of reuse.marks) {
      const text = textAt(edited, { section: 's5', block: m.block, paragraph: m.paragraph })!;
      expect(text.slice(m.start, m.end)).not.toContain('政策解读');
    }
    expect(reuse.marks[0]).toEqual({
      block: 0,
      paragraph: 0,
      start: 0,
      end: '一是公开形式较为单一；'.length,
    });
    // Untouched sections keep their ratio.
    expect(reuseBySection(previous, edited).s6.ratio).toBe(1);
  });

  it('is 0 for a wholly new section and for an empty one', () => {
    const fresh: ReportContent = {
      ...report,
      s6: [
        {
          heading: '（一）信息处理费收取情况',
          paragraphs: ['本年度依据《政府信息公开信息处理费管理办法》未收取任何费用。'],
        },
      ],
      s5: [{ heading: '（一）存在的主要问题', paragraphs: [''] }],
    };
    const reuse = reuseBySection(previous, fresh);
    expect(reuse.s6).toMatchObject({ ratio: 0, unchanged: 0, marks: [] });
    expect(reuse.s6.total).toBeGreaterThan(0);
    expect(reuse.s5).toMatchObject({ ratio: 0, unchanged: 0, total: 0, marks: [] });
  });

  it('agrees with reuseStats (the REUSE check) and marks exactly the copied sentences', () => {
    const edited = withS5Paragraph(report, 1, 0, '全新的一句改进措施，与去年完全不同。');
    const reuse = reuseBySection(previous, edited);
    for (const section of ['s1', 's5', 's6'] as const) {
      const stats = reuseStats(previous[section], edited[section]);
      expect(reuse[section]).toMatchObject({
        ratio: stats.ratio,
        unchanged: stats.unchanged,
        total: stats.total,
      });
      const marked = reuse[section].marks.map((m) =>
        textAt(edited, { section, block: m.block, paragraph: m.paragraph })!.slice(m.start, m.end),
      );
      expect(marked).toEqual(stats.unchangedSentences);
    }
    expect(reuse.s5.ratio).toBe(2 / 3);
  });
});

describe.skipIf(!SAMPLES_DIR)('reuseBySection on the seed sample', () => {
  it('is 1.0 for the copy and falls below 50% once section 五 is rewritten', () => {
    const previous = reportFromSeedSample(readSample('000_dcd80c00dea1f0d9.txt'));
    const { report } = reportFromPreviousYear(previous, 2022);
    expect(reuseBySection(previous, report).s5.ratio).toBe(1);
    const rewritten: ReportContent = {
      ...report,
      s5: [
        {
          heading: null,
          paragraphs: [
            '本年度存在的主要问题是政策解读质量不高，群众关切回应不够及时。',
            report.s5[0]!.paragraphs[1]!.slice(0, 40) + '。',
          ],
        },
      ],
    };
    expect(reuseBySection(previous, rewritten).s5.ratio).toBeLessThan(0.5);
  });
});
