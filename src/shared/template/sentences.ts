/**
 * Sentence spans of Chinese report text. Kept local to template/ until compare/reuse.ts offers a
 * shared splitter (to be folded together).
 */
export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

/** A sentence ends after 。！？； (and ASCII ! ? ;), plus any closing quotes or brackets that follow, or at a line break. */
const TERMINATORS = new Set(['。', '！', '？', '；', '!', '?', ';']);
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '》', '"']);

export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    // Leading/trailing whitespace is not part of a sentence, so marks stay on the words.
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed)
      spans.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      push(i);
      start = i + 1;
    } else if (TERMINATORS.has(ch)) {
      let end = i + 1;
      while (end < text.length && (CLOSERS.has(text[end]!) || TERMINATORS.has(text[end]!))) end++;
      push(end);
      i = end - 1;
    }
  }
  push(text.length);
  return spans;
}

/** The sentence that contains offset `at` (or the whole text when none does). */
export function sentenceAt(text: string, at: number): SentenceSpan {
  const spans = splitSentences(text);
  return spans.find((s) => at >= s.start && at < s.end) ?? { start: 0, end: text.length, text };
}
