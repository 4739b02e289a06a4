import type { ReportContent } from '../../../shared/model';
import { ApiError, type ApiClient } from '../api/client';

export type SaveStatus =
  | { kind: 'saved'; at: Date }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'error'; message: string }
  | { kind: 'stale'; message: string };

export interface SaverOptions {
  api: ApiClient;
  reportId: number;
  revision: number;
  getContent: () => ReportContent;
  onStatus: (status: SaveStatus) => void;
  debounceMs?: number;
}

/**
 * Stores every committed edit a few hundred ms after the last keystroke. One save in flight at
 * a time; edits during a save trigger another. The revision guards against another window
 * writing meanwhile (STALE stops saving: the clerk decides).
 */
export class Saver {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<void> | null = null;
  private dirty = false;
  private stopped = false;
  private revisionValue: number;
  private lastSaved: ReportContent | null = null;
  private pendingShown = false;

  constructor(private readonly options: SaverOptions) {
    this.revisionValue = options.revision;
    this.lastSaved = options.getContent();
  }

  get revision(): number {
    return this.revisionValue;
  }

  /** After 定稿/撤销定稿 the server's revision moved on; continue from it. */
  rebase(revision: number, content: ReportContent): void {
    this.revisionValue = revision;
    this.lastSaved = content;
    this.stopped = false;
  }

  get hasPending(): boolean {
    return this.dirty || this.timer !== null || this.inFlight !== null;
  }

  schedule(): void {
    if (this.stopped) return;
    if (this.options.getContent() === this.lastSaved) return;
    this.dirty = true;
    // Once per burst of typing: a status change re-renders the header, not every keystroke.
    if (!this.pendingShown) {
      this.pendingShown = true;
      this.options.onStatus({ kind: 'pending' });
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.run();
    }, this.options.debounceMs ?? 300);
  }

  /** Saves now and resolves when everything typed so far is stored (or failed). */
  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    if (this.inFlight) await this.inFlight;
    if (this.dirty) await this.run();
  }

  /** Page is going away: send what is pending with keepalive, without waiting. */
  flushOnUnload(): void {
    if (this.stopped || (!this.dirty && !this.timer)) return;
    if (this.timer) clearTimeout(this.timer);
    this.options.api.callOnUnload('reports:save', {
      id: this.options.reportId,
      baseRevision: this.revisionValue,
      content: this.options.getContent(),
    });
  }

  private async run(): Promise<void> {
    if (this.inFlight) {
      await this.inFlight;
      if (!this.dirty) return;
    }
    if (this.stopped) return;
    const content = this.options.getContent();
    this.dirty = false;
    this.pendingShown = false;
    this.options.onStatus({ kind: 'saving' });
    let failed = false;
    this.inFlight = (async () => {
      const r = await this.options.api.result('reports:save', {
        id: this.options.reportId,
        baseRevision: this.revisionValue,
        content,
      });
      if (r.ok) {
        this.revisionValue = r.value.revision;
        this.lastSaved = content;
        if (!this.dirty) this.options.onStatus({ kind: 'saved', at: new Date() });
      } else if (r.error.code === 'STALE') {
        this.stopped = true;
        this.options.onStatus({ kind: 'stale', message: r.error.message });
      } else {
        this.dirty = true;
        failed = true;
        this.options.onStatus({ kind: 'error', message: new ApiError(r.error).message });
      }
    })();
    try {
      await this.inFlight;
    } finally {
      this.inFlight = null;
    }
    if (this.dirty && !this.stopped && !this.timer) {
      // A failed save is retried calmly; new edits still reschedule through schedule().
      this.timer = setTimeout(
        () => {
          this.timer = null;
          void this.run();
        },
        failed ? 3000 : (this.options.debounceMs ?? 300),
      );
    }
  }
}
