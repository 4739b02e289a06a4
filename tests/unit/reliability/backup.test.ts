import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import {
  MIGRATIONS,
  backupDir,
  createReportRepository,
  listBackups,
  openDatabase,
} from '../../../src/main/db';
import type { Migration } from '../../../src/main/db';
import { dispatch } from '../../../src/main/ipc/dispatch';
import { backupBeforeMigration } from '../../../src/main/services/backups';
import { DATABASE_FILE_NAME } from '../../../src/main/services';
import { BACKUP_FILE_PATTERN, contract } from '../../../src/shared/ipc';
import { reliabilityEnv, thrown, withCells } from './helpers';

let env: ReturnType<typeof reliabilityEnv>;
afterEach(() => env.cleanup());

const DAY = 24 * 60 * 60 * 1000;

/** Reads one report's cell straight from a database file (a backup, a file moved aside). */
function cellIn(file: string, organ: string, year: number, key: string): unknown {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    const reports = createReportRepository(db);
    const row = reports.findActive(organ, year);
    const full = row ? reports.get(row.id) : undefined;
    return full?.content.ok ? full.content.content.cells[key] : undefined;
  } finally {
    db.close();
  }
}

describe('backup:create and backup:list', () => {
  it('copies the database into backups/ under a timestamped name, newest first', async () => {
    env = reliabilityEnv();
    const r = await env.h['reports:create']({ organ: '甲局', year: 2024 });
    await env.h['reports:save']({
      id: r.id,
      baseRevision: 0,
      content: withCells(r.content, { 't2.licensing': 7 }),
    });
    const first = await env.h['backup:create']({});
    env.time.advance(60_000);
    const second = await env.h['backup:create']({});
    expect(first.file).toMatch(BACKUP_FILE_PATTERN);
    expect(first.reason).toBe('manual');
    expect(first.createdAt).toMatch(/^2026-01-10T08:0/);
    expect(first.bytes).toBeGreaterThan(0);
    expect((await env.h['backup:list']({})).map((b) => b.file)).toEqual([second.file, first.file]);
    const copy = join(backupDir(env.dir), first.file);
    expect(cellIn(copy, '甲局', 2024, 't2.licensing')).toBe(7);
    // Only finished backups are listed; no temporary file stays behind.
    expect(readdirSync(backupDir(env.dir)).filter((f) => f.includes('partial'))).toEqual([]);
  });

  it('keeps only the newest settings.backupKeep backups', async () => {
    env = reliabilityEnv();
    await env.h['reports:create']({ organ: '甲局', year: 2024 });
    await env.h['settings:update']({ backupKeep: 3 });
    const made = [];
    for (let i = 0; i < 5; i++) {
      made.push((await env.h['backup:create']({})).file);
      env.time.advance(1000);
    }
    expect((await env.h['backup:list']({})).map((b) => b.file)).toEqual(made.slice(2).reverse());
  });

  it('lists nothing but its own backups (stray files in the folder are ignored)', async () => {
    env = reliabilityEnv();
    await env.h['backup:create']({});
    writeFileSync(join(backupDir(env.dir), 'notes.txt'), 'x');
    writeFileSync(join(backupDir(env.dir), 'nianbao-bad-name.sqlite3'), 'x');
    expect(await env.h['backup:list']({})).toHaveLength(1);
  });
});

