import type { Database } from 'better-sqlite3';
import type { Repositories } from '../db';
import { AppError, MAX_NOTE_ENTRIES } from '../../shared/ipc';
import type { Handlers, ReportNotes, ReportNotesPatch } from '../../shared/ipc';
import type { Clock } from './clock';
import { isoNow } from './clock';
import { MESSAGES } from './messages';

export type NotesHandlers = Pick<Handlers, 'notes:get' | 'notes:update'>;

export interface NotesServiceDeps {
  db: Database;
  repos: Repositories;
  clock: Clock;
}

/** Each entry once, first occurrence kept; never longer than the contract allows. */
function distinct(list: readonly string[]): string[] {
  return [...new Set(list)].slice(0, MAX_NOTE_ENTRIES);
}

/**
 * The review notes kept beside each report (see reportNotesSchema). Notes of a report in the
 * trash stay readable and writable: they come back with it when it is restored.
 */
export function createNotesService(deps: NotesServiceDeps) {
  const { db, repos } = deps;

  function requireReport(id: number): void {
    if (!repos.reports.row(id)) throw new AppError('NOT_FOUND', MESSAGES.notFound(id), { id });
  }

  /**
   * Replaces the fields named in `patch` and keeps the others. Runs in its own transaction, or
   * inside the caller's (import, template) so the notes are stored with the report they belong to.
   */
  function update(id: number, patch: ReportNotesPatch): ReportNotes {
    return db.transaction(() => {
      requireReport(id);
      const current = repos.reportNotes.get(id);
      const next: ReportNotes = {
        uncertain: distinct(patch.uncertain ?? current.uncertain),
        conversion: patch.conversion !== undefined ? patch.conversion : current.conversion,
        t2Hints: patch.t2Hints ?? current.t2Hints,
        yearIgnored: distinct(patch.yearIgnored ?? current.yearIgnored),
      };
      repos.reportNotes.put(id, next, isoNow(deps.clock));
      return next;
    })();
  }

  const handlers: NotesHandlers = {
    'notes:get': ({ id }) => {
      requireReport(id);
      return repos.reportNotes.get(id);
    },
    'notes:update': ({ id, ...patch }) => update(id, patch),
  };

  return { handlers, update };
}

export type NotesService = ReturnType<typeof createNotesService>;
