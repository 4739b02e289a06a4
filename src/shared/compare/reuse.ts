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

const SENTENCE_END = /[。！？；!?;]/;
const CLOSING = /[”’」』）)]/;
const MIN_SENTENCE_CHARACTERS = 10;
const HEADING_MARKER =
  /^(?:（[一二三四五六七八九十]+）|\([一二三四五六七八九十\d]+\)|[一二三四五六七八九十]+、|\d{1,2}[.、．])/;

/** Sentences of a paragraph, each with its end mark (。！？；) and closing quotes, trimmed; a line
 * break ends one too. */
export function splitSentences(text: string): string[] {
  const chars = [...text];
  const sentences: string[] = [];
  let current = '';
  const flush = () => {
    if (current.trim()) sentences.push(current.trim());
    current = '';
  };
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (ch === '\n' || ch === '\r') {
      flush();
      continue;
    }
    current += ch;
    if (SENTENCE_END.test(ch)) {
      // Closing quotes after an end mark belong to the sentence (“…。”).
      while (i + 1 < chars.length && CLOSING.test(chars[i + 1]!)) current += chars[++i];
      flush();
    }
  }
  flush();
  return sentences;
}

/** The comparison form of a sentence: no whitespace or punctuation, years replaced by “#年”. */
export function sentenceKey(sentence: string): string {
  return normaliseForMatching(sentence)
    .replace(/(?:\d{4}|[〇零一二三四五六七八九]{4})年/g, '#年')
    .replace(/[\p{P}\p{S}]/gu, '');
}

/** Too short to mean anything, or a heading standing alone. */
export function isBoilerplateSentence(sentence: string): boolean {
  const key = sentenceKey(sentence);
  if ([...key].length < MIN_SENTENCE_CHARACTERS) return true;
  const text = normaliseForMatching(sentence);
  const marker = HEADING_MARKER.exec(text);
  if (!marker) return false;
  const rest = text.slice(marker[0].length).replace(/[。.：:]$/, '');
  return [...rest].length <= 16 && !/[，,；;]/.test(rest);
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

function sentencesOf(blocks: readonly Block[]): string[] {
  return blocks
    .flatMap((b) => b.paragraphs.flatMap(splitSentences))
    .filter((s) => !isBoilerplateSentence(s));
}

/** How much of `currentBlocks` repeats `previousBlocks`, sentence by sentence. */
export function reuseStats(
  previousBlocks: readonly Block[],
  currentBlocks: readonly Block[],
): ReuseStats {
  const previous = new Set(sentencesOf(previousBlocks).map(sentenceKey));
  const current = sentencesOf(currentBlocks);
  const unchangedSentences = current.filter((s) => previous.has(sentenceKey(s)));
  return {
    total: current.length,
    unchanged: unchangedSentences.length,
    ratio: current.length ? unchangedSentences.length / current.length : 0,
    unchangedSentences,
  };
}
