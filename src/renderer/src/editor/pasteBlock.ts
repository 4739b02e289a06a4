import type { CellKind } from '../../../shared/format';
import { locate, type KeyGrid } from './gridNav';
import { normaliseNumberText, parseCellText } from './cellInput';

type Cells = Readonly<Record<string, number | string | null>>;

/**
 * Rows and cells of a clipboard block from Excel/WPS: rows by newline, cells by tab. The
 * trailing newline spreadsheets add is dropped; a single value is a 1×1 block.
 */
export function parseClipboardBlock(text: string): string[][] {
  const rows = text.replace(/\r\n?/g, '\n').split('\n');
  while (rows.length > 1 && rows[rows.length - 1]!.trim() === '') rows.pop();
  return rows.map((r) => r.split('\t').map((c) => c.trim()));
}

export interface PasteTarget {
  grid: KeyGrid;
  anchor: string;
  kindOf: (key: string) => CellKind;
  /** Computed totals: not written, compared with what was pasted. */
  computed: ReadonlySet<string>;
  /** Label of a cell for messages, e.g. “（一）予以公开·自然人”. */
  describe: (key: string) => string;
  cells: Cells;
  /** Applies computed totals to a cell map (withComputedTotals). */
  recompute: (cells: Cells) => Cells;
}

export interface TotalMismatch {
  key: string;
  pasted: number | string;
  computed: number | string | null;
}

export type PastePlan =
  | {
      ok: true;
      changes: Record<string, number | string | null>;
      mismatches: TotalMismatch[];
      size: string;
    }
  | { ok: false; message: string };

/** A cell written “/” or “—” for “none” is a blank in the official tables. */
const DASH_BLANK = /^[/／—–-]$/;

/**
 * Plan of a block paste at the anchor cell. All or nothing: one non-numeric cell or a block
 * running past the table edge refuses the whole paste with a message naming what is wrong.
 */
export function planPaste(text: string, target: PasteTarget): PastePlan {
  const block = parseClipboardBlock(text);
  const height = block.length;
  const width = Math.max(...block.map((r) => r.length));
  const size = `${height}行×${width}列`;
  const start = locate(target.grid, target.anchor);
  if (!start) return { ok: false, message: '请先点击要粘贴到的起始单元格，再粘贴。' };

  const lastRow = start.row + height - 1;
  const overflowCols = block.some(
    (r, i) => start.col + r.length > (target.grid[start.row + i]?.length ?? 0),
  );
  if (lastRow >= target.grid.length || overflowCols) {
    const rowsLeft = target.grid.length - start.row;
    const colsLeft = (target.grid[start.row]?.length ?? 0) - start.col;
    return {
      ok: false,
      message: `粘贴的内容有${size}，超出了表格范围（从当前单元格起最多${rowsLeft}行×${colsLeft}列）。请少选几行或几列后重新复制，或换一个起始单元格。未做任何修改。`,
    };
  }

  const changes: Record<string, number | string | null> = {};
  const pastedTotals: { key: string; value: number | string }[] = [];
  const problems: string[] = [];
  block.forEach((row, i) =>
    row.forEach((raw, j) => {
      const key = target.grid[start.row + i]![start.col + j]!;
      const text = DASH_BLANK.test(raw.trim()) ? '' : raw;
      const parsed = parseCellText(target.kindOf(key), text);
      if (!parsed.ok) {
        problems.push(
          `第${i + 1}行第${j + 1}列“${raw}”（${target.describe(key)}）：${parsed.hint}`,
        );
        return;
      }
      if (target.computed.has(key)) {
        if (parsed.value !== null) pastedTotals.push({ key, value: parsed.value });
      } else {
        changes[key] = parsed.value;
      }
    }),
  );
  if (problems.length > 0) {
    const shown = problems.slice(0, 5).join('；');
    const more = problems.length > 5 ? `；另有${problems.length - 5}处` : '';
    return {
      ok: false,
      message: `粘贴的内容中有不是数字的单元格，整块未粘贴，表格未做任何修改：${shown}${more}。`,
    };
  }

  const after = target.recompute({ ...target.cells, ...changes });
  const mismatches = pastedTotals
    .filter(
      (t) =>
        normaliseNumberText(String(t.value)) !== normaliseNumberText(String(after[t.key] ?? '')),
    )
    .map((t) => ({ key: t.key, pasted: t.value, computed: after[t.key] ?? null }));
  return { ok: true, changes, mismatches, size };
}

/** Chinese sentence reporting pasted totals that differ from the sums of their rows/columns. */
export function describeMismatches(
  mismatches: readonly TotalMismatch[],
  describe: (key: string) => string,
): string {
  return mismatches
    .map(
      (m) =>
        `${describe(m.key)}：粘贴的合计为${m.pasted}，按各项相加为${m.computed === null ? '（尚不完整）' : m.computed}`,
    )
    .join('；');
}
