import type { CallOutput } from '../../../shared/ipc';

type TemplateCreated = CallOutput<'template:create'>;
export type TemplateNotes = Pick<TemplateCreated, 'conversion' | 't2Hints'>;

const KEY = (id: number) => `nianbao.template.${id}`;

/**
 * What `template:create` says once (the 2019→2021 conversion list, 表二 hints) kept for this tab,
 * so the wizard can show it after navigating there and after a reload.
 */
export function rememberTemplateNotes(id: number, notes: TemplateNotes): void {
  try {
    sessionStorage.setItem(KEY(id), JSON.stringify(notes));
  } catch {
    // Storage full or disabled: the notes are advice; the wizard works without them.
  }
}

export function templateNotes(id: number): TemplateNotes | null {
  try {
    const raw = sessionStorage.getItem(KEY(id));
    return raw ? (JSON.parse(raw) as TemplateNotes) : null;
  } catch {
    return null;
  }
}

export function forgetConversion(id: number): void {
  const notes = templateNotes(id);
  if (notes) rememberTemplateNotes(id, { ...notes, conversion: null });
}
