import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DatabaseTooNewError,
  MIGRATIONS,
  MigrationError,
  SCHEMA_VERSION,
  migrate,
  openDatabase,
  schemaVersion,
} from '../../../src/main/db';
import { tempDir } from '../services/harness';

const migrationsDir = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../../src/main/db/migrations',
);
const fixture = (v: number) =>
  join(dirname(fileURLToPath(import.meta.url)), `../../fixtures/db/v${v}.sqlite3`);

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function scratch(): string {
  const t = tempDir('nianbao-db-');
  cleanups.push(t.remove);
  return t.dir;
}

function open(file: string): Database {
  const db = openDatabase(file);
  cleanups.unshift(() => db.open && db.close());
  return db;
}

/** The schema as SQLite stores it, whitespace-normalised, in a stable order. */
function schemaOf(db: Database): string[] {
  return db
    .prepare<[], { type: string; name: string; sql: string | null }>(
      `SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name`,
    )
    .all()
    .map((r) => `${r.type} ${r.name}: ${(r.sql ?? '').replace(/\s+/g, ' ').trim()}`);
}

describe('migration list', () => {
  it('is numbered 1..n without gaps, each file named NNN_name.ts after its migration', () => {
    expect(MIGRATIONS.map((m) => m.id)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
    const files = readdirSync(migrationsDir)
      .filter((f) => /^\d{3}_/.test(f))
      .sort();
    expect(files).toEqual(MIGRATIONS.map((m) => `${String(m.id).padStart(3, '0')}_${m.name}.ts`));
    for (const m of MIGRATIONS) {
      const source = readFileSync(
        join(migrationsDir, `${String(m.id).padStart(3, '0')}_${m.name}.ts`),
        'utf8',
      );
      expect(source).toContain(`id: ${m.id},`);
    }
  });
});

describe('openDatabase', () => {
  it('sets WAL, foreign keys, synchronous=NORMAL and a busy timeout, and migrates to the newest version', () => {
    const db = open(join(scratch(), 'a.sqlite3'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
  });

  it('refuses a database made by a newer app without touching it', () => {
    const file = join(scratch(), 'newer.sqlite3');
    const raw = new BetterSqlite3(file);
    raw.exec('CREATE TABLE future (x)');
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    const before = readFileSync(file);
    expect(() => openDatabase(file)).toThrow(DatabaseTooNewError);
    try {
      openDatabase(file);
    } catch (error) {
      expect(error).toMatchObject({ found: SCHEMA_VERSION + 1, known: SCHEMA_VERSION });
      expect((error as Error).message).toContain('更新版本');
    }
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('rolls a failing migration back completely and stays at the previous version', () => {
    const db = new BetterSqlite3(join(scratch(), 'broken.sqlite3'));
    cleanups.unshift(() => db.close());
    const broken = [
      ...MIGRATIONS,
      {
        id: MIGRATIONS.length + 1,
        name: 'broken',
        sql: 'CREATE TABLE half (x); SELECT no_such_function();',
      },
    ];
    expect(() => migrate(db, broken)).toThrow(MigrationError);
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    expect(db.prepare(`SELECT count(*) AS n FROM sqlite_schema WHERE name = 'half'`).get()).toEqual(
      { n: 0 },
    );
  });
});

describe('schema', () => {
  it('replayed into a fresh database equals the fixture of every released version upgraded to now', () => {
    const fresh = schemaOf(open(join(scratch(), 'fresh.sqlite3')));
    expect(fresh.some((line) => line.startsWith('table reports:'))).toBe(true);
    for (let v = 1; v <= SCHEMA_VERSION; v++) {
      const copy = join(scratch(), `v${v}.sqlite3`);
      copyFileSync(fixture(v), copy);
      expect(schemaOf(open(copy))).toEqual(fresh);
    }
  });

  it('allows one live report per (organ, year), however many are in the trash', () => {
    const db = open(join(scratch(), 'u.sqlite3'));
    const insert = db.prepare(
      `INSERT INTO reports (organ, year, format, created_at, updated_at, deleted_at)
       VALUES ('甲局', 2021, '2021', 't', 't', ?)`,
    );
    insert.run('2026-01-01');
    insert.run('2026-01-02');
    insert.run(null);
    expect(() => insert.run(null)).toThrow(/UNIQUE/);
  });

  it('removes content, snapshots and audit entries with their report (foreign keys on)', () => {
    const db = open(join(scratch(), 'fk.sqlite3'));
    const id = db
      .prepare(
        `INSERT INTO reports (organ, year, format, created_at, updated_at)
         VALUES ('甲局', 2021, '2021', 't', 't')`,
      )
      .run().lastInsertRowid;
    db.prepare(
      `INSERT INTO revisions (report_id, revision, reason, created_at, content_version, content) VALUES (?, 0, 'export', 't', 1, '{}')`,
    ).run(id);
    expect(() =>
      db.prepare(`INSERT INTO audit_log (report_id, action, at) VALUES (999, 'x', 't')`).run(),
    ).toThrow(/FOREIGN KEY/);
    db.prepare(
      `INSERT INTO report_contents (report_id, content_version, content) VALUES (?, 1, '{}')`,
    ).run(id);
    db.prepare('DELETE FROM reports WHERE id = ?').run(id);
    expect(db.prepare('SELECT count(*) AS n FROM revisions').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM report_contents').get()).toEqual({ n: 0 });
  });
});
