import type { CellSpec } from '../../../shared/format';

/** Accessible name of a cell from its printed labels, e.g. “（三）不予公开 1.属于国家秘密 自然人”. */
export function cellAccessibleName(spec: CellSpec): string {
  return [spec.rowGroup, spec.rowLabel, spec.colLabel].filter(Boolean).join(' ');
}

/** Short description for messages and lists, e.g. “（三）不予公开1.属于国家秘密·自然人”. */
export function cellDescription(spec: CellSpec | undefined, key: string): string {
  if (!spec) return key;
  return `${spec.rowGroup && spec.table === 't3' ? spec.rowGroup : ''}${spec.rowLabel}·${spec.colLabel}`;
}
