/**
 * Writes tests/fixtures/db/v<SCHEMA_VERSION>.sqlite3: a database made by this version of the app,
 * committed so later versions can test upgrading from it. Run once per schema version
 * (`npx tsx scripts/make-db-fixture.ts`); never regenerate a fixture of a released version (the
 * script refuses to overwrite one). v1 was made by schema 1; today's run makes v2.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { SCHEMA_VERSION } from '../src/main/db';
import { createServices } from '../src/main/services';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export function fixturePath(version: number): string {
  return join(repoRoot, 'tests', 'fixtures', 'db', `v${version}.sqlite3`);
}

/** What the v1 fixture holds; the upgrade tests read these back. */
export const FIXTURE_V1 = {
  organ: '宁陵县工业信息化和科技局',
  /** 2020 (format 2019) finalized then reopened; 2021 draft with numbers; a trashed 2022. */
  reports: [
    { year: 2020, status: 'draft', deleted: false, cells: { 't2.procurement.amount': '1234.5' } },
    {
      year: 2021,
      status: 'final',
      deleted: false,
      cells: { 't3.new.natural': 4, 't3.new.commercial': 1, 't2.fees_wan_yuan': '24252.311082' },
    },
    { year: 2022, status: 'draft', deleted: true, cells: {} },
  ],
  settings: { fontScheme: 'system', backupKeep: 5 },
  position: { step: 't3', cell: 't3.new.natural' },
  unfinalizeReason: '更正2020年表二数据',
} as const;

/** What the v2 fixture holds on top of FIXTURE_V1's data: review notes of the 2021 report. */
export const FIXTURE_V2 = {
  notesYear: 2021,
  notes: {
    uncertain: ['t3.new.natural', 't3.new.commercial'],
    yearIgnored: ['s1:0:0@12'],
  },
} as const;

/** FIXTURE_V1's reports and settings, plus (from schema 2 on) FIXTURE_V2's notes. */
function makeFixture(target: string): void {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-fixture-'));
  let t = Date.parse('2022-01-05T01:00:00.000Z');
  const services = createServices({
    dataDir: dir,
    clock: () => new Date((t += 1000)),
    // The fixture is about storage; finalize is allowed whatever the checks say.
    checks: { runChecks: () => [], canFinalize: () => ({ ok: true, blocking: [] }) },
  });
  const h = services.handlers;
  const call = <T>(value: T | Promise<T>): T => {
    if (value instanceof Promise) throw new Error('handlers are synchronous');
    return value;
  };
  for (const spec of FIXTURE_V1.reports) {
    const r = call(h['reports:create']({ organ: FIXTURE_V1.organ, year: spec.year }));
    const content = { ...r.content, cells: { ...r.content.cells, ...spec.cells } };
    const { revision } = call(h['reports:save']({ id: r.id, baseRevision: 0, content }));
    if (spec.year === 2020) {
      call(h['reports:finalize']({ id: r.id, baseRevision: revision }));
      call(h['reports:unfinalize']({ id: r.id, reason: FIXTURE_V1.unfinalizeReason }));
    }
    if (spec.status === 'final') call(h['reports:finalize']({ id: r.id, baseRevision: revision }));
    if (spec.year === 2021)
      call(h['reports:position']({ id: r.id, position: FIXTURE_V1.position }));
    if (spec.year === FIXTURE_V2.notesYear) {
      call(
        h['notes:update']({
          id: r.id,
          uncertain: [...FIXTURE_V2.notes.uncertain],
          yearIgnored: [...FIXTURE_V2.notes.yearIgnored],
        }),
      );
    }
    if (spec.deleted) call(h['reports:delete']({ id: r.id }));
  }
  call(h['settings:update'](FIXTURE_V1.settings));
  services.close();
  // One self-contained file: fold the WAL back in and leave WAL mode.
  const db = new BetterSqlite3(services.databaseFile);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.pragma('journal_mode = DELETE');
  db.exec('VACUUM');
  db.close();
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(services.databaseFile, target);
  rmSync(dir, { recursive: true, force: true });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (SCHEMA_VERSION !== 2) {
    throw new Error(
      `此脚本只生成 v2 夹具；数据结构版本 ${SCHEMA_VERSION} 需要为新版本补写生成步骤。`,
    );
  }
  const target = fixturePath(SCHEMA_VERSION);
  if (existsSync(target)) throw new Error(`${target} 已存在：已发布版本的夹具不能重新生成。`);
  makeFixture(target);
  process.stdout.write(`${target}\n`);
}
