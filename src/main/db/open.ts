import BetterSqlite3 from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import { DatabaseTooNewError } from './errors';
import { migrate, schemaVersion } from './migrate';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations';

export type { Database } from 'better-sqlite3';

export interface OpenDatabaseOptions {
  /** Node addon built for another runtime (Electron's ABI); see MACHINE.md. */
  nativeBinding?: string;
  migrations?: readonly Migration[];
  /** Runs before migrating an existing database (version ≥ 1) to a newer schema: the backup. */
  beforeMigrate?: (db: Database, from: number, to: number) => void;
}

/**
 * Opens (creating if needed) the app's SQLite file with the pragmas the app relies on and
 * migrates it. Throws DatabaseTooNewError when a newer app wrote it.
 */
export function openDatabase(file: string, options: OpenDatabaseOptions = {}): Database {
  const db = new BetterSqlite3(file, {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    // Another process (CLI, a second window in browser mode) may hold the write lock briefly.
    db.pragma('busy_timeout = 5000');
    const migrations = options.migrations ?? MIGRATIONS;
    // Checked before any pragma writes: a newer app's file must stay exactly as it was.
    const found = schemaVersion(db);
    if (found > migrations.length) throw new DatabaseTooNewError(file, found, migrations.length);
    if (found > 0 && found < migrations.length)
      options.beforeMigrate?.(db, found, migrations.length);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db, migrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
