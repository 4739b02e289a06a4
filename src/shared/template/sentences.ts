/**
 * Sentence spans with offsets, for marking sentences in the editor. Splits exactly as
 * `splitSentences` of compare/reuse.ts (which returns only the texts), so marks and the REUSE
 * check count the same sentences.
 */
export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

const SENTENCE_END = /[。！？；!?;]/;
const CLOSING = /[”’」』）)]/;

export function sentenceSpans(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  const flush = (end: number) => {
    const raw = text.slice(start, end);
    const trimmed = raw.trim();
    if (trimmed) {
      // Whitespace around a sentence is not part of it, so marks stay on the words.
      const lead = raw.length - raw.trimStart().length;
      spans.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed });
    }
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n' || ch === '\r') {
      flush(i);
      start = i + 1;
    } else if (SENTENCE_END.test(ch)) {
      let end = i + 1;
      while (end < text.length && CLOSING.test(text[end]!)) end++;
      flush(end);
      i = end - 1;
    }
  }
  flush(text.length);
  return spans;
}

/** The sentence that contains offset `at` (or the whole text when none does). */
export function sentenceAt(text: string, at: number): SentenceSpan {
  const spans = sentenceSpans(text);
  return spans.find((s) => at >= s.start && at < s.end) ?? { start: 0, end: text.length, text };
}
