import { copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, listBackups } from '../../../src/main/db';
import { DATABASE_FILE_NAME } from '../../../src/main/services';
import { reliabilityEnv } from './helpers';
import { tempDir } from '../services/harness';

/**
 * Every database file a released version wrote (tests/fixtures/db/v<N>.sqlite3, made by
 * scripts/make-db-fixture.ts) opens in today's app and migrates without losing a report.
 */
const FIXTURE_DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'db');
const fixtures = readdirSync(FIXTURE_DIR)
  .map((name) => /^v(\d+)\.sqlite3$/.exec(name))
  .filter((m): m is RegExpExecArray => m !== null)
  .map((m) => ({ file: join(FIXTURE_DIR, m[0]), version: Number(m[1]) }));

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

it('has a fixture for every schema version up to the current one', () => {
  expect(fixtures.map((f) => f.version).sort((a, b) => a - b)).toEqual(
    Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1),
  );
});

describe.each(fixtures)('database of schema version $version', ({ file, version }) => {
  it('opens, migrates to the current version and keeps every report and setting', async () => {
    // What the old file holds, read with SQL only (today's repositories may not fit its schema).
    const old = new BetterSqlite3(file, { readonly: true });
    expect(old.pragma('user_version', { simple: true })).toBe(version);
    const oldReports = old
      .prepare('SELECT id, organ, year, revision, deleted_at AS deletedAt FROM reports ORDER BY id')
      .all() as {
      id: number;
      organ: string;
      year: number;
      revision: number;
      deletedAt: string | null;
    }[];
    const oldSettings = old.prepare('SELECT key FROM settings ORDER BY key').all();
    old.close();
    expect(oldReports.length).toBeGreaterThan(0);

    const temp = tempDir('nianbao-upgrade-');
    copyFileSync(file, join(temp.dir, DATABASE_FILE_NAME));
    const env = reliabilityEnv({ dataDir: temp.dir });
    cleanup = () => {
      env.cleanup();
      temp.remove();
    };
    expect((await env.h['app:info']({})).recovery).toBeNull();
    const upgraded = env.services.db.pragma('user_version', { simple: true });
    expect(upgraded).toBe(SCHEMA_VERSION);
    if (version < SCHEMA_VERSION) {
      expect(listBackups(temp.dir).map((b) => b.reason)).toContain('migration');
    }

    const now = [
      ...(await env.h['reports:list']({})).rows,
      ...(await env.h['reports:trash']({})).rows,
    ];
    expect(now.map((r) => [r.id, r.organ, r.year, r.revision, r.deletedAt]).sort()).toEqual(
      oldReports.map((r) => [r.id, r.organ, r.year, r.revision, r.deletedAt]).sort(),
    );
    for (const r of now.filter((x) => x.deletedAt === null)) {
      const record = await env.h['reports:open']({ id: r.id });
      expect(record.content.organ).toBe(r.organ);
    }
    const settingsKeys = env.services.db.prepare('SELECT key FROM settings ORDER BY key').all();
    expect(settingsKeys).toEqual(oldSettings);
  });
});
