import type { CheckContext } from '../../../shared/checks';
import type { ReportRecord } from '../../../shared/ipc';
import type { ApiClient } from '../api/client';
import { ChecksStore } from '../checks/checksStore';
import { ReportNotesStore } from '../notes/reportNotesStore';
import { ReportStore } from '../store/reportStore';
import { Saver, type SaveStatus } from '../store/saver';
import { UncertainMarks } from '../table/uncertainMarks';

/** Everything that lives as long as one report is open. */
export interface EditorSession {
  reportId: number;
  store: ReportStore;
  checks: ChecksStore;
  saver: Saver;
  /** Review notes kept beside the report (loaded a moment after it opens). */
  notes: ReportNotesStore;
  /** Cells the importer could not read for sure, until the clerk checks them. */
  uncertain: UncertainMarks;
  setStatusListener(listener: (status: SaveStatus) => void): void;
  dispose(): void;
}

export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function openSession(api: ApiClient, record: ReportRecord): EditorSession {
  const store = new ReportStore(record.content, record.status === 'final');
  const context: Omit<CheckContext, 'final'> = { today: todayIso() };
  const checks = new ChecksStore(store, context);
  let statusListener: (status: SaveStatus) => void = () => undefined;
  const saver = new Saver({
    api,
    reportId: record.id,
    revision: record.revision,
    getContent: () => store.content,
    onStatus: (s) => statusListener(s),
  });
  const unsubscribe = store.subscribe(() => saver.schedule());
  const notes = new ReportNotesStore(api, record.id);
  const uncertain = new UncertainMarks(notes, store);
  checks.start();
  // Context the checks need from elsewhere: last year's report and the configured deadlines.
  void Promise.all([
    api.result('reports:previous', { id: record.id }),
    api.result('settings:get', {}),
  ]).then(([previous, settings]) => {
    checks.setContext({
      ...context,
      previous: previous.ok ? previous.value : null,
      ...(settings.ok ? { deadlines: settings.value.deadlines } : {}),
    });
  });
  return {
    reportId: record.id,
    store,
    checks,
    saver,
    notes,
    uncertain,
    setStatusListener: (l) => {
      statusListener = l;
    },
    dispose: () => {
      unsubscribe();
      uncertain.dispose();
      notes.dispose();
      checks.stop();
    },
  };
}
