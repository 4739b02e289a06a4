import { T4_BLOCKS, T4_COLUMNS } from '../format';
import { cellsWithSign, isSignedInteger, magnitude, numberTokens, readAsCells } from './numbers';
import type { TableReading } from './types';

/**
 * Table 四: fifteen values, three blocks of 结果维持/结果纠正/其他结果/尚未审结/总计. A reading is
 * consistent when each block's 总计 is the sum of its first four. Text extracted column by
 * column may interleave the blocks; each block then still keeps its own order, so the readings
 * tried are the splits of the stream into three ordered sub-sequences.
 * No cell can be negative: a number printed with a minus sign (“-3”) is weighed by its digits
 * in the arithmetic, but its cell is never taken as certain — kept as a guess when the sums
 * hold with it, otherwise left blank — and is listed for review.
 */

const PER_BLOCK = T4_COLUMNS.length;
const CELLS = PER_BLOCK * T4_BLOCKS.length;

const blockOk = (b: readonly number[]) => b[0]! + b[1]! + b[2]! + b[3]! === b[4];
const consistent = (v: readonly number[]) =>
  T4_BLOCKS.every((_, i) => blockOk(v.slice(i * PER_BLOCK, (i + 1) * PER_BLOCK)));

/**
 * Splits of `values` into three ordered blocks of five (block 0 starts the stream), each adding
 * up; a split is given as the positions in `values` of each block's cells.
 */
function interleavings(values: readonly number[]): number[][][] {
  const found: number[][][] = [];
  const blocks: number[][] = [[], [], []];
  // blockOk on positions, without building the block's values (this search visits many states).
  const positionsAddUp = (b: readonly number[]) =>
    values[b[0]!]! + values[b[1]!]! + values[b[2]!]! + values[b[3]!]! === values[b[4]!];
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
      block.push(i);
      if (block.length < PER_BLOCK || positionsAddUp(block)) walk(i + 1);
      block.pop();
    }
  };
  walk(0);
  return found;
}

/** Counts the text states for table 四 (“行政复议N件，其中结果维持a件…”), per block or summed. */
export interface Table4Quote {
  /** 结果维持, 结果纠正, 其他结果, 尚未审结, 总计 of 行政复议. */
  readonly review?: readonly number[];
  /** The same for 行政诉讼, both litigation blocks added. */
  readonly litigation?: readonly number[];
}

const QUOTE_DETAIL =
  /(\d+)件[，,]?其中[^，,；;。]*?结果维持(\d+)件[，,、]结果纠正(\d+)件[，,、]其他结果(\d+)件[，,、]尚未审结(\d+)件/;

export function quoteOfTable4(narrative: string): Table4Quote {
  const compact = narrative.replace(/\s+/g, '');
  const read = (word: string) => {
    const at = compact.search(new RegExp(word));
    if (at < 0) return undefined;
    const m = QUOTE_DETAIL.exec(compact.slice(at, at + 80));
    return m ? [m[2], m[3], m[4], m[5], m[1]].map(Number) : undefined;
  };
  const review = read('行政复议');
  const litigation = read('行政诉讼');
  return { ...(review ? { review } : {}), ...(litigation ? { litigation } : {}) };
}

function agreesWithQuote(v: readonly number[], quote: Table4Quote): boolean {
  const review = quote.review;
  if (review && !review.every((x, i) => v[i] === x)) return false;
  const lit = quote.litigation;
  if (lit && !lit.every((x, i) => v[PER_BLOCK + i]! + v[2 * PER_BLOCK + i]! === x)) return false;
  return true;
}

export function readTable4(text: string, quote: Table4Quote = {}): TableReading {
  const keys = T4_BLOCKS.flatMap((b) => T4_COLUMNS.map((c) => `t4.${b.key}.${c.key}`));
  const values: Record<string, number | null> = Object.fromEntries(keys.map((k) => [k, null]));
  const uncertain = new Set(keys);
  const notes: string[] = [];
  const tokens = numberTokens(text, { signed: true });
  if (tokens.length === 0 || !tokens.every((t) => isSignedInteger(t.raw))) {
    notes.push('表四：未能读出数字，请手工填写。');
    return { values, uncertain, notes };
  }
  const raws = tokens.map((t) => t.raw);
  const signedRaws = raws.filter((r) => r.startsWith('-'));
  const set = (v: readonly number[], certainKeys: (k: string, i: number) => boolean) =>
    keys.forEach((k, i) => {
      values[k] = v[i]!;
      if (certainKeys(k, i)) uncertain.delete(k);
    });
  /** Cells read from a number printed with a minus sign: a guess only when the sums hold. */
  const doubtSigned = (withSign: readonly boolean[], sumsHold: boolean): TableReading => {
    keys.forEach((k, i) => {
      if (!withSign[i]) return;
      uncertain.add(k);
      if (!sumsHold) values[k] = null;
    });
    if (signedRaws.length > 0)
      notes.push(
        `表四：“${signedRaws.join('”“')}”带负号，但表四各格不能为负数，相应单元格请核对。`,
      );
    return { values, uncertain, notes };
  };
  if (tokens.length === CELLS) {
    const plain = raws.map((r) => Number(magnitude(r)));
    const printedSign = raws.map((r) => r.startsWith('-'));
    const oneLine = tokens.every((t) => t.line === tokens[0]!.line);
    if (consistent(plain) || oneLine) {
      set(plain, () => true);
      if (!consistent(plain)) notes.push('表四：按原文读出，但总计与分项之和不符（保持原样）。');
      return doubtSigned(printedSign, consistent(plain));
    }
    const all = interleavings(plain);
    const valuesOf = (split: number[][]) => split.map((b) => b.map((at) => plain[at]!));
    const quoted = all.filter((s) => agreesWithQuote(valuesOf(s).flat(), quote));
    const splits = quoted.length > 0 ? quoted : all;
    const distinct = new Set(splits.map((s) => JSON.stringify(valuesOf(s))));
    if (distinct.size === 1) {
      // The block holding the first value is 行政复议 (printed first); which of the two others is
      // 直接起诉 and which 复议后起诉 the arithmetic cannot tell.
      const [review, a, b] = valuesOf(splits[0]!);
      set(
        [...review!, ...a!, ...b!],
        (_, i) => i < PER_BLOCK || JSON.stringify(a) === JSON.stringify(b),
      );
      notes.push('表四：原文数字次序错乱，已按合计关系重排；两类行政诉讼的对应须核对。');
      const withSign = keys.map((_, i) => splits.some((s) => printedSign[s.flat()[i]!] === true));
      return doubtSigned(withSign, true);
    }
    set(plain, () => false);
    notes.push('表四：数字与合计关系不符，请核对。');
    return doubtSigned(printedSign, false);
  }
  const search = readAsCells(raws.map(magnitude), CELLS);
  const readings = search.complete ? search.readings : [];
  const arithmetic = readings.filter(consistent);
  const quoted = arithmetic.filter((r) => agreesWithQuote(r, quote));
  const good = quoted.length > 0 ? quoted : arithmetic;
  const pool = good.length > 0 ? good : readings;
  if (pool.length === 0) {
    notes.push('表四：数字个数不符，请手工填写。');
    return doubtSigned([], false);
  }
  const first = pool[0]!;
  set(first, (_, i) => good.length > 0 && pool.every((r) => r[i] === first[i]));
  if (pool.length > 1) notes.push('表四：连写的数字有多种拆分，请核对标出的单元格。');
  const signs = pool.map((r) => cellsWithSign(raws, r));
  return doubtSigned(
    keys.map((_, i) => signs.some((s) => s[i] === true)),
    good.length > 0,
  );
}
