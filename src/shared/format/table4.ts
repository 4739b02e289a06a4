import type { CellSpec, TableSpec } from './types';
import { T4_BLOCKS, T4_COLUMNS, T4_LITIGATION } from './labels';

/** Table 四 is the same in both format versions. */
export const TABLE4: TableSpec = {
  id: 't4',
  gridColumns: 15,
  columnWidths: [649, 649, 649, 649, 649, 649, 649, 650, 650, 650, 650, 650, 650, 650, 650],
  rows: [
    {
      header: true,
      cells: [
        { text: T4_BLOCKS[0].label, colSpan: 5 },
        { text: T4_LITIGATION, colSpan: 10 },
      ],
    },
    {
      header: true,
      cells: [
        ...T4_COLUMNS.map((c) => ({ text: c.label, rowSpan: 2 })),
        { text: T4_BLOCKS[1].label, colSpan: 5 },
        { text: T4_BLOCKS[2].label, colSpan: 5 },
      ],
    },
    {
      header: true,
      cells: [...T4_COLUMNS, ...T4_COLUMNS].map((c) => ({ text: c.label })),
    },
    {
      cells: T4_BLOCKS.flatMap((b) => T4_COLUMNS.map((c) => ({ key: `t4.${b.key}.${c.key}` }))),
    },
  ],
};

export const TABLE4_CELLS: readonly CellSpec[] = T4_BLOCKS.flatMap((b) =>
  T4_COLUMNS.map((c): CellSpec => ({
    key: `t4.${b.key}.${c.key}`,
    table: 't4',
    kind: 'count',
    rowLabel: b.key === 'review' ? b.label : `${T4_LITIGATION}（${b.label}）`,
    colLabel: c.label,
    ...(c.key === 'total'
      ? { sumOf: T4_COLUMNS.slice(0, 4).map((x) => `t4.${b.key}.${x.key}`) }
      : {}),
  })),
);
