/**
 * App-level undo over whole-content snapshots (immutable, so a snapshot is just a reference).
 * Edits that belong together — keystrokes into one text block, one cell's typing session —
 * share a coalesce key and become one step.
 */
export class UndoStack<T> {
  private past: { state: T; key: string | null; at: number }[] = [];
  private future: T[] = [];

  constructor(
    private readonly limit = 300,
    private readonly coalesceWindowMs = 1500,
  ) {}

  /**
   * Remember `before`, the state preceding an edit. Same key as the newest step and within the
   * window (or `windowMs`; Infinity for a cell session) → merged into that step.
   */
  record(
    before: T,
    coalesceKey: string | null = null,
    now = Date.now(),
    windowMs = this.coalesceWindowMs,
  ): void {
    const top = this.past[this.past.length - 1];
    this.future = [];
    if (top && coalesceKey !== null && top.key === coalesceKey && now - top.at <= windowMs) {
      top.at = now;
      return;
    }
    this.past.push({ state: before, key: coalesceKey, at: now });
    if (this.past.length > this.limit) this.past.shift();
  }

  /** Close the newest step so the next edit starts a new one, even with the same key. */
  seal(): void {
    const top = this.past[this.past.length - 1];
    if (top) top.key = null;
  }

  /** Drop the newest step if it is this one (an edit cancelled with Esc leaves no step). */
  dropIfTop(coalesceKey: string): void {
    if (this.past[this.past.length - 1]?.key === coalesceKey) this.past.pop();
  }

  undo(current: T): T | undefined {
    const step = this.past.pop();
    if (!step) return undefined;
    this.future.push(current);
    return step.state;
  }

  redo(current: T): T | undefined {
    const next = this.future.pop();
    if (next === undefined) return undefined;
    this.past.push({ state: current, key: null, at: 0 });
    return next;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  clear(): void {
    this.past = [];
    this.future = [];
  }
}
