import { runChecks, type CheckContext, type CheckIssue } from '../../../shared/checks';
import type { ReportContent } from '../../../shared/model';
import type { ReportStore } from '../store/reportStore';

export interface ChecksState {
  /** Issues of the draft as it stands (blank cells are hints). */
  live: CheckIssue[];
  /** Issues as 定稿 sees them (blank cells are errors). */
  final: CheckIssue[];
  /** The content these issues were computed from. */
  content: ReportContent;
}

/**
 * Runs the checks a moment after the clerk stops typing, so a keystroke never waits for them.
 */
export class ChecksStore {
  private state: ChecksState;
  private readonly listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly report: ReportStore,
    private context: Omit<CheckContext, 'final'>,
    private readonly delayMs = 250,
  ) {
    this.state = this.compute();
  }

  start(): void {
    this.unsubscribe = this.report.subscribe(() => this.schedule());
  }

  stop(): void {
    this.unsubscribe?.();
    if (this.timer) clearTimeout(this.timer);
  }

  setContext(context: Omit<CheckContext, 'final'>): void {
    this.context = context;
    this.refresh();
  }

  refresh(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.state = this.compute();
    this.listeners.forEach((l) => l());
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): ChecksState => this.state;

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.refresh(), this.delayMs);
  }

  private compute(): ChecksState {
    const content = this.report.content;
    return {
      live: runChecks(content, { ...this.context, final: false }),
      final: runChecks(content, { ...this.context, final: true }),
      content,
    };
  }
}
