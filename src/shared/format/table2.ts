import type { CellKind, CellSpec, GridCell, GridRow, TableSpec } from './types';

/** One block of table 二: an article heading, a header row and its rows. */
interface T2Block {
  readonly article: string;
  /** Value column headers (after 信息内容). The last one spans the remaining grid columns. */
  readonly columns: readonly {
    readonly label: string;
    readonly sub?: string;
    readonly kind: CellKind;
  }[];
  readonly rows: readonly { readonly label: string; readonly key: string }[];
}

const GRID = 4;
const ITEM = '信息内容';

/** Key of a value: a block with one column stores the value at the row key itself (`t2.licensing`). */
function valueKey(block: T2Block, rowKey: string, col: T2Block['columns'][number]): string {
  return block.columns.length === 1 && !col.sub ? `t2.${rowKey}` : `t2.${rowKey}.${col.sub}`;
}

function buildTable2(blocks: readonly T2Block[]): { table: TableSpec; cells: CellSpec[] } {
  const rows: GridRow[] = [];
  const cells: CellSpec[] = [];
  for (const block of blocks) {
    const lastSpan = GRID - block.columns.length;
    const span = (i: number): Partial<GridCell> =>
      i === block.columns.length - 1 && lastSpan > 1 ? { colSpan: lastSpan } : {};
    rows.push({ cells: [{ text: block.article, colSpan: GRID }] });
    rows.push({
      cells: [{ text: ITEM }, ...block.columns.map((c, i) => ({ text: c.label, ...span(i) }))],
    });
    for (const row of block.rows) {
      rows.push({
        cells: [
          { text: row.label },
          ...block.columns.map((c, i) => ({ key: valueKey(block, row.key, c), ...span(i) })),
        ],
      });
      for (const c of block.columns) {
        cells.push({
          key: valueKey(block, row.key, c),
          table: 't2',
          kind: c.kind,
          rowLabel: row.label,
          colLabel: c.label,
          rowGroup: block.article,
        });
      }
    }
  }
  return {
    table: { id: 't2', gridColumns: GRID, columnWidths: [2435, 2435, 2435, 2435], rows },
    cells,
  };
}

const DOC_COLUMNS_2021 = [
  { label: '本年制发件数', sub: 'made', kind: 'count' },
  { label: '本年废止件数', sub: 'repealed', kind: 'count' },
  { label: '现行有效件数', sub: 'effective', kind: 'count' },
] as const;
const DECISIONS_2021 = [{ label: '本年处理决定数量', kind: 'count' }] as const;

export const TABLE2_2021 = buildTable2([
  {
    article: '第二十条第（一）项',
    columns: DOC_COLUMNS_2021,
    rows: [
      { label: '规章', key: 'regulations' },
      { label: '行政规范性文件', key: 'normative_docs' },
    ],
  },
  {
    article: '第二十条第（五）项',
    columns: DECISIONS_2021,
    rows: [{ label: '行政许可', key: 'licensing' }],
  },
  {
    article: '第二十条第（六）项',
    columns: DECISIONS_2021,
    rows: [
      { label: '行政处罚', key: 'penalty' },
      { label: '行政强制', key: 'coercion' },
    ],
  },
  {
    article: '第二十条第（八）项',
    columns: [{ label: '本年收费金额（单位：万元）', kind: 'decimal' }],
    rows: [{ label: '行政事业性收费', key: 'fees_wan_yuan' }],
  },
]);

const ITEMS_2019 = [
  { label: '上一年项目数量', sub: 'prev_year', kind: 'count' },
  { label: '本年增/减', sub: 'change', kind: 'signed' },
  { label: '处理决定数量', sub: 'decisions', kind: 'count' },
] as const;

export const TABLE2_2019 = buildTable2([
  {
    article: '第二十条第（一）项',
    columns: [
      { label: '本年新制作数量', sub: 'new_made', kind: 'count' },
      { label: '本年新公开数量', sub: 'new_published', kind: 'count' },
      { label: '对外公开总数量', sub: 'total_published', kind: 'count' },
    ],
    rows: [
      { label: '规章', key: 'regulations' },
      { label: '规范性文件', key: 'normative_docs' },
    ],
  },
  {
    article: '第二十条第（五）项',
    columns: ITEMS_2019,
    rows: [
      { label: '行政许可', key: 'licensing' },
      { label: '其他对外管理服务事项', key: 'other_services' },
    ],
  },
  {
    article: '第二十条第（六）项',
    columns: ITEMS_2019,
    rows: [
      { label: '行政处罚', key: 'penalty' },
      { label: '行政强制', key: 'coercion' },
    ],
  },
  {
    article: '第二十条第（八）项',
    columns: ITEMS_2019.slice(0, 2),
    rows: [{ label: '行政事业性收费', key: 'fees' }],
  },
  {
    article: '第二十条第（九）项',
    columns: [
      { label: '采购项目数量', sub: 'count', kind: 'count' },
      { label: '采购总金额', sub: 'amount', kind: 'decimal' },
    ],
    rows: [{ label: '政府集中采购', key: 'procurement' }],
  },
]);
