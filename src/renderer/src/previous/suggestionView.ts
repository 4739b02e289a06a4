import type { CallOutput } from '../../../shared/ipc';
import type { ReportContent } from '../../../shared/model';
import { sentenceAt, textAt } from '../../../shared/template';

export type YearSuggestion = CallOutput<'template:suggestions'>[number];

/** The sentence of a suggestion split around the year that changes, for “before → after”. */
export interface SuggestionSentence {
  lead: string;
  before: string;
  after: string;
  tail: string;
}

export function suggestionSentence(content: ReportContent, s: YearSuggestion): SuggestionSentence {
  const text = textAt(content, s.location);
  if (text !== undefined && text.slice(s.start, s.end) === s.before) {
    const sentence = sentenceAt(text, s.start);
    return {
      lead: text.slice(sentence.start, s.start),
      before: s.before,
      after: s.after,
      tail: text.slice(s.end, Math.max(sentence.end, s.end)),
    };
  }
  // The text moved on since the suggestion was computed: fall back to the sentence sent with it.
  const at = s.context.indexOf(s.before);
  return at < 0
    ? { lead: s.context, before: s.before, after: s.after, tail: '' }
    : {
        lead: s.context.slice(0, at),
        before: s.before,
        after: s.after,
        tail: s.context.slice(at + s.before.length),
      };
}

const SECTION_LABEL: Record<YearSuggestion['location']['section'], string> = {
  title: '标题',
  preamble: '正文前说明',
  s1: '一、总体情况',
  s5: '五、存在的主要问题',
  s6: '六、其他需要报告的事项',
  closing: '落款',
};

export function suggestionPlace(s: YearSuggestion): string {
  const l = s.location;
  if (l.section === 'title' || l.section === 'closing') return SECTION_LABEL[l.section];
  if (l.section === 'preamble') return `${SECTION_LABEL.preamble}第${l.paragraph + 1}段`;
  return `${SECTION_LABEL[l.section]}·${l.heading ? '小标题' : `第${l.block + 1}部分第${l.paragraph + 1}段`}`;
}
