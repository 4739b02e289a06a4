import { memo, useEffect, useRef, useState } from 'react';
import type { CellKind } from '../../../shared/format';
import { CELL_HINTS, acceptsTyping, formatCellValue, parseCellText } from '../editor/cellInput';
import { cellKeyCommand, type EditMode } from '../editor/gridNav';
import { useCellValue, useReadOnly, useReportStore } from '../store/useReport';
import { useTableController } from './tableController';
import { UNCERTAIN_NOTE, useUncertainMark } from './uncertainMarks';

type CellValue = number | string | null;

interface Session {
  undoKey: string;
  start: CellValue;
  written: CellValue;
}

let sessionCounter = 0;

interface ValueCellProps {
  cellKey: string;
  kind: CellKind;
  label: string;
  computed: boolean;
  colSpan?: number | undefined;
}

/**
 * One data cell, spreadsheet style: focused = selected (typing replaces), F2 = edit with a caret,
 * Esc = cancel. Every accepted keystroke updates the stored value, so totals follow as you type;
 * the whole typing session is one undo step.
 */
export const ValueCell = memo(function ValueCell({
  cellKey,
  kind,
  label,
  computed,
  colSpan,
}: ValueCellProps) {
  const value = useCellValue(cellKey);
  const readOnly = useReadOnly();
  const uncertain = useUncertainMark(cellKey);
  const store = useReportStore();
  const controller = useTableController();
  const [mode, setMode] = useState<EditMode>('none');
  const [draft, setDraft] = useState('');
  const [hint, setHint] = useState<string | null>(null);
  const session = useRef<Session | null>(null);
  const draftRef = useRef('');
  const hintTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const locked = computed || readOnly;

  // The value changed under an edit (undo, reload): the edit is over.
  useEffect(() => {
    if (session.current && value !== session.current.written) {
      session.current = null;
      setMode('none');
    }
  }, [value]);

  useEffect(
    () => () => {
      if (hintTimer.current) clearTimeout(hintTimer.current);
    },
    [],
  );

  const showHint = (text: string) => {
    setHint(text);
    if (hintTimer.current) clearTimeout(hintTimer.current);
    hintTimer.current = setTimeout(() => setHint(null), 4000);
  };

  const write = (next: CellValue) => {
    const s = session.current!;
    s.written = next;
    store.setCells({ [cellKey]: next }, { coalesceKey: s.undoKey, coalesceWindowMs: Infinity });
  };

  const setDraftText = (text: string) => {
    draftRef.current = text;
    setDraft(text);
  };

  const commit = () => {
    const s = session.current;
    if (s) {
      const parsed = parseCellText(kind, draftRef.current);
      if (!parsed.ok) {
        write(s.start);
        store.dropUndoStep(s.undoKey);
        showHint(parsed.hint);
      } else if (parsed.value !== s.written) {
        write(parsed.value);
      }
      store.sealUndoStep();
      session.current = null;
    }
    if (mode !== 'none') setMode('none');
  };

  const cancel = (input: HTMLInputElement) => {
    const s = session.current;
    if (s) {
      write(s.start);
      store.dropUndoStep(s.undoKey);
      session.current = null;
    }
    setMode('none');
    requestAnimationFrame(() => input.select());
  };

  const lockedHint = () => showHint(readOnly ? CELL_HINTS.readOnly : CELL_HINTS.computed);

  return (
    <td
      colSpan={colSpan}
      className={`value-cell${computed ? ' computed' : ''}${uncertain ? ' uncertain' : ''}`}
      data-uncertain={uncertain || undefined}
      title={uncertain ? UNCERTAIN_NOTE : undefined}
    >
      <input
        className="cell-input"
        data-cell={cellKey}
        aria-label={label}
        aria-readonly={locked || undefined}
        aria-invalid={hint ? true : undefined}
        inputMode={kind === 'decimal' ? 'decimal' : 'numeric'}
        autoComplete="off"
        spellCheck={false}
        readOnly={locked}
        value={mode === 'none' ? formatCellValue(value) : draft}
        onFocus={(e) => {
          e.currentTarget.select();
          controller.focused(cellKey);
        }}
        onClick={(e) => {
          if (mode !== 'none') return;
          // Clicking the cell that is already selected: Chromium collapses the selection right
          // after the click, and the next digit would be inserted instead of replacing the
          // value. Select again once that has happened, as a spreadsheet keeps the cell selected.
          const input = e.currentTarget;
          input.select();
          requestAnimationFrame(() => {
            if (document.activeElement === input && input.selectionStart === input.selectionEnd)
              input.select();
          });
        }}
        onDoubleClick={(e) => {
          if (locked) return lockedHint();
          setDraftText(formatCellValue(value));
          setMode('caret');
          const input = e.currentTarget;
          requestAnimationFrame(() =>
            input.setSelectionRange(input.value.length, input.value.length),
          );
        }}
        onBlur={commit}
        onChange={(e) => {
          if (locked) return;
          const text = e.currentTarget.value;
          const check = acceptsTyping(kind, text);
          if (!check.ok) {
            // Controlled input: not updating state puts the previous text back.
            showHint(check.hint);
            // Still navigating: keep the old value selected so the next keystroke replaces it.
            if (mode === 'none') {
              const input = e.currentTarget;
              requestAnimationFrame(() => input.select());
            }
            return;
          }
          setHint(null);
          if (!session.current)
            session.current = {
              undoKey: `cell:${cellKey}:${++sessionCounter}`,
              start: value,
              written: value,
            };
          setDraftText(text);
          if (mode === 'none') setMode('replace');
          const parsed = parseCellText(kind, text);
          if (parsed.ok && parsed.value !== session.current.written) write(parsed.value);
        }}
        onKeyDown={(e) => {
          const command = cellKeyCommand(e, mode);
          if (!command) {
            const printable = e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey;
            if (locked && (printable || e.key === 'Backspace' || e.key === 'Delete')) lockedHint();
            return;
          }
          const input = e.currentTarget;
          switch (command.type) {
            case 'startCaretEdit':
              e.preventDefault();
              if (locked) return lockedHint();
              setDraftText(formatCellValue(value));
              setMode('caret');
              requestAnimationFrame(() =>
                input.setSelectionRange(input.value.length, input.value.length),
              );
              return;
            case 'cancelEdit':
              e.preventDefault();
              cancel(input);
              return;
            default:
              e.preventDefault();
              commit();
              controller.move(cellKey, command);
          }
        }}
        onPaste={(e) => {
          e.preventDefault();
          if (locked && readOnly) return lockedHint();
          controller.paste(cellKey, e.clipboardData.getData('text/plain'));
        }}
      />
      {hint && (
        <div className="cell-hint" role="alert">
          {hint}
        </div>
      )}
    </td>
  );
});
