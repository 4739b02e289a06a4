import { describe, expect, it } from 'vitest';
import { FORMAT_2019, FORMAT_2021, formatForYear, specFor } from '../../../src/shared/format';
import type { FormatSpec, GridRow } from '../../../src/shared/format';

const T3_ROW_KEYS_2021 = [
  'new',
  'carried_over',
  'granted',
  'partly_granted',
  'denied_state_secret',
  'denied_law_forbids',
  'denied_three_safety_one_stability',
  'denied_third_party',
  'denied_internal_affairs',
  'denied_process_info',
  'denied_enforcement_file',
  'denied_inquiry_matter',
  'unable_not_held',
  'unable_needs_creation',
  'unable_unclear_after_correction',
  'not_processed_petition',
  'not_processed_repeat',
  'not_processed_publication',
  'not_processed_massive_repeat',
  'not_processed_confirm_existing',
  'other_no_correction',
  'other_fee_unpaid',
  'other_other',
  'total_handled',
  'carried_forward',
];
const T3_COLS = ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other', 'total'];
const T4 = ['review', 'litigation_direct', 'litigation_after_review'].flatMap((b) =>
  ['upheld', 'corrected', 'other', 'pending', 'total'].map((c) => `t4.${b}.${c}`),
);

/** Width of a grid row in grid columns, counting cells spanned from rows above. */
function occupancy(rows: readonly GridRow[], columns: number): number[][] {
  const grid: number[][] = rows.map(() => new Array<number>(columns).fill(0));
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row.cells) {
      while (c < columns && grid[r]![c]) c++;
      for (let dr = 0; dr < (cell.rowSpan ?? 1); dr++)
        for (let dc = 0; dc < (cell.colSpan ?? 1); dc++) grid[r + dr]![c + dc]! += 1;
      c += cell.colSpan ?? 1;
    }
  });
  return grid;
}

function keysOf(spec: FormatSpec, table: string): string[] {
  return spec.cells.filter((c) => c.table === table).map((c) => c.key);
}

describe('format 2021', () => {
  it('has the keys of FORMAT.md §3.1, §4 and §5 exactly', () => {
    expect(keysOf(FORMAT_2021, 't2')).toEqual([
      't2.regulations.made',
      't2.regulations.repealed',
      't2.regulations.effective',
      't2.normative_docs.made',
      't2.normative_docs.repealed',
      't2.normative_docs.effective',
      't2.licensing',
      't2.penalty',
      't2.coercion',
      't2.fees_wan_yuan',
    ]);
    expect(keysOf(FORMAT_2021, 't3')).toEqual(
      T3_ROW_KEYS_2021.flatMap((r) => T3_COLS.map((c) => `t3.${r}.${c}`)),
    );
    expect(keysOf(FORMAT_2021, 't4')).toEqual(T4);
    expect(FORMAT_2021.cells.find((c) => c.key === 't2.fees_wan_yuan')?.kind).toBe('decimal');
  });

  it('pins the verbatim labels of table 三', () => {
    const labels = FORMAT_2021.t3Rows.map((r) => r.label);
    expect(labels).toContain('（二）部分公开（区分处理的，只计这一情形，不计其他情形）');
    expect(labels).toContain('3.危及“三安全一稳定”');
    expect(labels).toContain('1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请');
    expect(labels).toContain(
      '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    );
    expect(labels[0]).toBe('一、本年新收政府信息公开申请数量');
    expect(labels.at(-1)).toBe('四、结转下年度继续办理');
    const texts = FORMAT_2021.tables.t3.rows.flatMap((r) =>
      r.cells.map((c) => c.text).filter(Boolean),
    );
    expect(texts.slice(0, 10)).toEqual([
      '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
      '申请人情况',
      '自然人',
      '法人或其他组织',
      '总计',
      '商业企业',
      '科研机构',
      '社会公益组织',
      '法律服务机构',
      '其他',
    ]);
  });

  it('merges table 三 as the official template (results span 22 rows, groups 8/3/5/3)', () => {
    const spans = FORMAT_2021.tables.t3.rows
      .flatMap((r) => r.cells)
      .filter((c) => (c.rowSpan ?? 1) > 1)
      .map((c) => [c.text, c.rowSpan]);
    expect(spans).toEqual([
      ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 3],
      ['自然人', 2],
      ['总计', 2],
      ['三、本年度办理结果', 22],
      ['（三）不予公开', 8],
      ['（四）无法提供', 3],
      ['（五）不予处理', 5],
      ['（六）其他处理', 3],
    ]);
  });

  it('every grid is a full rectangle without overlaps', () => {
    for (const spec of [FORMAT_2019, FORMAT_2021]) {
      for (const table of Object.values(spec.tables)) {
        for (const row of occupancy(table.rows, table.gridColumns))
          expect(row.every((n) => n === 1)).toBe(true);
        const keys = table.rows.flatMap((r) => r.cells.map((c) => c.key).filter(Boolean));
        expect(keys).toEqual(keysOf(spec, table.id));
      }
    }
  });

  it('computes totals: row totals, （七）总计, table 四', () => {
    const total = FORMAT_2021.cells.find((c) => c.key === 't3.new.total');
    expect(total?.sumOf).toEqual(
      ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other'].map(
        (c) => `t3.new.${c}`,
      ),
    );
    const handled = FORMAT_2021.cells.find((c) => c.key === 't3.total_handled.natural');
    expect(handled?.sumOf).toHaveLength(21);
    expect(FORMAT_2021.cells.find((c) => c.key === 't4.review.total')?.sumOf).toHaveLength(4);
    expect(FORMAT_2021.cells.filter((c) => c.sumOf)).toHaveLength(25 + 6 + 3);
  });

  it('heads the six sections verbatim', () => {
    expect(FORMAT_2021.sections.map((s) => s.heading)).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ]);
  });
});

describe('format 2019', () => {
  it('has the keys of FORMAT.md §3.2 and a single （六）其他处理 row', () => {
    expect(keysOf(FORMAT_2019, 't2')).toEqual([
      't2.regulations.new_made',
      't2.regulations.new_published',
      't2.regulations.total_published',
      't2.normative_docs.new_made',
      't2.normative_docs.new_published',
      't2.normative_docs.total_published',
      't2.licensing.prev_year',
      't2.licensing.change',
      't2.licensing.decisions',
      't2.other_services.prev_year',
      't2.other_services.change',
      't2.other_services.decisions',
      't2.penalty.prev_year',
      't2.penalty.change',
      't2.penalty.decisions',
      't2.coercion.prev_year',
      't2.coercion.change',
      't2.coercion.decisions',
      't2.fees.prev_year',
      't2.fees.change',
      't2.procurement.count',
      't2.procurement.amount',
    ]);
    expect(FORMAT_2019.t3Rows.map((r) => r.key)).toContain('other');
    expect(FORMAT_2019.t3Rows.map((r) => r.key)).not.toContain('other_other');
    expect(FORMAT_2019.cells.find((c) => c.key === 't2.licensing.change')?.kind).toBe('signed');
    const results = FORMAT_2019.tables.t3.rows
      .flatMap((r) => r.cells)
      .find((c) => c.text === '三、本年度办理结果');
    expect(results?.rowSpan).toBe(20);
  });
});

describe('formatForYear', () => {
  it('chooses 2019 for 2019–2020 and 2021 afterwards', () => {
    expect(formatForYear(2019)).toBe('2019');
    expect(formatForYear(2020)).toBe('2019');
    expect(formatForYear(2021)).toBe('2021');
    expect(formatForYear(2030)).toBe('2021');
    expect(specFor('2021')).toBe(FORMAT_2021);
  });
});
