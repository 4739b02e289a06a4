import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
import type { ReportContent } from '../../../shared/model';
import type { ReportNotesStore } from '../notes/reportNotesStore';
import type { ReportStore } from '../store/reportStore';

type CellValue = number | string | null;
type Listener = () => void;

export const UNCERTAIN_NOTE = '导入时无法确定的单元格，请核对';

/**
 * The cells still to check in the open report: the importer's `review.uncertain` keys, kept in
 * the report's notes from 接受 on (the content has no place for them). They arrive a moment after
 * the report opens and show as soon as they do. A mark goes when the clerk changes the cell's
 * value (typing, paste, 全部填 0) or confirms it as read; the notes are updated at once.
 */
export class UncertainMarks {
  private readonly values = new Map<string, CellValue>();
  private readonly listeners = new Set<Listener>();
  private list: readonly string[] = [];
  private loaded = false;
  private readonly unsubscribe: () => void;
  private readonly unsubscribeNotes: () => void;

  constructor(
    private readonly notes: ReportNotesStore,
    private readonly store: ReportStore,
  ) {
    // A mark compares with the value the report was opened with, even if the notes come later.
    const opened = store.content;
    this.unsubscribeNotes = notes.subscribe(() => this.load(opened));
    this.load(opened);
    this.unsubscribe = store.subscribe(() => this.dropChanged());
  }

  has = (key: string): boolean => this.values.has(key);

  keys = (): readonly string[] => this.list;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The clerk checked these cells against the source: no longer marked. */
  confirm(keys: readonly string[]): void {
    let changed = false;
    for (const key of keys) changed = this.values.delete(key) || changed;
    if (changed) this.changed();
  }

  dispose(): void {
    this.unsubscribe();
    this.unsubscribeNotes();
  }

  private load(opened: ReportContent): void {
    const notes = this.notes.get();
    if (this.loaded || !notes) return;
    this.loaded = true;
    for (const key of notes.uncertain) this.values.set(key, opened.cells[key] ?? null);
    if (this.values.size === 0) return;
    this.list = [...this.values.keys()];
    this.listeners.forEach((l) => l());
    // Cells typed over while the notes were loading lose their marks now.
    this.dropChanged();
  }

  private dropChanged(): void {
    if (this.values.size === 0) return;
    const edited = [...this.values].filter(([k, v]) => this.store.getCell(k) !== v);
    if (edited.length > 0) this.confirm(edited.map(([k]) => k));
  }

  private changed(): void {
    this.list = [...this.values.keys()];
    void this.notes.update({ uncertain: [...this.list] });
    this.listeners.forEach((l) => l());
  }
}

export const UncertainMarksContext = createContext<UncertainMarks | null>(null);

export function useUncertainMark(key: string): boolean {
  const marks = useContext(UncertainMarksContext);
  const subscribe = useCallback(
    (l: Listener) => (marks ? marks.subscribe(l) : () => undefined),
    [marks],
  );
  return useSyncExternalStore(subscribe, () => marks?.has(key) ?? false);
}

export function useUncertainKeys(): readonly string[] {
  const marks = useContext(UncertainMarksContext);
  const subscribe = useCallback(
    (l: Listener) => (marks ? marks.subscribe(l) : () => undefined),
    [marks],
  );
  return useSyncExternalStore(subscribe, () => marks?.keys() ?? EMPTY);
}

const EMPTY: readonly string[] = [];

export function useUncertainMarks(): UncertainMarks | null {
  return useContext(UncertainMarksContext);
}
