import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURE_V2, fixturePath } from '../../../scripts/make-db-fixture';
import {
  createReportNotesRepository,
  openDatabase,
  readNotes,
  schemaVersion,
} from '../../../src/main/db';
import { createServices } from '../../../src/main/services';
import type { Services } from '../../../src/main/services';
import { DATABASE_FILE_NAME } from '../../../src/main/services';
import { EMPTY_REPORT_NOTES } from '../../../src/shared/ipc';
import type { ReportNotes } from '../../../src/shared/ipc';
import { tempDir } from '../services/harness';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function copyOf(version: number): string {
  const t = tempDir('nianbao-notes-db-');
  cleanups.push(t.remove);
  const file = join(t.dir, DATABASE_FILE_NAME);
  copyFileSync(fixturePath(version), file);
  return file;
}

function open(file: string): Database {
  const db = openDatabase(file);
  cleanups.unshift(() => db.open && db.close());
  return db;
}

const NOTES: ReportNotes = {
  uncertain: ['t3.new.natural'],
  conversion: {
    from: '2019',
    to: '2021',
    unmapped: [
      {
        key: 't2.fees_wan_yuan',
        label: '行政事业性收费',
        rowLabel: '行政事业性收费',
        colLabel: '收费金额',
        previous: '12.5',
        note: '2021 版没有这一栏',
      },
    ],
    notes: ['表三按新格式重排'],
  },
  t2Hints: [{ key: 't2.regulations.effective', previous: 3, text: '上年现行有效件数：3' }],
  yearIgnored: ['s1:0:0@4'],
};

describe('migration 002 on a database made by schema version 1', () => {
  it('upgrades v1 to 2 keeping every report, and the notes table stores, reads and cascades', () => {
    const file = copyOf(1);
    const old = new BetterSqlite3(file, { readonly: true });
    expect(schemaVersion(old)).toBe(1);
    const before = old.prepare('SELECT id, organ, year, revision FROM reports ORDER BY id').all();
    old.close();
    expect(before.length).toBeGreaterThan(0);

    const db = open(file);
    expect(schemaVersion(db)).toBe(2);
    expect(db.prepare('SELECT id, organ, year, revision FROM reports ORDER BY id').all()).toEqual(
      before,
    );

    const repo = createReportNotesRepository(db);
    const id = (before[0] as { id: number }).id;
    expect(repo.get(id)).toEqual(EMPTY_REPORT_NOTES);
    repo.put(id, NOTES, '2026-01-01T00:00:00.000Z');
    expect(repo.get(id)).toEqual(NOTES);

    expect(() => repo.put(999_999, NOTES, 't')).toThrow(/FOREIGN KEY/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO report_notes (report_id, notes, updated_at) VALUES (?, 'not json', 't')`,
        )
        .run((before[1] as { id: number }).id),
    ).toThrow(/CHECK/);

    db.prepare('DELETE FROM reports WHERE id = ?').run(id);
    expect(db.prepare('SELECT count(*) AS n FROM report_notes').get()).toEqual({ n: 0 });
  });
});

describe('reading stored notes', () => {
  it('keeps the valid fields of a damaged row and empties the others; never throws', () => {
    expect(readNotes(JSON.stringify(NOTES))).toEqual(NOTES);
    expect(
      readNotes(JSON.stringify({ ...NOTES, uncertain: 'x', conversion: { from: 1 } })),
    ).toEqual({ ...NOTES, uncertain: [], conversion: null });
    expect(readNotes(JSON.stringify({ uncertain: ['k'.repeat(81)], yearIgnored: [1] }))).toEqual(
      EMPTY_REPORT_NOTES,
    );
    for (const bad of ['', '{', 'null', '[]', '42', '"notes"'])
      expect(readNotes(bad)).toEqual(EMPTY_REPORT_NOTES);
  });

  it('reads a row changed by hand as empty notes, and the report still opens', async () => {
    const t = tempDir('nianbao-notes-damaged-');
    cleanups.push(t.remove);
    const services = createServices({ dataDir: t.dir });
    cleanups.unshift(() => services.close());
    const h = services.handlers;
    const r = await h['reports:create']({ organ: '测试局', year: 2021 });
    await h['notes:update']({ id: r.id, uncertain: ['t3.new.natural'] });
    services.db
      .prepare(`UPDATE report_notes SET notes = '{"uncertain": 7}' WHERE report_id = ?`)
      .run(r.id);
    expect(await h['notes:get']({ id: r.id })).toEqual(EMPTY_REPORT_NOTES);
    expect((await h['reports:open']({ id: r.id })).id).toBe(r.id);
  });
});

describe('database made by schema version 2', () => {
  let services: Services | undefined;
  afterEach(() => services?.close());

  it('reads back the notes it holds', async () => {
    const file = copyOf(2);
    services = createServices({ dataDir: join(file, '..') });
    const h = services.handlers;
    const report = (await h['reports:list']({})).rows.find((r) => r.year === FIXTURE_V2.notesYear)!;
    expect(await h['notes:get']({ id: report.id })).toEqual({
      ...EMPTY_REPORT_NOTES,
      uncertain: FIXTURE_V2.notes.uncertain,
      yearIgnored: FIXTURE_V2.notes.yearIgnored,
    });
  });
});
