import { FORMAT_2019, T3_COLUMNS, cellSpec } from '../format';
import type { CellSpec, FormatVersion } from '../format';

/**
 * How a cell of the 2019 format (国办公开办函〔2019〕60号) corresponds to the 2021 format
 * (国办公开办函〔2021〕30号). Used to convert a 2020 report used as template for 2021 and to
 * compare tables across the two formats.
 *
 * - same:   the same quantity under the same or another key;
 * - approx: a close but not identical quantity (shown in comparisons, flagged);
 * - split:  the 2019 cell equals the sum of several 2021 cells (（六）其他处理 became three rows);
 * - none:   no counterpart; the clerk is shown last year's value.
 */
export type CellMapping =
  | { kind: 'same'; from: string; to: string }
  | { kind: 'approx'; from: string; to: string; note: string }
  | { kind: 'split'; from: string; to: readonly string[]; note: string }
  | { kind: 'none'; from: string; note: string };

const NO_COUNTERPART_ITEMS = '2021年格式只填“本年处理决定数量”，不再填写项目数量及增减';

/** Table 二, written out: the two formats share little here. */
const TABLE2_2019_TO_2021: readonly CellMapping[] = [
  {
    kind: 'approx',
    from: 't2.regulations.new_made',
    to: 't2.regulations.made',
    note: '“本年新制作数量”对应“本年制发件数”',
  },
  { kind: 'none', from: 't2.regulations.new_published', note: '2021年格式无“本年新公开数量”' },
  {
    kind: 'none',
    from: 't2.regulations.total_published',
    note: '“对外公开总数量”不等于“现行有效件数”，请按现行有效的规章重新统计',
  },
  {
    kind: 'approx',
    from: 't2.normative_docs.new_made',
    to: 't2.normative_docs.made',
    note: '“规范性文件·本年新制作数量”对应“行政规范性文件·本年制发件数”',
  },
  { kind: 'none', from: 't2.normative_docs.new_published', note: '2021年格式无“本年新公开数量”' },
  {
    kind: 'none',
    from: 't2.normative_docs.total_published',
    note: '“对外公开总数量”不等于“现行有效件数”，请按现行有效的行政规范性文件重新统计',
  },
  { kind: 'none', from: 't2.licensing.prev_year', note: NO_COUNTERPART_ITEMS },
  { kind: 'none', from: 't2.licensing.change', note: NO_COUNTERPART_ITEMS },
  { kind: 'same', from: 't2.licensing.decisions', to: 't2.licensing' },
  { kind: 'none', from: 't2.other_services.prev_year', note: '2021年格式无“其他对外管理服务事项”' },
  { kind: 'none', from: 't2.other_services.change', note: '2021年格式无“其他对外管理服务事项”' },
  { kind: 'none', from: 't2.other_services.decisions', note: '2021年格式无“其他对外管理服务事项”' },
  { kind: 'none', from: 't2.penalty.prev_year', note: NO_COUNTERPART_ITEMS },
  { kind: 'none', from: 't2.penalty.change', note: NO_COUNTERPART_ITEMS },
  { kind: 'same', from: 't2.penalty.decisions', to: 't2.penalty' },
  { kind: 'none', from: 't2.coercion.prev_year', note: NO_COUNTERPART_ITEMS },
  { kind: 'none', from: 't2.coercion.change', note: NO_COUNTERPART_ITEMS },
  { kind: 'same', from: 't2.coercion.decisions', to: 't2.coercion' },
  {
    kind: 'none',
    from: 't2.fees.prev_year',
    note: '2021年格式改填“本年收费金额（单位：万元）”，不再填写收费项目数量',
  },
  {
    kind: 'none',
    from: 't2.fees.change',
    note: '2021年格式改填“本年收费金额（单位：万元）”，不再填写收费项目数量',
  },
  {
    kind: 'none',
    from: 't2.procurement.count',
    note: '2021年格式无第二十条第（九）项“政府集中采购”',
  },
  {
    kind: 'none',
    from: 't2.procurement.amount',
    note: '2021年格式无第二十条第（九）项“政府集中采购”',
  },
];

/** Table 三: the same rows and columns, except the single 2019 row （六）其他处理. */
const TABLE3_2019_TO_2021: readonly CellMapping[] = FORMAT_2019.t3Rows.flatMap((row) =>
  T3_COLUMNS.map((col): CellMapping => {
    const from = `t3.${row.key}.${col.key}`;
    if (row.key !== 'other') return { kind: 'same', from, to: from };
    return {
      kind: 'split',
      from,
      to: ['other_no_correction', 'other_fee_unpaid', 'other_other'].map(
        (r) => `t3.${r}.${col.key}`,
      ),
      note: '2019年格式“（六）其他处理”为一行，2021年格式分为三项',
    };
  }),
);

/** Table 四 is identical in both formats. */
const TABLE4_2019_TO_2021: readonly CellMapping[] = FORMAT_2019.cells
  .filter((c) => c.table === 't4')
  .map((c): CellMapping => ({ kind: 'same', from: c.key, to: c.key }));

export const FORMAT_2019_TO_2021: readonly CellMapping[] = [
  ...TABLE2_2019_TO_2021,
  ...TABLE3_2019_TO_2021,
  ...TABLE4_2019_TO_2021,
];

/** Full Chinese name of a cell for messages: 第二十条第（九）项·政府集中采购·采购总金额. */
export function cellLabel(cell: CellSpec): string {
  return [cell.rowGroup, cell.rowLabel, cell.colLabel].filter(Boolean).join('·');
}

export function cellLabelOf(version: FormatVersion, key: string): string {
  const cell = cellSpec(version, key);
  return cell ? cellLabel(cell) : key;
}
