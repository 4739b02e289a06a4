import { describe, expect, it } from 'vitest';
import { specFor } from '../../../src/shared/format';
import { SECTION_HEADINGS } from '../../../src/shared/format';
import {
  buildDocTree,
  cellText,
  headingLevel,
  printedDate,
} from '../../../src/shared/layout/docTree';
import type { DocTable } from '../../../src/shared/layout/docTree';
import { exportFileName } from '../../../src/shared/layout/fileName';
import { seedReport, synthesisedReport } from './reports';

const tables = (tree: ReturnType<typeof buildDocTree>): DocTable[] =>
  tree.blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : []));

describe('buildDocTree', () => {
  it('orders title, preamble, the six headings with their tables, and the closing', () => {
    const report = seedReport();
    const tree = buildDocTree(report);
    expect(tree.title).toBe('宁陵县工业信息化和科技局2021年政府信息公开工作年度报告');
    expect(tree.blocks[0]).toEqual({ kind: 'paragraph', text: report.preamble[0] });
    const level1 = tree.blocks
      .filter((b) => b.kind === 'heading' && b.level === 1)
      .map((b) => (b.kind === 'heading' ? b.text : ''));
    expect(level1).toEqual(Object.values(SECTION_HEADINGS));
    expect(tables(tree).map((t) => t.id)).toEqual(['t2', 't3', 't4']);
    const t2At = tree.blocks.findIndex(
      (b) => b.kind === 'heading' && b.text === SECTION_HEADINGS.t2,
    );
    expect(tree.blocks[t2At + 1]?.kind).toBe('table');
    expect(tree.closing).toEqual({
      organ: '宁陵县工业信息化和科技局',
      date: '2022年1月5日',
      isoDate: '2022-01-05',
    });
  });

  it('mirrors the format grid: same spans, labels verbatim, values from the cells', () => {
    const report = synthesisedReport();
    const spec = specFor(report.format);
    for (const table of tables(buildDocTree(report))) {
      const grid = spec.tables[table.id];
      expect(table.rows).toHaveLength(grid.rows.length);
      table.rows.forEach((row, r) => {
        const gridRow = grid.rows[r]!;
        expect(row.header).toBe(gridRow.header === true);
        row.cells.forEach((cell, c) => {
          const g = gridRow.cells[c]!;
          expect([cell.colSpan, cell.rowSpan]).toEqual([g.colSpan ?? 1, g.rowSpan ?? 1]);
          if (g.key) expect(cell.text).toBe(cellText(report.cells[g.key]));
          else expect(cell.text).toBe(g.text);
        });
      });
    }
  });

  it('prints blank cells empty and decimals exactly as entered', () => {
    const report = seedReport();
    report.cells['t2.licensing'] = null;
    report.cells['t2.fees_wan_yuan'] = '24252.311080';
    const t2 = tables(buildDocTree(report))[0]!;
    const value = (key: string) => t2.rows.flatMap((r) => r.cells).find((c) => c.key === key)?.text;
    expect(value('t2.licensing')).toBe('');
    expect(value('t2.fees_wan_yuan')).toBe('24252.311080');
    expect(value('t2.penalty')).toBe('0');
  });

  it('derives heading levels from the numbering and drops empty paragraphs', () => {
    expect(headingLevel('一、总体情况')).toBe(1);
    expect(headingLevel('（三）政府信息管理')).toBe(2);
    expect(headingLevel('1.加强政策解读')).toBe(3);
    expect(headingLevel('（2）细化目录')).toBe(3);
    const report = { ...seedReport(), s5: [{ heading: '1.问题', paragraphs: ['', '  ', '正文'] }] };
    const tree = buildDocTree(report);
    const at = tree.blocks.findIndex((b) => b.kind === 'heading' && b.text === '1.问题');
    expect(tree.blocks[at]).toMatchObject({ level: 3 });
    expect(tree.blocks[at + 1]).toEqual({ kind: 'paragraph', text: '正文' });
    expect(tree.blocks[at + 2]).toMatchObject({ kind: 'heading', text: SECTION_HEADINGS.s6 });
  });

  it('prints dates without zero padding and omits an empty closing', () => {
    expect(printedDate('2022-01-05')).toBe('2022年1月5日');
    expect(printedDate('2025-12-31')).toBe('2025年12月31日');
    expect(
      buildDocTree({ ...seedReport(), closing: { organ: ' ', date: null } }).closing,
    ).toBeNull();
    expect(
      buildDocTree({ ...seedReport(), closing: { organ: '某局', date: null } }).closing,
    ).toEqual({
      organ: '某局',
      date: null,
      isoDate: null,
    });
  });
});

describe('exportFileName', () => {
  it('is the title, safe on Windows', () => {
    expect(exportFileName('宁陵县工业信息化和科技局2021年政府信息公开工作年度报告', 'docx')).toBe(
      '宁陵县工业信息化和科技局2021年政府信息公开工作年度报告.docx',
    );
    expect(exportFileName('a/b\\c:d*e?"f"<g>|h. ', 'pdf')).toBe('a_b_c_d_e__f__g__h.pdf');
    expect(exportFileName('CON', 'pdf')).toBe('CON_.pdf');
    expect(exportFileName('  ', 'docx')).toBe('政府信息公开工作年度报告.docx');
  });
});
