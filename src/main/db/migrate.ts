import type { Database } from 'better-sqlite3';
import { DatabaseTooNewError, MigrationError } from './errors';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations';

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the schema up to the newest known version. Each step and its `user_version` bump run in
 * one transaction, so a failure leaves the database at the previous version.
 */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): number {
  const current = schemaVersion(db);
  const known = migrations.length;
  if (current > known) throw new DatabaseTooNewError(db.name, current, known);
  for (const m of migrations.slice(current)) {
    const step = db.transaction(() => {
      db.exec(m.sql);
      // PRAGMA takes no bound parameters; m.id is a number from our own code.
      db.pragma(`user_version = ${m.id}`);
    });
    try {
      step();
    } catch (error) {
      throw new MigrationError(m.id, schemaVersion(db), error);
    }
  }
  return schemaVersion(db);
}
