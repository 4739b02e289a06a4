import { specFor } from '../../../shared/format';
import { computedKeys, withComputedTotals, type ReportContent } from '../../../shared/model';
import { UndoStack } from '../editor/undoStack';

type CellValue = number | string | null;
type Listener = () => void;

export interface EditOptions {
  /** Edits with the same key merge into one undo step (typing in one block, one cell session). */
  coalesceKey?: string;
  /** How long a coalesced step stays open; Infinity for a cell's typing session. */
  coalesceWindowMs?: number;
  /** Not an edit of the clerk (e.g. content reloaded): no undo step. */
  skipUndo?: boolean;
}

/**
 * The open report, outside React. Cells notify only their own subscribers, so a keystroke in
 * table 三 re-renders the edited cell and the totals that changed, not the wizard.
 */
export class ReportStore {
  private current: ReportContent;
  private readonly listeners = new Set<Listener>();
  private readonly cellListeners = new Map<string, Set<Listener>>();
  private readonly undoStack = new UndoStack<ReportContent>();
  private readOnlyFlag: boolean;
  private readonly readOnlyListeners = new Set<Listener>();
  private cellKeys: readonly string[];
  private computed: ReadonlySet<string>;

  constructor(content: ReportContent, readOnly = false) {
    this.current = withComputedTotals(content);
    this.readOnlyFlag = readOnly;
    this.cellKeys = specFor(content.format).cells.map((c) => c.key);
    this.computed = computedKeys(content);
  }

  get content(): ReportContent {
    return this.current;
  }

  get readOnly(): boolean {
    return this.readOnlyFlag;
  }

  get computedKeys(): ReadonlySet<string> {
    return this.computed;
  }

  get canUndo(): boolean {
    return this.undoStack.canUndo;
  }

  get canRedo(): boolean {
    return this.undoStack.canRedo;
  }

  setReadOnly(readOnly: boolean): void {
    if (readOnly === this.readOnlyFlag) return;
    this.readOnlyFlag = readOnly;
    this.readOnlyListeners.forEach((l) => l());
  }

  subscribeReadOnly = (listener: Listener): (() => void) => {
    this.readOnlyListeners.add(listener);
    return () => this.readOnlyListeners.delete(listener);
  };

  getReadOnly = (): boolean => this.readOnlyFlag;

  getContent = (): ReportContent => this.current;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  subscribeCell(key: string, listener: Listener): () => void {
    let set = this.cellListeners.get(key);
    if (!set) this.cellListeners.set(key, (set = new Set()));
    set.add(listener);
    return () => set.delete(listener);
  }

  getCell(key: string): CellValue {
    return this.current.cells[key] ?? null;
  }

  /** Table edit: new values, totals recomputed. Returns false when read-only. */
  setCells(changes: Readonly<Record<string, CellValue>>, options: EditOptions = {}): boolean {
    if (this.readOnlyFlag) return false;
    // A paste or fill that changes nothing leaves no undo step and no save.
    if (Object.entries(changes).every(([k, v]) => (this.current.cells[k] ?? null) === v))
      return false;
    const cells = { ...this.current.cells, ...changes };
    return this.apply(withComputedTotals({ ...this.current, cells }), options);
  }

  /** Any other edit of the content (text, title, acknowledgements). */
  update(change: (content: ReportContent) => ReportContent, options: EditOptions = {}): boolean {
    if (this.readOnlyFlag) return false;
    return this.apply(withComputedTotals(change(this.current)), options);
  }

  /** Replace the content without an undo step (reload after 撤销定稿, 定稿 record). */
  replace(content: ReportContent): void {
    this.cellKeys = specFor(content.format).cells.map((c) => c.key);
    this.computed = computedKeys(content);
    this.commit(withComputedTotals(content));
  }

  /** Ends the current coalesced step (a cell edit committed, the cursor moved elsewhere). */
  sealUndoStep(): void {
    this.undoStack.seal();
  }

  /** Removes the step of a cancelled edit (Esc) after its values were put back. */
  dropUndoStep(coalesceKey: string): void {
    this.undoStack.dropIfTop(coalesceKey);
  }

  undo(): boolean {
    if (this.readOnlyFlag) return false;
    const previous = this.undoStack.undo(this.current);
    if (!previous) return false;
    this.commit(previous);
    return true;
  }

  redo(): boolean {
    if (this.readOnlyFlag) return false;
    const next = this.undoStack.redo(this.current);
    if (!next) return false;
    this.commit(next);
    return true;
  }

  private apply(next: ReportContent, options: EditOptions): boolean {
    if (!options.skipUndo) {
      this.undoStack.record(
        this.current,
        options.coalesceKey ?? null,
        Date.now(),
        options.coalesceWindowMs,
      );
    }
    this.commit(next);
    return true;
  }

  private commit(next: ReportContent): void {
    const before = this.current;
    this.current = next;
    if (before.cells !== next.cells) {
      for (const key of this.cellKeys) {
        if (before.cells[key] !== next.cells[key]) this.cellListeners.get(key)?.forEach((l) => l());
      }
    }
    this.listeners.forEach((l) => l());
  }
}
