import type { CellSpec, FormatSpec, FormatVersion, TableId } from './types';
import { SECTIONS } from './sections';
import { TABLE2_2019, TABLE2_2021 } from './table2';
import { T3_ROWS_2019, T3_ROWS_2021, buildTable3, buildTable3Cells } from './table3';
import { TABLE4, TABLE4_CELLS } from './table4';

export * from './types';
export * from './labels';

function makeSpec(
  version: FormatVersion,
  notice: string,
  years: { first: number; last?: number },
  t2: { table: FormatSpec['tables']['t2']; cells: readonly CellSpec[] },
  t3Rows: FormatSpec['t3Rows'],
): FormatSpec {
  return {
    version,
    notice,
    firstYear: years.first,
    ...(years.last ? { lastYear: years.last } : {}),
    sections: SECTIONS,
    tables: { t2: t2.table, t3: buildTable3(t3Rows), t4: TABLE4 },
    cells: [...t2.cells, ...buildTable3Cells(t3Rows), ...TABLE4_CELLS],
    t3Rows,
  };
}

export const FORMAT_2021 = makeSpec(
  '2021',
  '国办公开办函〔2021〕30号',
  { first: 2021 },
  TABLE2_2021,
  T3_ROWS_2021,
);
export const FORMAT_2019 = makeSpec(
  '2019',
  '国办公开办函〔2019〕60号',
  { first: 2019, last: 2020 },
  TABLE2_2019,
  T3_ROWS_2019,
);

/** Newest last; a future revision is added here as data. */
export const FORMATS: readonly FormatSpec[] = [FORMAT_2019, FORMAT_2021];
export const FORMAT_VERSIONS = FORMATS.map((f) => f.version);

export function specFor(version: FormatVersion): FormatSpec {
  const spec = FORMATS.find((f) => f.version === version);
  if (!spec) throw new Error(`未知的格式版本：${version}`);
  return spec;
}

/** The format a report for `year` is written in (FORMAT.md §1). */
export function formatForYear(year: number): FormatVersion {
  const match = FORMATS.find(
    (f) => year >= f.firstYear && (f.lastYear === undefined || year <= f.lastYear),
  );
  return (match ?? FORMATS[FORMATS.length - 1]!).version;
}

const cellIndexes = new Map<FormatVersion, Map<string, CellSpec>>();

/** Cell spec by key, for this format version. */
export function cellSpec(version: FormatVersion, key: string): CellSpec | undefined {
  let index = cellIndexes.get(version);
  if (!index) {
    index = new Map(specFor(version).cells.map((c) => [c.key, c]));
    cellIndexes.set(version, index);
  }
  return index.get(key);
}

export function cellsOfTable(spec: FormatSpec, table: TableId): readonly CellSpec[] {
  return spec.cells.filter((c) => c.table === table);
}
