import { createContext, useContext, useSyncExternalStore } from 'react';
import type { ChecksState, ChecksStore } from './checksStore';

export const ChecksStoreContext = createContext<ChecksStore | null>(null);

export function useChecks(): ChecksState {
  const store = useContext(ChecksStoreContext);
  if (!store) throw new Error('ChecksStoreContext missing');
  return useSyncExternalStore(store.subscribe, store.getState);
}
