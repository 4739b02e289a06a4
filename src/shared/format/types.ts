/**
 * The official report format as data. One FormatSpec per version; every other layer
 * (model, checks, editors, layout, import) is a function of a report plus its spec.
 */

export type FormatVersion = '2021' | '2019';
export type TableId = 't2' | 't3' | 't4';
export type TextSectionId = 's1' | 's5' | 's6';

/** count: integer ≥ 0; signed: integer that may be negative (2019 本年增/减); decimal: exact decimal string. */
export type CellKind = 'count' | 'signed' | 'decimal';

/** One cell of the printed grid. Positions covered by a rowSpan from above are omitted. */
export interface GridCell {
  /** Fixed label text (header or row label). */
  readonly text?: string;
  /** Data cell: the FORMAT.md key, e.g. `t3.new.natural`. */
  readonly key?: string;
  readonly colSpan?: number;
  readonly rowSpan?: number;
}

export interface GridRow {
  readonly cells: readonly GridCell[];
  /** Header rows repeat when a table breaks across pages. */
  readonly header?: boolean;
}

export interface TableSpec {
  readonly id: TableId;
  readonly gridColumns: number;
  /** Relative column widths (twips of the circulating Word template); layouts scale them. */
  readonly columnWidths: readonly number[];
  readonly rows: readonly GridRow[];
}

export interface CellSpec {
  /** Stable key, e.g. `t3.new.natural` or `t2.fees_wan_yuan`. */
  readonly key: string;
  readonly table: TableId;
  readonly kind: CellKind;
  /** Row label as printed (the most specific one), e.g. `1.属于国家秘密`. */
  readonly rowLabel: string;
  /** Column label as printed, e.g. `自然人`; for single-value rows the value header. */
  readonly colLabel: string;
  /** Outer labels above the row label (e.g. `（三）不予公开`), for accessible names and messages. */
  readonly rowGroup?: string;
  /** When present the cell is the sum of these keys (totals). */
  readonly sumOf?: readonly string[];
}

export interface TextSectionSpec {
  readonly kind: 'text';
  readonly no: string;
  readonly id: TextSectionId;
  readonly heading: string;
  readonly defaultSubheadings: readonly string[];
  readonly guidance: string;
}

export interface TableSectionSpec {
  readonly kind: 'table';
  readonly no: string;
  readonly id: TableId;
  readonly heading: string;
  readonly guidance: string;
}

export type SectionSpec = TextSectionSpec | TableSectionSpec;

/** A row of table 三 (rows × applicant columns). */
export interface T3RowSpec {
  readonly key: string;
  readonly label: string;
  /** The outer group label (（三）不予公开 …), when the row sits inside one. */
  readonly group?: string;
  /** Result rows are summed into `total_handled`. */
  readonly isResult: boolean;
}

export interface FormatSpec {
  readonly version: FormatVersion;
  /** Human name of the notice that defines the format. */
  readonly notice: string;
  readonly firstYear: number;
  /** Inclusive; undefined = still current. */
  readonly lastYear?: number;
  readonly sections: readonly SectionSpec[];
  readonly tables: Readonly<Record<TableId, TableSpec>>;
  /** Every data cell in reading order (t2, t3 row by row, t4). */
  readonly cells: readonly CellSpec[];
  readonly t3Rows: readonly T3RowSpec[];
}
