import type { FormatSpec } from '../format';
import { T3_COLUMNS } from '../format';
import { T3_LABELS, T3_OTHER_GROUP, findAnchors } from './anchors';
import type { Anchor } from './anchors';
import { cellsWithSign, isSignedInteger, magnitude, numberTokens, readAsCells } from './numbers';
import type { NumberToken } from './numbers';
import type { TableReading } from './types';

/**
 * Table 三 from text in any layout. The values are read as a stream; every way the stream can
 * fill the rows (row by row, some rows column by column, runs of digits cut apart) is tried and
 * judged by the table's own arithmetic: row total = sum of the six applicant columns, （七）总计 =
 * sum of the results per column, new + carried over = handled + carried forward. A cell is
 * certain only when every reading that satisfies the arithmetic gives it the same value.
 * No cell can be negative: a number printed with a minus sign (“-3”) is weighed by its digits,
 * so the other cells are still solved from the sums, but its own cell is never certain — kept
 * as a guess when the sums hold with it, otherwise left blank — and is listed for review.
 */

const COLS = T3_COLUMNS.length; // 7: six applicant columns and 总计
const MAX_SOLUTIONS = 12;

type Matrix = number[][];

interface Layout {
  /** Row keys as printed (（六）其他处理 may be one row `other`). */
  readonly rows: string[];
  /** True when a 2021 report printed （六）其他处理 as one row. */
  readonly mergedOther: boolean;
}

function rowOk(row: readonly number[]): boolean {
  let s = 0;
  for (let c = 0; c < COLS - 1; c++) s += row[c]!;
  return s === row[COLS - 1];
}

/** Violations of the column rules (（七）总计 and the balance) for a full matrix. */
function columnViolations(
  rows: readonly string[],
  m: Matrix,
  resultRows: ReadonlySet<string>,
): number {
  const at = (k: string) => rows.indexOf(k);
  const handled = at('total_handled');
  const newRow = at('new');
  const over = at('carried_over');
  const forward = at('carried_forward');
  let v = 0;
  for (let c = 0; c < COLS; c++) {
    if (handled >= 0) {
      let s = 0;
      rows.forEach((k, r) => {
        if (resultRows.has(k)) s += m[r]![c]!;
      });
      if (s !== m[handled]![c]) v++;
    }
    if (handled >= 0 && newRow >= 0 && over >= 0 && forward >= 0) {
      if (m[newRow]![c]! + m[over]![c]! !== m[handled]![c]! + m[forward]![c]!) v++;
    }
  }
  return v;
}

/** The sign matrix of a reading when no number was printed with a minus sign. */
const NO_SIGNS: boolean[][] = [];

interface Partial {
  readonly violations: number;
  readonly rows: Matrix;
  /** Rows read from one printed line holding exactly their seven values. */
  readonly solidRows: readonly boolean[];
  /** Per cell: read from a number printed with a minus sign. */
  readonly signs: boolean[][];
}

/**
 * All readings of an integer stream filling `rowCount` rows, each step either one row in
 * printed order or a block of rows printed column by column. Keeps the readings with the fewest
 * row-rule violations (distinct values only).
 */
function readStream(tokens: readonly NumberToken[], rowCount: number): Partial[] {
  const values = tokens.map((t) => Number(magnitude(t.raw)));
  const printedSign = tokens.map((t) => t.raw.startsWith('-'));
  // Almost no report prints a minus sign: then no per-cell sign matrix is built at all (this
  // search runs over many partial readings, and the matrices doubled its time).
  const anySign = printedSign.some(Boolean);
  const lineCounts = new Map<number, number>();
  for (const t of tokens) lineCounts.set(t.line, (lineCounts.get(t.line) ?? 0) + 1);
  const memo = new Map<number, Partial[]>();
  const solve = (pos: number, r: number): Partial[] => {
    if (r === rowCount)
      return pos === values.length ? [{ violations: 0, rows: [], solidRows: [], signs: [] }] : [];
    const key = pos * 1000 + r;
    const cached = memo.get(key);
    if (cached) return cached;
    const found: Partial[] = [];
    for (let k = 1; r + k <= rowCount && pos + COLS * k <= values.length; k++) {
      const block: Matrix = [];
      const blockSigns: boolean[][] = [];
      for (let i = 0; i < k; i++) {
        const at = (c: number) => (k === 1 ? pos + c : pos + c * k + i);
        block.push(Array.from({ length: COLS }, (_, c) => values[at(c)]!));
        if (anySign) blockSigns.push(Array.from({ length: COLS }, (_, c) => printedSign[at(c)]!));
      }
      const solid = block.map(() => {
        if (k !== 1) return false;
        const line = tokens[pos]!.line;
        return (
          tokens.slice(pos, pos + COLS).every((t) => t.line === line) &&
          lineCounts.get(line) === COLS
        );
      });
      const own = block.filter((row) => !rowOk(row)).length;
      for (const rest of solve(pos + COLS * k, r + k)) {
        found.push({
          violations: own + rest.violations,
          rows: [...block, ...rest.rows],
          solidRows: [...solid, ...rest.solidRows],
          signs: anySign ? [...blockSigns, ...rest.signs] : NO_SIGNS,
        });
      }
    }
    const best = keepBest(found);
    memo.set(key, best);
    return best;
  };
  return solve(0, 0);
}

