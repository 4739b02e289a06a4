import type { GridRow } from '../../../shared/format';

/** The table's data cells as rows of keys, in reading order (irregular rows allowed). */
export type KeyGrid = readonly (readonly string[])[];

export interface GridPosition {
  row: number;
  col: number;
}

export type NavAction =
  'up' | 'down' | 'left' | 'right' | 'next' | 'prev' | 'rowStart' | 'rowEnd' | 'first' | 'last';

/** Rows of keys of a printed grid: header/label cells are skipped, merged value cells count once. */
export function keyGridOf(rows: readonly GridRow[]): KeyGrid {
  return rows
    .map((r) => r.cells.flatMap((c) => (c.key ? [c.key] : [])))
    .filter((keys) => keys.length > 0);
}

export function locate(grid: KeyGrid, key: string): GridPosition | null {
  for (let row = 0; row < grid.length; row++) {
    const col = grid[row]!.indexOf(key);
    if (col >= 0) return { row, col };
  }
  return null;
}

function at(grid: KeyGrid, row: number, col: number): string | undefined {
  const r = grid[row];
  if (!r || r.length === 0) return undefined;
  return r[Math.min(Math.max(col, 0), r.length - 1)];
}

/** Cells in reading order, for Tab. */
function flat(grid: KeyGrid): string[] {
  return grid.flatMap((r) => [...r]);
}

/**
 * Target cell of a navigation key. Arrows move visually and stop at edges (a shorter row keeps
 * the column as near as it has); Tab/Enter skip cells `skip` says cannot be typed into (computed
 * totals), like a protected spreadsheet, so a clerk can type a row of values without detours.
 */
export function moveInGrid(
  grid: KeyGrid,
  from: string,
  action: NavAction,
  skip: (key: string) => boolean = () => false,
): string {
  const pos = locate(grid, from);
  if (!pos) return from;
  const { row, col } = pos;
  switch (action) {
    case 'left':
      return at(grid, row, col - 1) ?? from;
    case 'right':
      return grid[row]![col + 1] ?? from;
    case 'up':
      return row > 0 ? (at(grid, row - 1, col) ?? from) : from;
    case 'down':
      return row < grid.length - 1 ? (at(grid, row + 1, col) ?? from) : from;
    case 'rowStart':
      return grid[row]![0] ?? from;
    case 'rowEnd':
      return grid[row]![grid[row]!.length - 1] ?? from;
    case 'first':
      return flat(grid).find((k) => !skip(k)) ?? grid[0]?.[0] ?? from;
    case 'last':
      return [...flat(grid)].reverse().find((k) => !skip(k)) ?? from;
    case 'next':
    case 'prev': {
      const cells = flat(grid);
      const step = action === 'next' ? 1 : -1;
      for (let i = cells.indexOf(from) + step; i >= 0 && i < cells.length; i += step) {
        if (!skip(cells[i]!)) return cells[i]!;
      }
      return from;
    }
  }
}

/** Enter moves down past computed rows (（七）总计), staying put at the bottom. */
export function moveVertically(
  grid: KeyGrid,
  from: string,
  down: boolean,
  skip: (key: string) => boolean,
): string {
  let current = from;
  for (;;) {
    const next = moveInGrid(grid, current, down ? 'down' : 'up');
    if (next === current) return from;
    if (!skip(next)) return next;
    current = next;
  }
}

/** Editing state of the active cell: none (navigating), replace (typed over), caret (F2). */
export type EditMode = 'none' | 'replace' | 'caret';

export interface KeyLike {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

export type CellKeyCommand =
  | { type: 'move'; action: NavAction }
  | { type: 'enter'; down: boolean }
  | { type: 'startCaretEdit' }
  | { type: 'cancelEdit' }
  | null;

/**
 * What a key does in a table cell (spreadsheet conventions). In caret mode (F2) Left/Right and
 * Home/End move the caret inside the text instead of leaving the cell.
 */
export function cellKeyCommand(e: KeyLike, mode: EditMode): CellKeyCommand {
  const ctrl = e.ctrlKey || e.metaKey;
  if (e.altKey) return null;
  switch (e.key) {
    case 'F2':
      return mode === 'caret' ? null : { type: 'startCaretEdit' };
    case 'Escape':
      return mode === 'none' ? null : { type: 'cancelEdit' };
    case 'Enter':
      return { type: 'enter', down: !e.shiftKey };
    case 'Tab':
      return { type: 'move', action: e.shiftKey ? 'prev' : 'next' };
    case 'ArrowUp':
      return { type: 'move', action: 'up' };
    case 'ArrowDown':
      return { type: 'move', action: 'down' };
    case 'ArrowLeft':
      return mode === 'caret' ? null : { type: 'move', action: 'left' };
    case 'ArrowRight':
      return mode === 'caret' ? null : { type: 'move', action: 'right' };
    case 'Home':
      if (ctrl) return { type: 'move', action: 'first' };
      return mode === 'caret' ? null : { type: 'move', action: 'rowStart' };
    case 'End':
      if (ctrl) return { type: 'move', action: 'last' };
      return mode === 'caret' ? null : { type: 'move', action: 'rowEnd' };
    default:
      return null;
  }
}
