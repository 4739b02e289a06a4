import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
import type { ReportStore } from '../store/reportStore';

type CellValue = number | string | null;
type Listener = () => void;

export const UNCERTAIN_NOTE = '导入时无法确定的单元格，请核对';

const KEY = (id: number) => `nianbao.uncertain.${id}`;

/**
 * The importer's `review.uncertain` keys, kept for this window right after 接受: the report
 * content has no place for them, and the clerk should still see which cells to check once the
 * report opens in the wizard.
 */
export function rememberUncertain(reportId: number, keys: readonly string[]): void {
  try {
    if (keys.length === 0) sessionStorage.removeItem(KEY(reportId));
    else sessionStorage.setItem(KEY(reportId), JSON.stringify(keys));
  } catch {
    // Storage full or disabled: the marks are advice; the wizard works without them.
  }
}

function rememberedUncertain(reportId: number): string[] {
  try {
    const raw = sessionStorage.getItem(KEY(reportId));
    const list: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(list) ? list.filter((k): k is string => typeof k === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * The cells still to check in the open report. A mark goes when the clerk changes the cell's
 * value (typing, paste, 全部填 0) or confirms it as read.
 */
export class UncertainMarks {
  private readonly values = new Map<string, CellValue>();
  private readonly listeners = new Set<Listener>();
  private list: readonly string[];
  private readonly unsubscribe: () => void;

  constructor(
    private readonly reportId: number,
    private readonly store: ReportStore,
  ) {
    for (const key of rememberedUncertain(reportId)) this.values.set(key, store.getCell(key));
    this.list = [...this.values.keys()];
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
  }

  private dropChanged(): void {
    if (this.values.size === 0) return;
    const edited = [...this.values].filter(([k, v]) => this.store.getCell(k) !== v);
    if (edited.length > 0) this.confirm(edited.map(([k]) => k));
  }

  private changed(): void {
    this.list = [...this.values.keys()];
    rememberUncertain(this.reportId, this.list);
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
