import type { Database } from 'better-sqlite3';

export type AuditAction = 'finalize' | 'unfinalize' | (string & {});

export interface AuditEntry {
  id: number;
  reportId: number;
  action: string;
  reason: string | null;
  at: string;
}

/** All SQL about `audit_log` (who undid a 定稿 and why). */
export function createAuditRepository(db: Database) {
  const s = {
    insert: db.prepare<[number, string, string | null, string]>(
      `INSERT INTO audit_log (report_id, action, reason, at) VALUES (?, ?, ?, ?)`,
    ),
    list: db.prepare<[number], AuditEntry>(
      `SELECT id, report_id AS reportId, action, reason, at FROM audit_log
       WHERE report_id = ? ORDER BY id`,
    ),
  };
  return {
    record(reportId: number, action: AuditAction, reason: string | null, at: string): void {
      s.insert.run(reportId, action, reason, at);
    },
    list(reportId: number): AuditEntry[] {
      return s.list.all(reportId);
    },
  };
}

export type AuditRepository = ReturnType<typeof createAuditRepository>;
