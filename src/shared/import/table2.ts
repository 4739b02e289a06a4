import type { FormatSpec } from '../format';
import { cellsOfTable } from '../format';
import { normaliseDecimal } from '../model';
import { T2_LABELS_2019, T2_LABELS_2021, findAnchors } from './anchors';
import { integerValue, isInteger, isSignedInteger, numberTokens, readAsCells } from './numbers';
import type { TableReading } from './types';

/**
 * Table 二. Its counts have no arithmetic between them (2021), so a value is certain only when
 * the printed order leaves no choice: as many separate numbers as cells, or a row whose numbers
 * are separate. Digits run together are cut in every possible way; if more than one cut remains
 * the cell is a guess (preferring numbers the text itself quotes) and goes to review.
 * A minus sign written against digits is always read, so that it is never silently dropped; a
 * negative value is taken only where the format allows it (2019 本年增/减). Anywhere else the
 * cell is left blank for review, and the other cells of its row are still read.
 */

/** Header notes such as “（单位：万元，保留4位小数）” carry digits that are no values. */
function withoutUnitNotes(text: string): string {
  return text
    .replace(/[（(][^（）()]*单位[^（）()]*[）)]/g, ' ')
    .replace(/保留\s*\d+\s*位小数/g, ' ');
}

interface RowShape {
  readonly key: string;
  readonly cellKeys: string[];
  /** Per cell: may be negative (2019 本年增/减). */
  readonly signed: boolean[];
  readonly decimalLast: boolean;
}

function rowShapes(spec: FormatSpec): RowShape[] {
  const labels = spec.version === '2019' ? T2_LABELS_2019 : T2_LABELS_2021;
  const cells = cellsOfTable(spec, 't2');
  return labels.map((l) => {
    const cellKeys = cells
      .filter((c) => c.key === `t2.${l.key}` || c.key.startsWith(`t2.${l.key}.`))
      .map((c) => c.key);
    const kindOf = (key: string | undefined) => cells.find((c) => c.key === key)?.kind;
    return {
      key: l.key,
      cellKeys,
      signed: cellKeys.map((k) => kindOf(k) === 'signed'),
      decimalLast: kindOf(cellKeys[cellKeys.length - 1]) === 'decimal',
    };
  });
}

/** Whether `raw` may stand in a cell: integers, negative ones only in signed cells. */
function fits(raw: string, signed: boolean): boolean {
  return signed ? isSignedInteger(raw) : isInteger(raw);
}

/** Prefer cuts whose numbers the report quotes elsewhere, then cuts of even digit lengths. */
function rankCuts(cuts: number[][], quoted: ReadonlySet<number>): number[][] {
  const score = (cut: number[]) => {
    const lengths = cut.map((n) => String(Math.abs(n)).length);
    const spread = Math.max(...lengths) - Math.min(...lengths);
    return cut.filter((n) => n > 0 && quoted.has(n)).length * 10 - spread;
  };
  return [...cuts].sort((a, b) => score(b) - score(a));
}

function setValue(
  values: Record<string, number | string | null>,
  key: string,
  raw: string,
  decimal: boolean,
): void {
  values[key] = decimal ? (normaliseDecimal(raw) ?? raw) : integerValue(raw);
}

export function readTable2(
  text: string,
  spec: FormatSpec,
  quoted: ReadonlySet<number>,
): TableReading {
  const shapes = rowShapes(spec);
  const allKeys = shapes.flatMap((s) => s.cellKeys);
  const values: Record<string, number | string | null> = Object.fromEntries(
    allKeys.map((k) => [k, null]),
  );
  const uncertain = new Set(allKeys);
  const notes: string[] = [];
  const clean = withoutUnitNotes(text);
  const tokens = numberTokens(clean, { signed: true });
  const negatives = tokens.map((t) => t.raw).filter((r) => r.startsWith('-'));
  if (negatives.length > 0 && !shapes.some((s) => s.signed.includes(true)))
    notes.push(`表二：“${negatives.join('”“')}”带负号，但表二各格不能为负数，相应单元格请核对。`);

  // Values under each label (undefined when the label is missing).
  const labels = spec.version === '2019' ? T2_LABELS_2019 : T2_LABELS_2021;
  const anchors = findAnchors(clean, labels);
  const byLabel = new Map<string, string[]>();
  anchors.forEach((a, i) => {
    const next = anchors[i + 1]?.start ?? clean.length;
    byLabel.set(
      a.key,
      numberTokens(clean.slice(a.end, next), { signed: true }).map((t) => t.raw),
    );
  });

  if (tokens.length === allKeys.length) {
    let i = 0;
    for (const shape of shapes) {
      const own = byLabel.get(shape.key);
      shape.cellKeys.forEach((key, c) => {
        const raw = tokens[i++]!.raw;
        const decimal = shape.decimalLast && c === shape.cellKeys.length - 1;
        if (decimal ? raw.startsWith('-') : !fits(raw, shape.signed[c]!)) return;
        setValue(values, key, raw, decimal);
        // A label whose own numbers say otherwise makes the order doubtful.
        const agrees = !own || own.length !== shape.cellKeys.length || own[c] === raw;
        if (agrees) uncertain.delete(key);
      });
    }
    return { values, uncertain, notes };
  }

  for (const shape of shapes) {
    const own = byLabel.get(shape.key);
    if (!own || own.length === 0) {
      notes.push(`表二：未找到“${labels.find((l) => l.key === shape.key)?.start}”一行的数字。`);
      continue;
    }
    const n = shape.cellKeys.length;
    if (shape.decimalLast) {
      const intKeys = shape.cellKeys.slice(0, -1);
      const last = own[own.length - 1]!;
      if (!last.startsWith('-')) {
        setValue(values, shape.cellKeys[n - 1]!, last, true);
        if (own.length === n) uncertain.delete(shape.cellKeys[n - 1]!);
      }
      own.slice(0, intKeys.length).forEach((raw, c) => {
        if (isInteger(raw) && own.length === n) {
          setValue(values, intKeys[c]!, raw, false);
          uncertain.delete(intKeys[c]!);
        }
      });
      continue;
    }
    if (!own.every(isSignedInteger)) continue;
    if (own.length === n && own.some((raw, c) => !fits(raw, shape.signed[c]!))) {
      // One number per cell: the misfit (a negative count) stays blank, the others are read.
      own.forEach((raw, c) => {
        if (!fits(raw, shape.signed[c]!)) return;
        setValue(values, shape.cellKeys[c]!, raw, false);
        uncertain.delete(shape.cellKeys[c]!);
      });
      continue;
    }
    // A negative value only where the format allows one (the sign goes with the first cell cut).
    const search = readAsCells(own, n, (cut) => cut.every((v, c) => v >= 0 || shape.signed[c]));
    const cuts = search.readings;
    if (cuts.length === 0) continue;
    const ranked = rankCuts(cuts, quoted);
    ranked[0]!.forEach((v, c) => {
      values[shape.cellKeys[c]!] = v;
      if (cuts.length === 1 && search.complete) uncertain.delete(shape.cellKeys[c]!);
    });
    if (cuts.length > 1)
      notes.push(
        `表二：“${labels.find((l) => l.key === shape.key)?.start}”一行的数字连写，拆分须核对。`,
      );
  }
  return { values, uncertain, notes };
}
