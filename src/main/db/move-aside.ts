import { existsSync, renameSync } from 'node:fs';

/** The companions SQLite keeps beside a database in WAL mode; they belong to the same state. */
export const SQLITE_COMPANIONS = ['-wal', '-shm', '-journal'] as const;

/** A timestamp usable in file names on every platform (no ':'), in UTC. */
export function fileStamp(at: Date): string {
  return at.toISOString().replace(/[-:.]/g, '');
}

/**
 * Renames `file` (with its -wal/-shm/-journal) to `<file>.<label>-<stamp>`, so the clerk's data is
 * never deleted; SQLite can still open the moved file because its companions move with it.
 * Returns the new path of the main file. A name already taken gets a counter.
 */
export function moveDatabaseAside(file: string, label: string, at: Date): string {
  const base = `${file}.${label}-${fileStamp(at)}`;
  let target = base;
  for (let n = 2; existsSync(target); n++) target = `${base}-${n}`;
  renameSync(file, target);
  for (const suffix of SQLITE_COMPANIONS) {
    if (existsSync(file + suffix)) renameSync(file + suffix, target + suffix);
  }
  return target;
}
