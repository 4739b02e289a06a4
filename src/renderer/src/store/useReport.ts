import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
import type { ReportContent } from '../../../shared/model';
import type { ReportStore } from './reportStore';

export const ReportStoreContext = createContext<ReportStore | null>(null);

export function useReportStore(): ReportStore {
  const store = useContext(ReportStoreContext);
  if (!store) throw new Error('ReportStoreContext missing');
  return store;
}

/**
 * A slice of the content; re-renders only when the selected value changes by identity (the
 * content is immutable, so untouched blocks keep their identity).
 */
export function useReportSelector<T>(select: (content: ReportContent) => T): T {
  const store = useReportStore();
  return useSyncExternalStore(store.subscribe, () => select(store.content));
}

export function useCellValue(key: string): number | string | null {
  const store = useReportStore();
  const subscribe = useCallback((l: () => void) => store.subscribeCell(key, l), [store, key]);
  return useSyncExternalStore(subscribe, () => store.getCell(key));
}

export function useReadOnly(): boolean {
  const store = useReportStore();
  return useSyncExternalStore(store.subscribeReadOnly, store.getReadOnly);
}
