import { createContext, useContext } from 'react';
import type { NavAction } from '../editor/gridNav';

export type MoveCommand = { type: 'move'; action: NavAction } | { type: 'enter'; down: boolean };

/** What a cell asks of its table: move the cursor, paste a block, remember the active cell. */
export interface TableController {
  move(from: string, command: MoveCommand): void;
  paste(anchor: string, text: string): void;
  focused(key: string): void;
}

export const TableControllerContext = createContext<TableController | null>(null);

export function useTableController(): TableController {
  const c = useContext(TableControllerContext);
  if (!c) throw new Error('TableControllerContext missing');
  return c;
}
