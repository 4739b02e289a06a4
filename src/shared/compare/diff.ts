import type { Block } from '../model';
import { sentenceSpans } from '../template/sentences';
import { normaliseForMatching } from './normalise';

export type DiffKind = 'unchanged' | 'added' | 'removed';

export interface DiffSegment {
  kind: DiffKind;
  text: string;
}

export interface ParagraphRef {
  block: number;
  /** 0 for a heading. */
  paragraph: number;
  heading?: boolean;
}

/**
 * One paragraph (or sub-heading) of 与上年对比. The unchanged and removed segments joined give
 * last year's text; the unchanged and added segments joined give this year's.
 */
export interface ParagraphDiff {
  previous: ParagraphRef | null;
  current: ParagraphRef | null;
  status: 'unchanged' | 'changed' | 'added' | 'removed';
  /** sentence: whole sentences compared (sentences with small edits refined by character); char: short text by character. */
  unit: 'sentence' | 'char';
  segments: DiffSegment[];
}

interface Item {
  ref: ParagraphRef;
  text: string;
  grams: Map<string, number>;
}

/** Texts shorter than this are compared character by character. */
const SHORT_TEXT = 40;
/** Paragraphs less similar than this are shown as one removed and one added. */
const PARAGRAPH_MATCH = 0.3;
/** A removed and an added sentence this similar are shown as one edited sentence. */
const SENTENCE_MATCH = 0.5;
/** Above this many cells the character table is not built; the sentences show whole. */
const CHAR_TABLE_LIMIT = 1_000_000;

