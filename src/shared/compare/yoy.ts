import { specFor } from '../format';
import type { CellSpec, TableId } from '../format';
import { decimalPlaces, isDecimal, sumCells } from '../model';
import type { CellValue, ReportContent } from '../model';
import { FORMAT_2019_TO_2021 } from '../template/formatMapping';

/** One cell of 与上年对比: last year's value beside this year's. */
export interface TableComparisonRow {
  /** The current report's key; `t3.other.<col>` for the 2019 （六）其他处理 compared with the sum of its three 2021 rows. */
  key: string;
  table: TableId;
  rowLabel: string;
  colLabel: string;
  rowGroup?: string;
  previous: CellValue;
  current: CellValue;
  /** current − previous, when both are numbers (decimals compared exactly, then shown as a number). */
  change: number | null;
  /** change / previous in percent, one decimal; null when previous is 0 or not a number. */
  changePct: number | null;
  /** How last year's value was found: same cell, an approximate 2019 counterpart, a sum, or none. */
  match: 'same' | 'approx' | 'sum' | 'none';
  /** Why the match is approximate or missing (Chinese). */
  note?: string;
}

interface PreviousSource {
  value: CellValue;
  match: TableComparisonRow['match'];
  note?: string;
}

function asDecimalText(v: CellValue): string | null {
  if (typeof v === 'number') return Number.isSafeInteger(v) ? String(v) : null;
  if (typeof v === 'string' && isDecimal(v.trim())) return v.trim();
  if (typeof v === 'string' && /^-\d+$/.test(v.trim())) return v.trim();
  return null;
}

/** Exact difference of two decimals (as scaled integers), returned as a number for display. */
function difference(previous: CellValue, current: CellValue): number | null {
  if (typeof previous === 'number' && typeof current === 'number') return current - previous;
  const a = asDecimalText(previous);
  const b = asDecimalText(current);
  if (a === null || b === null) return null;
  const scale = Math.max(decimalPlaces(a), decimalPlaces(b));
  const scaled = (x: string) => BigInt(x.replace('.', '') + '0'.repeat(scale - decimalPlaces(x)));
  const d = scaled(b) - scaled(a);
  const negative = d < 0n;
  const digits = (negative ? -d : d).toString().padStart(scale + 1, '0');
  const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return Number(negative ? `-${text}` : text);
}

function percent(previous: CellValue, change: number | null): number | null {
  const base = asDecimalText(previous);
  if (change === null || base === null || Number(base) === 0) return null;
  return Math.round((change / Number(base)) * 1000) / 10;
}

function row(
  cell: CellSpec,
  key: string,
  source: PreviousSource,
  current: CellValue,
): TableComparisonRow {
  const change = difference(source.value, current);
  return {
    key,
    table: cell.table,
    rowLabel: cell.rowLabel,
    colLabel: cell.colLabel,
    ...(cell.rowGroup ? { rowGroup: cell.rowGroup } : {}),
    previous: source.value,
    current,
    change,
    changePct: percent(source.value, change),
    match: source.match,
    ...(source.note ? { note: source.note } : {}),
  };
}

/** Last year's value for each current key, across format versions. */
function previousSources(
  previous: ReportContent,
  current: ReportContent,
): Map<string, PreviousSource> {
  const sources = new Map<string, PreviousSource>();
  const value = (key: string): CellValue => previous.cells[key] ?? null;
  if (previous.format === '2019' && current.format === '2021') {
    for (const m of FORMAT_2019_TO_2021) {
      if (m.kind === 'same') sources.set(m.to, { value: value(m.from), match: 'same' });
      if (m.kind === 'approx')
        sources.set(m.to, { value: value(m.from), match: 'approx', note: m.note });
    }
  } else {
    for (const cell of specFor(current.format).cells)
      if (cell.key in previous.cells)
        sources.set(cell.key, { value: value(cell.key), match: 'same' });
  }
  return sources;
}

/**
 * Every cell of this year's tables beside last year's value. A 2019-format previous report is
 * read through FORMAT_2019_TO_2021; its （六）其他处理 is compared with the sum of the three 2021
 * rows in extra rows keyed `t3.other.<col>`.
 */
export function compareTables(
  previous: ReportContent,
  current: ReportContent,
): TableComparisonRow[] {
  const spec = specFor(current.format);
  const sources = previousSources(previous, current);
  const none: PreviousSource = { value: null, match: 'none', note: '上年报告没有对应栏目' };
  const rows: TableComparisonRow[] = [];
  const splits =
    previous.format === '2019' && current.format === '2021'
      ? FORMAT_2019_TO_2021.filter((m) => m.kind === 'split')
      : [];
  let lastOtherIndex = -1;
  for (const cell of spec.cells) {
    rows.push(row(cell, cell.key, sources.get(cell.key) ?? none, current.cells[cell.key] ?? null));
    if (cell.key.startsWith('t3.other_other.')) lastOtherIndex = rows.length;
  }
  const sumRows = splits.flatMap((m) => {
    if (m.kind !== 'split') return [];
    const col = m.from.split('.')[2]!;
    const colCell = spec.cells.find((c) => c.key === m.to[0])!;
    const cell: CellSpec = {
      ...colCell,
      rowLabel: '（六）其他处理（三项合计）',
      colLabel: colCell.colLabel,
    };
    const { rowGroup: _omit, ...plain } = cell;
    return [
      row(
        plain,
        `t3.other.${col}`,
        { value: previous.cells[m.from] ?? null, match: 'sum', note: m.note },
        sumCells(current.cells, m.to),
      ),
    ];
  });
  if (sumRows.length) rows.splice(lastOtherIndex, 0, ...sumRows);
  return rows;
}