function keepBest(found: Partial[]): Partial[] {
  if (found.length === 0) return [];
  const min = Math.min(...found.map((f) => f.violations));
  const seen = new Map<string, Partial>();
  for (const f of found) {
    if (f.violations !== min) continue;
    const sig = JSON.stringify(f.signs.length > 0 ? [f.rows, f.signs] : f.rows);
    const prev = seen.get(sig);
    // Of equal readings keep the one read from whole printed lines.
    if (!prev || f.solidRows.filter(Boolean).length > prev.solidRows.filter(Boolean).length)
      seen.set(sig, f);
    if (seen.size >= MAX_SOLUTIONS) break;
  }
  return [...seen.values()];
}

function layoutOf(text: string, spec: FormatSpec): Layout {
  const specRows = spec.t3Rows.map((r) => r.key);
  if (spec.version === '2019') return { rows: specRows, mergedOther: false };
  const anchors = findAnchors(text, T3_LABELS);
  const hasSubRows = anchors.some(
    (a) => a.key === 'other_no_correction' || a.key === 'other_fee_unpaid',
  );
  const hasGroup = findAnchors(text, [T3_OTHER_GROUP]).length > 0;
  if (!hasSubRows && hasGroup) {
    const rows = specRows.filter((k) => !k.startsWith('other_'));
    rows.splice(rows.indexOf('total_handled'), 0, 'other');
    return { rows, mergedOther: true };
  }
  return { rows: specRows, mergedOther: false };
}

function alternativeLayout(layout: Layout, spec: FormatSpec): Layout | null {
  if (spec.version === '2019') return null;
  const full = spec.t3Rows.map((r) => r.key);
  if (layout.mergedOther) return { rows: full, mergedOther: false };
  const rows = full.filter((k) => !k.startsWith('other_'));
  rows.splice(rows.indexOf('total_handled'), 0, 'other');
  return { rows, mergedOther: true };
}

/** Readings of each row from the text after its own label (web pages, converters). */
function readByLabels(
  text: string,
  layout: Layout,
): {
  candidates: (Matrix | null)[];
  separate: boolean[];
  signs: boolean[][];
  notes: string[];
} {
  const labels = [...T3_LABELS.filter((l) => layout.rows.includes(l.key))];
  if (layout.mergedOther)
    labels.splice(
      labels.findIndex((l) => l.key === 'total_handled'),
      0,
      T3_OTHER_GROUP,
    );
  const anchors = findAnchors(text, labels);
  const byKey = new Map<string, { anchor: Anchor; next: number }>();
  anchors.forEach((a, i) =>
    byKey.set(a.key, { anchor: a, next: anchors[i + 1]?.start ?? text.length }),
  );
  const notes: string[] = [];
  const separate: boolean[] = [];
  const signs: boolean[][] = [];
  const candidates = layout.rows.map((key, r) => {
    const hit = byKey.get(key);
    separate[r] = false;
    signs[r] = Array.from({ length: COLS }, () => false);
    if (!hit) return null;
    const printed = numberTokens(text.slice(hit.anchor.end, hit.next), { signed: true }).map(
      (t) => t.raw,
    );
    // Seven separate numbers after the label: the row as printed, even if it does not add up.
    separate[r] = printed.length === COLS;
    if (!printed.every(isSignedInteger)) return null;
    const found = readRow(printed.map(magnitude));
    if (found === 'too long') {
      notes.push(
        `表三：“${labels.find((l) => l.key === key)?.start ?? key}”一行数字过长，无法判定拆分。`,
      );
      return null;
    }
    // A cell any candidate reads from a signed number is doubtful whichever candidate is taken.
    for (const reading of found ?? [])
      cellsWithSign(printed, reading).forEach((signed, c) => {
        if (signed) signs[r]![c] = true;
      });
    return found;
  });
  return { candidates, separate, signs, notes };
}

/** Readings of one row's numbers (digits only) as its seven cells. */
function readRow(tokens: readonly string[]): Matrix | null | 'too long' {
  const strict = readAsCells(tokens, COLS, rowOk);
  if (!strict.complete) return 'too long';
  if (strict.readings.length > 0) return strict.readings;
  // As published the row does not add up: keep a reading only when there is no choice.
  const loose = readAsCells(tokens, COLS);
  return loose.complete && loose.readings.length === 1 ? loose.readings : null;
}

/** Combine per-row candidates under the column rules; returns the consistent full readings. */
function combineRows(
  rows: readonly string[],
  candidates: readonly (Matrix | null)[],
  resultRows: ReadonlySet<string>,
): { readings: Matrix[]; violations: number } {
  const choices = candidates.map((c) => c ?? [Array.from({ length: COLS }, () => 0)]);
  const product = choices.reduce((p, c) => p * c.length, 1);
  if (product > 200000) return { readings: [choices.map((c) => c[0]!)], violations: Infinity };
  const readings: Matrix[] = [];
  let best = Infinity;
  const current: Matrix = [];
  const walk = (r: number): void => {
    if (r === rows.length) {
      const v =
        columnViolations(rows, current, resultRows) + current.filter((row) => !rowOk(row)).length;
      if (v < best) {
        best = v;
        readings.length = 0;
      }
      if (v === best && readings.length < 50) readings.push(current.map((row) => [...row]));
      return;
    }
    for (const choice of choices[r]!) {
      current.push(choice);
      walk(r + 1);
      current.pop();
    }
  };
  walk(0);
  return { readings, violations: best };
}

