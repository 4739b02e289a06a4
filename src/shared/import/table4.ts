import { T4_BLOCKS, T4_COLUMNS } from '../format';
import { isInteger, numberTokens, readAsCells } from './numbers';
import type { TableReading } from './types';

/**
 * Table 四: fifteen values, three blocks of 结果维持/结果纠正/其他结果/尚未审结/总计. A reading is
 * consistent when each block's 总计 is the sum of its first four. Text extracted column by
 * column may interleave the blocks; each block then still keeps its own order, so the readings
 * tried are the splits of the stream into three ordered sub-sequences.
 */

const PER_BLOCK = T4_COLUMNS.length;
const CELLS = PER_BLOCK * T4_BLOCKS.length;

const blockOk = (b: readonly number[]) => b[0]! + b[1]! + b[2]! + b[3]! === b[4];
const consistent = (v: readonly number[]) =>
  T4_BLOCKS.every((_, i) => blockOk(v.slice(i * PER_BLOCK, (i + 1) * PER_BLOCK)));

/** Splits of `values` into three ordered blocks of five (block 0 starts the stream), each adding up. */
function interleavings(values: readonly number[]): number[][][] {
  const found: number[][][] = [];
  const blocks: number[][] = [[], [], []];
  const walk = (i: number): void => {
    if (found.length > 20) return;
    if (i === values.length) {
      found.push(blocks.map((b) => [...b]));
      return;
    }
    for (let b = 0; b < 3; b++) {
      const block = blocks[b]!;
      if (block.length === PER_BLOCK) continue;
      // Blocks open in order, so equivalent relabelings are not tried twice.
      if (block.length === 0 && b > 0 && blocks[b - 1]!.length === 0) break;
      if (i === 0 && b !== 0) break;
      block.push(values[i]!);
      if (block.length < PER_BLOCK || blockOk(block)) walk(i + 1);
      block.pop();
    }
  };
  walk(0);
  return found;
}

export function readTable4(text: string): TableReading {
  const keys = T4_BLOCKS.flatMap((b) => T4_COLUMNS.map((c) => `t4.${b.key}.${c.key}`));
  const values: Record<string, number | null> = Object.fromEntries(keys.map((k) => [k, null]));
  const uncertain = new Set(keys);
  const notes: string[] = [];
  const tokens = numberTokens(text);
  if (tokens.length === 0 || !tokens.every((t) => isInteger(t.raw))) {
    notes.push('表四：未能读出数字，请手工填写。');
    return { values, uncertain, notes };
  }
  const set = (v: readonly number[], certainKeys: (k: string, i: number) => boolean) =>
    keys.forEach((k, i) => {
      values[k] = v[i]!;
      if (certainKeys(k, i)) uncertain.delete(k);
    });
  if (tokens.length === CELLS) {
    const plain = tokens.map((t) => Number(t.raw));
    const oneLine = tokens.every((t) => t.line === tokens[0]!.line);
    if (consistent(plain) || oneLine) {
      set(plain, () => true);
      if (!consistent(plain)) notes.push('表四：按原文读出，但总计与分项之和不符（保持原样）。');
      return { values, uncertain, notes };
    }
    const splits = interleavings(plain);
    const distinct = new Set(splits.map((s) => JSON.stringify(s)));
    if (distinct.size === 1) {
      // The block holding the first value is 行政复议 (printed first); which of the two others is
      // 直接起诉 and which 复议后起诉 the arithmetic cannot tell.
      const [review, a, b] = splits[0]!;
      set(
        [...review!, ...a!, ...b!],
        (_, i) => i < PER_BLOCK || JSON.stringify(a) === JSON.stringify(b),
      );
      notes.push('表四：原文数字次序错乱，已按合计关系重排；两类行政诉讼的对应须核对。');
      return { values, uncertain, notes };
    }
    set(plain, () => false);
    notes.push('表四：数字与合计关系不符，请核对。');
    return { values, uncertain, notes };
  }
  const readings = readAsCells(
    tokens.map((t) => t.raw),
    CELLS,
  );
  const good = readings.filter(consistent);
  const pool = good.length > 0 ? good : readings;
  if (pool.length === 0) {
    notes.push('表四：数字个数不符，请手工填写。');
    return { values, uncertain, notes };
  }
  const first = pool[0]!;
  set(first, (_, i) => good.length > 0 && pool.every((r) => r[i] === first[i]));
  if (pool.length > 1) notes.push('表四：连写的数字有多种拆分，请核对标出的单元格。');
  return { values, uncertain, notes };
}