describe('automatic backups', () => {
  it('makes a daily backup on opening when the newest is a day old, not more often', async () => {
    env = reliabilityEnv();
    expect(listBackups(env.dir)).toEqual([]); // an empty database is not backed up
    await env.h['reports:create']({ organ: '甲局', year: 2024 });
    env.reopen();
    expect(listBackups(env.dir).map((b) => b.reason)).toEqual(['daily']);
    env.time.advance(DAY / 2);
    env.reopen();
    expect(listBackups(env.dir)).toHaveLength(1);
    env.time.advance(DAY / 2 + 1000);
    env.reopen();
    expect(listBackups(env.dir).map((b) => b.reason)).toEqual(['daily', 'daily']);
  });

  it('makes the daily backup from a timer while the app runs', async () => {
    env = reliabilityEnv();
    await env.h['reports:create']({ organ: '甲局', year: 2024 });
    const stop = env.services.backups.startDailyTimer(10);
    try {
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(listBackups(env.dir)).toHaveLength(1);
      env.time.advance(DAY);
      const deadline = Date.now() + 5000;
      while (listBackups(env.dir).length < 2 && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 20));
      expect(listBackups(env.dir)).toHaveLength(2);
    } finally {
      stop();
    }
  });

  it('backs up an existing database before migrating it, and not a new one', async () => {
    env = reliabilityEnv();
    const r = await env.h['reports:create']({ organ: '甲局', year: 2024 });
    await env.h['reports:save']({
      id: r.id,
      baseRevision: 0,
      content: withCells(r.content, { 't2.licensing': 5 }),
    });
    env.close();
    const next: Migration = {
      id: MIGRATIONS.length + 1,
      name: 'test_next',
      sql: 'CREATE TABLE test_next (id INTEGER PRIMARY KEY) STRICT;',
    };
    const file = join(env.dir, DATABASE_FILE_NAME);
    const db = openDatabase(file, {
      migrations: [...MIGRATIONS, next],
      beforeMigrate: (d) => backupBeforeMigration(d, env.dir, env.time.clock),
    });
    db.close();
    const taken = listBackups(env.dir).filter((b) => b.reason === 'migration');
    expect(taken).toHaveLength(1);
    const copy = new BetterSqlite3(join(backupDir(env.dir), taken[0]!.file), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    copy.close();
    expect(cellIn(join(backupDir(env.dir), taken[0]!.file), '甲局', 2024, 't2.licensing')).toBe(5);

    const fresh = join(env.dir, 'fresh.sqlite3');
    openDatabase(fresh, {
      beforeMigrate: () => {
        throw new Error('a new file needs no backup');
      },
    }).close();
    env.start();
  });
});

describe('backup:restore', () => {
  it('puts the backup in place, keeps the current file beside it, and keeps working', async () => {
    env = reliabilityEnv();
    const r = await env.h['reports:create']({ organ: '甲局', year: 2024 });
    const v1 = await env.h['reports:save']({
      id: r.id,
      baseRevision: 0,
      content: withCells(r.content, { 't2.licensing': 1 }),
    });
    const backup = await env.h['backup:create']({});
    await env.h['reports:save']({
      id: r.id,
      baseRevision: v1.revision,
      content: withCells(r.content, { 't2.licensing': 2 }),
    });
    env.time.advance(1000);

    // Through the real dispatch, as the renderer calls it.
    const result = await dispatch(env.h, 'backup:restore', { file: backup.file });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const value = contract['backup:restore'].output.parse(result.value);
    expect(value.restored.file).toBe(backup.file);
    expect(value.movedTo).toContain(`${DATABASE_FILE_NAME}.before-restore-`);
    expect(existsSync(value.movedTo)).toBe(true);
    expect(cellIn(value.movedTo, '甲局', 2024, 't2.licensing')).toBe(2);

    const restored = await env.h['reports:open']({ id: r.id });
    expect(restored.content.cells['t2.licensing']).toBe(1);
    const saved = await env.h['reports:save']({
      id: r.id,
      baseRevision: restored.revision,
      content: withCells(restored.content, { 't2.licensing': 3 }),
    });
    expect(saved.revision).toBe(restored.revision + 1);
    expect(env.services.db.open).toBe(true);
    env.reopen();
    expect((await env.h['reports:open']({ id: r.id })).content.cells['t2.licensing']).toBe(3);
  });

  it('refuses a damaged or missing backup and leaves the current database as it was', async () => {
    env = reliabilityEnv();
    const r = await env.h['reports:create']({ organ: '甲局', year: 2024 });
    const backup = await env.h['backup:create']({});
    writeFileSync(join(backupDir(env.dir), backup.file), 'not a database at all');
    const error = await thrown(() => env.h['backup:restore']({ file: backup.file }));
    expect(error.code).toBe('STORAGE');
    expect(error.message).toMatch(/备份.*(损坏|无法读取)/);
    const missing = await thrown(() =>
      env.h['backup:restore']({ file: 'nianbao-20200101T000000000Z-manual.sqlite3' }),
    );
    expect(missing.code).toBe('STORAGE');
    expect(missing.message).toContain('找不到备份');
    expect((await env.h['reports:open']({ id: r.id })).id).toBe(r.id);
    expect(readdirSync(env.dir).filter((f) => f.includes('before-restore'))).toEqual([]);
  });

  it('accepts only backup file names, never a path', async () => {
    env = reliabilityEnv();
    for (const file of ['../nianbao.sqlite3', '/etc/passwd', 'nianbao-x-manual.sqlite3', '']) {
      const result = await dispatch(env.h, 'backup:restore', { file });
      expect(result.ok ? 'ok' : result.error.code).toBe('VALIDATION');
    }
  });
});