export function readTable3(text: string, spec: FormatSpec): TableReading {
  const resultRows = new Set(spec.t3Rows.filter((r) => r.isResult).map((r) => r.key));
  resultRows.add('other');
  const tokens = numberTokens(text, { signed: true });
  const notes: string[] = [];
  let layout = layoutOf(text, spec);
  let readings: Matrix[] = [];
  let solid: boolean[] = [];
  let signs: boolean[][];
  let consistent = false;
  const allIntegers = tokens.every((t) => isSignedInteger(t.raw));
  const alt = alternativeLayout(layout, spec);
  if (
    allIntegers &&
    alt &&
    tokens.length !== COLS * layout.rows.length &&
    tokens.length === COLS * alt.rows.length
  ) {
    layout = alt;
  }
  if (allIntegers && tokens.length === COLS * layout.rows.length) {
    const partials = readStream(tokens, layout.rows.length);
    const scored = partials.map((p) => ({
      p,
      v: p.violations + columnViolations(layout.rows, p.rows, resultRows),
    }));
    const min = Math.min(...scored.map((s) => s.v));
    const best = scored.filter((s) => s.v === min);
    readings = best.map((s) => s.p.rows);
    consistent = min === 0;
    // Rows every best reading took from one whole printed line.
    solid = layout.rows.map((_, r) => best.every((s) => s.p.solidRows[r]));
    signs = layout.rows.map((_, r) =>
      Array.from({ length: COLS }, (_, c) => best.some((s) => s.p.signs[r]?.[c] === true)),
    );
  } else {
    const byLabels = readByLabels(text, layout);
    const { candidates, separate, notes: labelNotes } = byLabels;
    signs = byLabels.signs;
    notes.push(...labelNotes);
    if (candidates.every((c) => c === null)) {
      notes.push('表三：未能读出数字，请手工填写。');
    } else {
      const missing = layout.rows.filter((_, r) => candidates[r] === null);
      const combined = combineRows(layout.rows, candidates, resultRows);
      readings = combined.readings;
      consistent = combined.violations === 0 && missing.length === 0;
      solid = layout.rows.map((_, r) => candidates[r]?.length === 1 && separate[r] === true);
      if (missing.length) notes.push(`表三：有${missing.length}行未能读出，请核对。`);
    }
  }
  const signedRaws = tokens.map((t) => t.raw).filter((r) => r.startsWith('-'));
  if (signedRaws.length > 0)
    notes.push(`表三：“${signedRaws.join('”“')}”带负号，但表三各格不能为负数，相应单元格请核对。`);
  return toCells(spec, layout, readings, consistent, solid, signs, notes);
}

function toCells(
  spec: FormatSpec,
  layout: Layout,
  readings: readonly Matrix[],
  consistent: boolean,
  solid: readonly boolean[],
  signs: readonly (readonly boolean[])[],
  notes: string[],
): TableReading {
  const values: Record<string, number | null> = {};
  const uncertain = new Set<string>();
  for (const row of spec.t3Rows) {
    for (const col of T3_COLUMNS) {
      values[`t3.${row.key}.${col.key}`] = null;
      uncertain.add(`t3.${row.key}.${col.key}`);
    }
  }
  if (readings.length === 0) return { values, uncertain, notes };
  const first = readings[0]!;
  layout.rows.forEach((rowKey, r) => {
    T3_COLUMNS.forEach((col, c) => {
      const v = first[r]![c]!;
      const agreed = readings.every((m) => m[r]![c] === v);
      // Printed with a minus sign: its digits count in the sums, but the cell stays doubtful.
      const signed = signs[r]?.[c] === true;
      const certain = agreed && !signed && (consistent || solid[r] === true);
      const targets =
        rowKey === 'other' && layout.mergedOther
          ? ['other_no_correction', 'other_fee_unpaid', 'other_other']
          : [rowKey];
      for (const target of targets) {
        const key = `t3.${target}.${col.key}`;
        // A merged （六）其他处理 row can be split only when it is zero.
        const splitUnknown = targets.length > 1 && v !== 0;
        values[key] = splitUnknown ? (target === 'other_other' ? v : 0) : v;
        // Kept as a guess only when the sums hold with its digits.
        if (signed && !consistent) values[key] = null;
        if (certain && !splitUnknown) uncertain.delete(key);
      }
    });
  });
  if (layout.mergedOther) notes.push('表三：（六）其他处理按一行印出，已拆入三个细项。');
  if (!consistent) notes.push('表三：读出的数字不满足表内勾稽关系，请核对标出的单元格。');
  return { values, uncertain, notes };
}
