import type { Database } from 'better-sqlite3';
import { EMPTY_REPORT_NOTES, reportNotesSchema } from '../../../shared/ipc';
import type { ReportNotes } from '../../../shared/ipc';

/**
 * Notes as stored, field by field: a field that no longer fits (hand-edited file, older or newer
 * app) reads as empty and the others are kept. The notes are advice, so a damaged row never stops
 * the report from opening.
 */
export function readNotes(json: string): ReportNotes {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { ...EMPTY_REPORT_NOTES };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ...EMPTY_REPORT_NOTES };
  }
  const stored = raw as Record<string, unknown>;
  const shape = reportNotesSchema.shape;
  const field = <K extends keyof ReportNotes>(key: K): ReportNotes[K] => {
    const parsed = shape[key].safeParse(stored[key]);
    return parsed.success ? (parsed.data as ReportNotes[K]) : EMPTY_REPORT_NOTES[key];
  };
  return {
    uncertain: field('uncertain'),
    conversion: field('conversion'),
    t2Hints: field('t2Hints'),
    yearIgnored: field('yearIgnored'),
  };
}

/** All SQL about `report_notes`: one JSON object per report. */
export function createReportNotesRepository(db: Database) {
  const s = {
    get: db.prepare<[number], { notes: string }>(
      `SELECT notes FROM report_notes WHERE report_id = ?`,
    ),
    put: db.prepare<[number, string, string]>(
      `INSERT INTO report_notes (report_id, notes, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (report_id) DO UPDATE SET notes = excluded.notes, updated_at = excluded.updated_at`,
    ),
  };
  return {
    /** The report's notes; empty notes when it has none. */
    get(reportId: number): ReportNotes {
      const row = s.get.get(reportId);
      return row ? readNotes(row.notes) : { ...EMPTY_REPORT_NOTES };
    },
    /** Replaces the report's notes (the report must exist: the foreign key refuses otherwise). */
    put(reportId: number, notes: ReportNotes, now: string): void {
      s.put.run(reportId, JSON.stringify(notes), now);
    },
  };
}

export type ReportNotesRepository = ReturnType<typeof createReportNotesRepository>;
