import { Textarea } from '@mantine/core';
import { memo, useLayoutEffect, useRef } from 'react';
import { normalisePastedText } from '../../../shared/text/normalise';
import { caretAfterReplace } from './caret';

interface ParagraphsFieldProps {
  /** Where checks point: `s1:0` (section:block) or `preamble:0`. */
  location: string;
  label: string;
  paragraphs: readonly string[];
  readOnly: boolean;
  placeholder?: string;
  onChange: (paragraphs: string[]) => void;
}

/**
 * The paragraphs of one block in one textarea, a line per paragraph (as in Word), so the checks'
 * {block, paragraph} maps to a line. Pasted text is cleaned on the way in: radical look-alikes
 * become the normal characters, broken lines are joined, page numbers dropped.
 */
export const ParagraphsField = memo(function ParagraphsField({
  location,
  label,
  paragraphs,
  readOnly,
  placeholder,
  onChange,
}: ParagraphsFieldProps) {
  const value = paragraphs.join('\n');
  const ref = useRef<HTMLTextAreaElement>(null);
  /** The text last shown, and the last text the clerk's own typing produced. */
  const shown = useRef(value);
  const typed = useRef<string | null>(null);
  const emit = (text: string) => {
    typed.current = text;
    onChange(text.split('\n'));
  };

  // A change from outside (undo, redo) replaced the text and the browser moved the caret to the
  // end; put it back where the change happened. The clerk's own typing is left alone (IME).
  useLayoutEffect(() => {
    const before = shown.current;
    shown.current = value;
    const area = ref.current;
    if (value === before) return;
    const own = value === typed.current;
    typed.current = null;
    if (own) return;
    if (!area || area.ownerDocument.activeElement !== area) return;
    const caret = caretAfterReplace(before, value);
    area.setSelectionRange(caret, caret);
  }, [value]);

  return (
    <Textarea
      ref={ref}
      aria-label={label}
      data-paragraphs={location}
      autosize
      minRows={3}
      maxRows={30}
      readOnly={readOnly}
      placeholder={placeholder ?? '在此输入正文，每段一行（按回车另起一段）。'}
      value={value}
      onChange={(e) => emit(e.currentTarget.value)}
      onPaste={(e) => {
        if (readOnly) return;
        const raw = e.clipboardData.getData('text/plain');
        if (!raw) return;
        e.preventDefault();
        const input = e.currentTarget;
        input.setRangeText(
          normalisePastedText(raw),
          input.selectionStart,
          input.selectionEnd,
          'end',
        );
        emit(input.value);
      }}
      classNames={{ input: 'paragraphs-input' }}
    />
  );
});

/** Selects paragraph `index` of a field and scrolls it into view (jump from a check). */
export function focusParagraph(
  root: ParentNode,
  location: string,
  index: number,
  heading = false,
): boolean {
  if (heading) {
    const input = root.querySelector<HTMLInputElement>(`[data-heading="${location}"]`);
    if (!input) return false;
    input.focus();
    input.select();
    markHighlighted([input]);
    return true;
  }
  const area = root.querySelector<HTMLTextAreaElement>(`[data-paragraphs="${location}"]`);
  if (!area) return false;
  const lines = area.value.split('\n');
  const i = Math.min(Math.max(index, 0), lines.length - 1);
  const start = lines.slice(0, i).reduce((n, l) => n + l.length + 1, 0);
  area.focus();
  area.setSelectionRange(start, start + (lines[i]?.length ?? 0));
  area.scrollIntoView({ block: 'center' });
  markHighlighted([area]);
  return true;
}

let highlightTimer: ReturnType<typeof setTimeout> | null = null;

/** Marks elements a check refers to for a few seconds (CSS `[data-highlight]`). */
export function markHighlighted(elements: readonly HTMLElement[]): void {
  document
    .querySelectorAll('[data-highlight]')
    .forEach((el) => el.removeAttribute('data-highlight'));
  elements.forEach((el) => el.setAttribute('data-highlight', 'true'));
  if (highlightTimer) clearTimeout(highlightTimer);
  highlightTimer = setTimeout(
    () => elements.forEach((el) => el.removeAttribute('data-highlight')),
    6000,
  );
}
