import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildDocTree } from '../../../src/shared/layout/docTree';
import { renderDocx } from '../../../src/shared/layout/docx';
import { renderHtml } from '../../../src/shared/layout/html';
import { TITLE_CHARS_PER_LINE, titleLines } from '../../../src/shared/layout/titleLines';
import { seedReport } from './reports';

describe('titleLines', () => {
  it('fits 20 full-width characters of 二号 on the 156 mm line', () => {
    expect(TITLE_CHARS_PER_LINE).toBe(20);
  });

  it('breaks a long title after the 机关名称, keeping the year with its 年', () => {
    const organ = '宁陵县工业信息化和科技局';
    expect(titleLines(`${organ}2021年政府信息公开工作年度报告`, organ)).toEqual([
      organ,
      '2021年政府信息公开工作年度报告',
    ]);
  });

  it('leaves a title that fits on one line', () => {
    // 某局 + the year (4 half-width digits) + 13 characters: 17 full widths.
    expect(titleLines('某局2021年政府信息公开工作年度报告', '某局')).toEqual([
      '某局2021年政府信息公开工作年度报告',
    ]);
  });

  it('leaves a title the clerk rewrote (not starting with the organ) to wrap by itself', () => {
    const title = '关于本局二〇二一年度政府信息公开工作情况的年度报告全文';
    expect(titleLines(title, '宁陵县工业信息化和科技局')).toEqual([title]);
    expect(titleLines(title, '')).toEqual([title]);
  });
});

describe('the broken title in both outputs', () => {
  const report = seedReport();
  const tree = buildDocTree(report);

  it('is two lines for the seed report', () => {
    expect(tree.titleLines).toEqual([report.organ, `${report.year}年政府信息公开工作年度报告`]);
    expect(tree.titleLines.join('')).toBe(tree.title);
  });

  it('HTML: a <br> between the lines, the year unbreakable', () => {
    const html = renderHtml(tree, { fontScheme: 'official', fontBaseUrl: 'file:///fonts/' });
    expect(html).toContain(
      `<h1 class="title">${report.organ}<br><span class="nowrap">${report.year}年</span>政府信息公开工作年度报告</h1>`,
    );
  });

  it('DOCX: one title paragraph, a line break between the two runs', async () => {
    const docx = await renderDocx(tree, { fontScheme: 'official' });
    const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
    const first = /<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/s.exec(xml)![0];
    expect(first).toContain(`<w:t xml:space="preserve">${report.organ}</w:t>`);
    expect(first).toMatch(
      /<w:br\/>.*<w:t xml:space="preserve">2021年政府信息公开工作年度报告<\/w:t>/s,
    );
    expect((first.match(/<w:br\/>/g) ?? []).length).toBe(1);
  });
});
