import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { backupDir, listBackups, verifyBackup } from './backup';
import { DatabaseTooNewError, MigrationError } from './errors';
import { moveDatabaseAside } from './move-aside';
import { openDatabase } from './open';
import type { OpenDatabaseOptions } from './open';

/** What the app tells the clerk after it had to set the database file aside (app:info `recovery`). */
export interface RecoveryReport {
  movedTo: string;
  /** Chinese: what happened, where the old file is, what to do. */
  reason: string;
  /** File name of the newest usable backup (for `backup:restore`), if any. */
  newestBackup: string | null;
}

export interface OpenedDatabase {
  db: Database;
  recovery: RecoveryReport | null;
}

export interface OpenOrRecoverOptions extends OpenDatabaseOptions {
  /** Name of the database file inside the data folder. */
  fileName: string;
  at: Date;
}

type Problem = 'damaged' | 'newer';

const SQLITE_HEADER = 'SQLite format 3\u0000';

/** A non-empty file whose first bytes are not SQLite's header is not a database at all. */
function hasForeignHeader(file: string): boolean {
  if (!existsSync(file) || statSync(file).size === 0) return false;
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(16);
    const read = readSync(fd, head, 0, 16, 0);
    return head.subarray(0, read).toString('latin1') !== SQLITE_HEADER;
  } finally {
    closeSync(fd);
  }
}

const CORRUPTION_CODES = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_CORRUPT_INDEX']);

function isCorruption(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && (CORRUPTION_CODES.has(code) || code.startsWith('SQLITE_CORRUPT')))
    return true;
  return error instanceof MigrationError && isCorruption(error.cause);
}

function classify(error: unknown): Problem | null {
  if (error instanceof DatabaseTooNewError) return 'newer';
  if (isCorruption(error)) return 'damaged';
  return null;
}

/**
 * `PRAGMA integrity_check`, read line by line: a CHECK constraint failing in a row (content that
 * is not valid JSON) is that row's problem — the services report it when the report is opened —
 * not a reason to set the whole file aside. Anything else means the file itself is damaged.
 */
export function isStructurallySound(db: Database): boolean {
  const lines = db.pragma('integrity_check') as { integrity_check: string }[];
  return lines.every(
    (l) =>
      l.integrity_check === 'ok' ||
      /^(CHECK|NOT NULL) constraint failed in /.test(l.integrity_check),
  );
}

/** The newest backup that opens and passes the integrity check (skipping damaged or newer ones). */
export function newestUsableBackup(dataDir: string): string | null {
  for (const entry of listBackups(dataDir)) {
    try {
      verifyBackup(join(backupDir(dataDir), entry.file));
      return entry.file;
    } catch {
      // try the next older one
    }
  }
  return null;
}

function reasonText(problem: Problem, movedTo: string, backup: string | null): string {
  const moved = `原数据文件已原样移到“${basename(movedTo)}”（在同一文件夹中，未删除）`;
  const offer = backup
    ? `可以从最近的备份（${backup}）恢复。`
    : '没有找到可用的备份；如需找回数据，请联系技术人员并提供上述文件。';
  if (problem === 'newer') {
    return (
      `数据文件由更新版本的年报编制助手创建，本程序无法打开。${moved}，本程序已用空白数据启动。` +
      `请安装最新版本后，把该文件改名回“nianbao.sqlite3”再打开；或者${offer}`
    );
  }
  return `数据文件已损坏或不是本程序的数据文件，无法打开。${moved}，本程序已用空白数据启动。${offer}`;
}

/**
 * Opens the app's database; when the file is damaged (truncated, overwritten, not SQLite, failing
 * the integrity check) or was written by a newer app, moves it aside (with -wal/-shm, never
 * deleting it), starts with a fresh database and says so. Other errors (a locked or unreadable
 * folder, a bug in a migration) are thrown: a fresh start would hide a file that is fine.
 */
export function openOrRecover(dataDir: string, options: OpenOrRecoverOptions): OpenedDatabase {
  const { fileName, at, ...openOptions } = options;
  const file = join(dataDir, fileName);
  let problem: Problem | null = hasForeignHeader(file) ? 'damaged' : null;
  if (!problem) {
    let db: Database | undefined;
    try {
      db = openDatabase(file, openOptions);
      if (isStructurallySound(db)) return { db, recovery: null };
      problem = 'damaged';
    } catch (error) {
      problem = classify(error);
      if (!problem) {
        if (db?.open) db.close();
        throw error;
      }
    }
    if (db?.open) db.close();
  }
  const movedTo = moveDatabaseAside(file, problem === 'newer' ? 'newer' : 'damaged', at);
  const backup = newestUsableBackup(dataDir);
  const db = openDatabase(file, openOptions);
  return {
    db,
    recovery: { movedTo, reason: reasonText(problem, movedTo, backup), newestBackup: backup },
  };
}
