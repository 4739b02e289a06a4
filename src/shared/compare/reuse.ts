import type { Block } from '../model';
import { normaliseForMatching } from './normalise';

/**
 * Reuse of last year's text (FORMAT.md §6 REUSE: evaluators deduct points when more than 50% is
 * “与上年度重复”). Counted in sentences of the body paragraphs; sub-headings are not text.
 *
 * Two sentences are the same when they are equal after removing whitespace and punctuation and
 * after replacing every year (2021年, 2021年度) by a placeholder: a sentence that differs only in
 * the year is still copied. Other numbers count — updating 46条 to 52条 is a real change.
 * Boilerplate is excluded from both sides: sentences under 10 characters, and lines that are
 * only a heading such as “（一）主动公开情况。”.
 */

/** An end mark with the closing quotes that follow it (“…。”). */
const SENTENCE_END = /[。！？；!?;][”’」』）)]*/g;
const YEAR = /(?:\d{4}|[〇零一二三四五六七八九]{4})年/g;
const PUNCTUATION = /[\p{P}\p{S}]/gu;
const MIN_SENTENCE_CHARACTERS = 10;
const HEADING_MARKER =
  /^(?:（[一二三四五六七八九十]+）|\([一二三四五六七八九十\d]+\)|[一二三四五六七八九十]+、|\d{1,2}[.、．])/;

/** Sentences of a paragraph, each with its end mark (。！？；) and closing quotes, trimmed; a line
 * break ends one too. */
export function splitSentences(text: string): string[] {
  return text
    .replace(SENTENCE_END, '$&\n')
    .split(/[\r\n]+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** The comparison form of a sentence: no whitespace or punctuation, years replaced by “#年”. */
export function sentenceKey(sentence: string): string {
  return analyse(sentence).key;
}

interface AnalysedSentence {
  sentence: string;
  key: string;
  boilerplate: boolean;
}

function analyse(sentence: string): AnalysedSentence {
  const text = normaliseForMatching(sentence);
  const key = text.replace(YEAR, '#年').replace(PUNCTUATION, '');
  let boilerplate = key.length < MIN_SENTENCE_CHARACTERS;
  const marker = boilerplate ? null : HEADING_MARKER.exec(text);
  if (marker) {
    const rest = text.slice(marker[0].length).replace(/[。.：:]$/, '');
    boilerplate = rest.length <= 16 && !/[，,；;]/.test(rest);
  }
  return { sentence, key, boilerplate };
}

/** Too short to mean anything, or a heading standing alone. */
export function isBoilerplateSentence(sentence: string): boolean {
  return analyse(sentence).boilerplate;
}

export interface ReuseStats {
  /** Current sentences counted (boilerplate excluded). */
  total: number;
  /** Of those, unchanged from the previous text. */
  unchanged: number;
  /** unchanged / total; 0 when there is nothing to count. */
  ratio: number;
  /** The unchanged current sentences as written, in reading order. */
  unchangedSentences: string[];
}

function sentencesOf(blocks: readonly Block[]): AnalysedSentence[] {
  return blocks
    .flatMap((b) => b.paragraphs.flatMap(splitSentences))
    .map(analyse)
    .filter((s) => !s.boilerplate);
}

/** Last year's text does not change while the clerk types: its keys are computed once per array. */
const previousKeyCache = new WeakMap<readonly Block[], ReadonlySet<string>>();

function previousKeys(blocks: readonly Block[]): ReadonlySet<string> {
  let keys = previousKeyCache.get(blocks);
  if (!keys) {
    keys = new Set(sentencesOf(blocks).map((s) => s.key));
    previousKeyCache.set(blocks, keys);
  }
  return keys;
}

/** How much of `currentBlocks` repeats `previousBlocks`, sentence by sentence. */
export function reuseStats(
  previousBlocks: readonly Block[],
  currentBlocks: readonly Block[],
): ReuseStats {
  const previous = previousKeys(previousBlocks);
  const current = sentencesOf(currentBlocks);
  const unchangedSentences = current.filter((s) => previous.has(s.key)).map((s) => s.sentence);
  return {
    total: current.length,
    unchanged: unchangedSentences.length,
    ratio: current.length ? unchangedSentences.length / current.length : 0,
    unchangedSentences,
  };
}
