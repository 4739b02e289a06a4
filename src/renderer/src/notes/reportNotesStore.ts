import { useCallback, useSyncExternalStore } from 'react';
import { EMPTY_REPORT_NOTES } from '../../../shared/ipc';
import type { ReportNotes, ReportNotesPatch } from '../../../shared/ipc';
import type { ApiClient } from '../api/client';

type Listener = () => void;

const isEmpty = (patch: ReportNotesPatch) => Object.keys(patch).length === 0;

/**
 * The open report's review notes (cells to check, conversion list, 表二 hints, ignored year
 * suggestions), read once with notes:get and kept in the database by notes:update, so closing the
 * window loses none of them. A change shows at once; writes go one at a time in order, the latest
 * value of each field winning. They are advice: a failed write is shown nowhere and blocks nothing.
 */
export class ReportNotesStore {
  private notes: ReportNotes | null = null;
  private readonly listeners = new Set<Listener>();
  /** Changes not yet sent, and the one on its way. */
  private queued: ReportNotesPatch = {};
  private inFlight: ReportNotesPatch | null = null;
  private running: Promise<void> | null = null;
  /** Settles when the stored notes have been read (or could not be: then they start empty). */
  readonly ready: Promise<void>;

  constructor(
    private readonly api: ApiClient,
    readonly reportId: number,
  ) {
    this.ready = api.result('notes:get', { id: reportId }).then((r) => {
      // A change made while the notes were loading wins over what was stored.
      this.notes = { ...(r.ok ? r.value : EMPTY_REPORT_NOTES), ...this.unsent() };
      this.emit();
    });
  }

  /** The notes, or null while they are still loading. */
  get = (): ReportNotes | null => this.notes;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Changes the named fields now and stores them; resolves once they are written (or failed). */
  update(patch: ReportNotesPatch): Promise<void> {
    if (this.notes) {
      this.notes = { ...this.notes, ...patch };
      this.emit();
    }
    this.queued = { ...this.queued, ...patch };
    return this.pump();
  }

  /** Resolves when every change asked for so far has been written (or has failed). */
  settled(): Promise<void> {
    return this.running ?? Promise.resolve();
  }

  /** Leaving the page: what is not yet stored goes with a request that outlives the page. */
  flushOnUnload(): void {
    const unsent = this.unsent();
    if (!isEmpty(unsent)) this.api.callOnUnload('notes:update', { id: this.reportId, ...unsent });
  }

  /** Stops notifying; writes already asked for still go out. */
  dispose(): void {
    this.listeners.clear();
  }

  private unsent(): ReportNotesPatch {
    return { ...this.inFlight, ...this.queued };
  }

  private pump(): Promise<void> {
    if (!this.running && !isEmpty(this.queued)) this.running = this.drain();
    return this.running ?? Promise.resolve();
  }

  /** Sends the queued changes until none are left; awaits before it can finish, never throws. */
  private async drain(): Promise<void> {
    try {
      while (!isEmpty(this.queued)) {
        this.inFlight = this.queued;
        this.queued = {};
        const r = await this.api.result('notes:update', { id: this.reportId, ...this.inFlight });
        if (!r.ok) console.warn('[notes] 审阅备注未保存：', r.error.message);
        this.inFlight = null;
      }
    } finally {
      this.running = null;
    }
  }

  private emit(): void {
    this.listeners.forEach((l) => l());
  }
}

/** The notes of `store` for a component; null while loading (or when there is no store). */
export function useReportNotes(store: ReportNotesStore | null): ReportNotes | null {
  const subscribe = useCallback(
    (l: Listener) => (store ? store.subscribe(l) : () => undefined),
    [store],
  );
  return useSyncExternalStore(subscribe, () => store?.get() ?? null);
}