function bigrams(text: string): Map<string, number> {
  const t = normaliseForMatching(text);
  const grams = new Map<string, number>();
  if (t.length === 1) grams.set(t, 1);
  for (let i = 0; i + 1 < t.length; i++) {
    const g = t.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

/** Dice coefficient of character bigrams: 1 for equal texts, 0 for nothing in common. */
function similarity(a: Map<string, number>, b: Map<string, number>): number {
  let sizeA = 0;
  let sizeB = 0;
  let shared = 0;
  for (const n of a.values()) sizeA += n;
  for (const [g, n] of b) {
    sizeB += n;
    shared += Math.min(n, a.get(g) ?? 0);
  }
  return sizeA + sizeB === 0 ? 1 : (2 * shared) / (sizeA + sizeB);
}

function items(blocks: readonly Block[]): Item[] {
  const out: Item[] = [];
  blocks.forEach((b, block) => {
    if (b.heading !== null && b.heading.trim() !== '')
      out.push({
        ref: { block, paragraph: 0, heading: true },
        text: b.heading,
        grams: bigrams(b.heading),
      });
    b.paragraphs.forEach((text, paragraph) => {
      if (text.trim() !== '') out.push({ ref: { block, paragraph }, text, grams: bigrams(text) });
    });
  });
  return out;
}

type Step = { op: '='; i: number; j: number } | { op: '-'; i: number } | { op: '+'; j: number };

/**
 * Longest common subsequence of two sequences under `equal`, as steps in order: '=' pairs an
 * element of each, '-' is only in `a`, '+' only in `b`. Serves sentences and characters alike.
 */
function lcsSteps<T>(a: readonly T[], b: readonly T[], equal: (x: T, y: T) => boolean): Step[] {
  const n = a.length;
  const m = b.length;
  const table = new Uint32Array((n + 1) * (m + 1));
  const at = (i: number, j: number) => i * (m + 1) + j;
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      table[at(i, j)] = equal(a[i]!, b[j]!)
        ? table[at(i + 1, j + 1)]! + 1
        : Math.max(table[at(i + 1, j)]!, table[at(i, j + 1)]!);
  const steps: Step[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (equal(a[i]!, b[j]!)) steps.push({ op: '=', i: i++, j: j++ });
    else if (table[at(i + 1, j)]! >= table[at(i, j + 1)]!) steps.push({ op: '-', i: i++ });
    else steps.push({ op: '+', j: j++ });
  }
  while (i < n) steps.push({ op: '-', i: i++ });
  while (j < m) steps.push({ op: '+', j: j++ });
  return steps;
}

function pushSegment(segments: DiffSegment[], kind: DiffKind, text: string): void {
  if (text === '') return;
  const last = segments[segments.length - 1];
  if (last && last.kind === kind) last.text += text;
  else segments.push({ kind, text });
}

/** Characters, but a number stays whole so 46→52 reads as one change, not digit by digit. */
const units = (text: string): string[] => text.match(/\d+(?:\.\d+)?|[\s\S]/gu) ?? [];

function charDiff(previous: string, current: string): DiffSegment[] {
  const segments: DiffSegment[] = [];
  if (previous.length * current.length > CHAR_TABLE_LIMIT) {
    pushSegment(segments, 'removed', previous);
    pushSegment(segments, 'added', current);
    return segments;
  }
  const a = units(previous);
  const b = units(current);
  for (const step of lcsSteps(a, b, (x, y) => x === y)) {
    if (step.op === '=') pushSegment(segments, 'unchanged', a[step.i]!);
    else if (step.op === '-') pushSegment(segments, 'removed', a[step.i]!);
    else pushSegment(segments, 'added', b[step.j]!);
  }
  return segments;
}

/** The text cut at sentence ends, whitespace kept with the following sentence, so the pieces join back to the text. */
function sentencePieces(text: string): string[] {
  const pieces: string[] = [];
  let from = 0;
  for (const s of sentenceSpans(text)) {
    pieces.push(text.slice(from, s.end));
    from = s.end;
  }
  if (from < text.length) {
    if (pieces.length) pieces[pieces.length - 1] += text.slice(from);
    else pieces.push(text.slice(from));
  }
  return pieces;
}

/** Runs of removed then added sentences: similar pairs are refined by character, the rest shown whole. */
function flushRun(segments: DiffSegment[], removed: string[], added: string[]): void {
  const pairs = Math.min(removed.length, added.length);
  let k = 0;
  for (; k < pairs; k++) {
    const r = removed[k]!;
    const a = added[k]!;
    if (similarity(bigrams(r), bigrams(a)) < SENTENCE_MATCH) break;
    for (const s of charDiff(r, a)) pushSegment(segments, s.kind, s.text);
  }
  for (const r of removed.slice(k)) pushSegment(segments, 'removed', r);
  for (const a of added.slice(k)) pushSegment(segments, 'added', a);
  removed.length = 0;
  added.length = 0;
}

function sentenceDiff(previous: string, current: string): DiffSegment[] {
  const a = sentencePieces(previous);
  const b = sentencePieces(current);
  const keysA = a.map(normaliseForMatching);
  const keysB = b.map(normaliseForMatching);
  const segments: DiffSegment[] = [];
  const removed: string[] = [];
  const added: string[] = [];
  // Equal by normalised form (radicals, spaces); a pair differing in raw text is still shown as an edit.
  const steps = lcsSteps(keysA, keysB, (x, y) => x === y);
  for (const step of steps) {
    if (step.op === '=' && a[step.i] === b[step.j]) {
      flushRun(segments, removed, added);
      pushSegment(segments, 'unchanged', a[step.i]!);
    } else {
      if (step.op !== '+') removed.push(a[step.i]!);
      if (step.op !== '-') added.push(b[step.j]!);
    }
  }
  flushRun(segments, removed, added);
  return segments;
}

function paragraphDiff(previous: Item, current: Item): ParagraphDiff {
  const refs = { previous: previous.ref, current: current.ref };
  if (previous.text === current.text)
    return {
      ...refs,
      status: 'unchanged',
      unit: 'sentence',
      segments: [{ kind: 'unchanged', text: current.text }],
    };
  const short = previous.text.length <= SHORT_TEXT && current.text.length <= SHORT_TEXT;
  return {
    ...refs,
    status: 'changed',
    unit: short ? 'char' : 'sentence',
    segments: short
      ? charDiff(previous.text, current.text)
      : sentenceDiff(previous.text, current.text),
  };
}

/**
 * 与上年对比 of one text section: paragraphs aligned in order by similarity (a heading only with
 * a heading), then each pair compared sentence by sentence, short texts character by character.
 * Paragraphs without a counterpart come out as wholly added or removed, in reading order.
 */
export function diffTexts(
  previousBlocks: readonly Block[],
  currentBlocks: readonly Block[],
): ParagraphDiff[] {
  const a = items(previousBlocks);
  const b = items(currentBlocks);
  const n = a.length;
  const m = b.length;
  const score = (i: number, j: number): number => {
    if (!!a[i]!.ref.heading !== !!b[j]!.ref.heading) return 0;
    const s = similarity(a[i]!.grams, b[j]!.grams);
    return s >= PARAGRAPH_MATCH ? s : 0;
  };
  // Best monotone alignment by total similarity (paragraph counts are small).
  const best = new Float64Array((n + 1) * (m + 1));
  const at = (i: number, j: number) => i * (m + 1) + j;
  const pair = new Float64Array(n * m);
  for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) pair[i * m + j] = score(i, j);
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--) {
      const s = pair[i * m + j]!;
      best[at(i, j)] = Math.max(
        best[at(i + 1, j)]!,
        best[at(i, j + 1)]!,
        s > 0 ? best[at(i + 1, j + 1)]! + s : 0,
      );
    }
  const out: ParagraphDiff[] = [];
  const removed = (x: Item): ParagraphDiff => ({
    previous: x.ref,
    current: null,
    status: 'removed',
    unit: 'sentence',
    segments: [{ kind: 'removed', text: x.text }],
  });
  const added = (x: Item): ParagraphDiff => ({
    previous: null,
    current: x.ref,
    status: 'added',
    unit: 'sentence',
    segments: [{ kind: 'added', text: x.text }],
  });
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const s = pair[i * m + j]!;
    if (s > 0 && best[at(i, j)] === best[at(i + 1, j + 1)]! + s)
      out.push(paragraphDiff(a[i++]!, b[j++]!));
    else if (best[at(i, j)] === best[at(i + 1, j)]) out.push(removed(a[i++]!));
    else out.push(added(b[j++]!));
  }
  while (i < n) out.push(removed(a[i++]!));
  while (j < m) out.push(added(b[j++]!));
  return out;
}
