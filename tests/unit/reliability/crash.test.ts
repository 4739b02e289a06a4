import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createReportRepository, openDatabase } from '../../../src/main/db';
import { databaseFile } from '../../../src/main/services';
import { CRASH_ORGAN, CRASH_YEAR, expectedMarks } from './crash-edit';
import { seededRandom } from '../../helpers/random';

/**
 * Kills a process that is saving through the real services with SIGKILL at random moments, then
 * checks the database: it opens, `PRAGMA integrity_check` is ok, and every save the child had
 * acknowledged is there with the content of its revision.
 */
const KILLS = Number(process.env.NIANBAO_CRASH_KILLS ?? 200);
/** Children loaded ahead of time: process start, not saving, is what costs time here. */
const WARM_CHILDREN = 3;

let work: string;
let childScript: string;
const spawned: ChildProcessWithoutNullStreams[] = [];

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'nianbao-crash-'));
  childScript = join(work, 'crash-child.mjs');
  const require = createRequire(import.meta.url);
  // One bundled file starts far faster than compiling TypeScript in every child; the native
  // addon stays outside the bundle, loaded from this repository's node_modules.
  await build({
    entryPoints: [join(import.meta.dirname, 'crash-child.ts')],
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: childScript,
    logLevel: 'warning',
    plugins: [
      {
        name: 'native-addon-outside',
        setup(b) {
          b.onResolve({ filter: /^better-sqlite3$/ }, () => ({
            path: require.resolve('better-sqlite3'),
            external: true,
          }));
        },
      },
    ],
  });
});

afterAll(() => {
  for (const child of spawned) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(work, { recursive: true, force: true });
});

interface SavingChild {
  loaded: Promise<void>;
  ready: Promise<void>;
  closed: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Highest revision the child said was stored (`ready n` counts: the report exists at n). */
  acknowledged(): number;
  acks(): number;
  stderr(): string;
  start(dataDir: string): void;
  kill(): void;
}

function spawnSavingChild(): SavingChild {
  const child = spawn(process.execPath, [childScript], { stdio: ['pipe', 'pipe', 'pipe'] });
  spawned.push(child);
  let out = '';
  let err = '';
  let highest = -1;
  let ackCount = 0;
  let onLoaded = () => {};
  let onReady = () => {};
  const loaded = new Promise<void>((resolve) => (onLoaded = resolve));
  const ready = new Promise<void>((resolve) => (onReady = resolve));
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    out += chunk;
    let end: number;
    while ((end = out.indexOf('\n')) >= 0) {
      const [word, n] = out.slice(0, end).split(' ');
      out = out.slice(end + 1);
      if (word === 'loaded') onLoaded();
      if (word === 'ready') onReady();
      if (word === 'ack') ackCount += 1;
      if (word === 'ready' || word === 'ack') highest = Math.max(highest, Number(n));
    }
  });
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => (err += chunk));
  const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal })),
  );
  return {
    loaded: Promise.race([loaded, closed.then(() => undefined)]),
    ready: Promise.race([ready, closed.then(() => undefined)]),
    closed,
    acknowledged: () => highest,
    acks: () => ackCount,
    stderr: () => err,
    start: (dataDir) => child.stdin.write(`${dataDir}\n`),
    kill: () => child.kill('SIGKILL'),
  };
}

/** What a restarted app would find: the real open (WAL recovery, migrations) and the row. */
function checkAfterKill(dataDir: string, acknowledged: number, label: string): number {
  // A kill before the child created the folder leaves nothing; the app would create it too.
  mkdirSync(dataDir, { recursive: true });
  const db = openDatabase(databaseFile(dataDir));
  try {
    expect(db.pragma('integrity_check', { simple: true }), label).toBe('ok');
    // Through the repository, not raw SQL: the check must follow the schema the app uses.
    const reports = createReportRepository(db);
    const found = reports.findActive(CRASH_ORGAN, CRASH_YEAR);
    if (acknowledged < 0) return found?.revision ?? -1;
    expect(found, `${label}: acknowledged report missing`).toBeDefined();
    const row = found ? reports.get(found.id) : undefined;
    if (!row) return -1;
    expect(row.revision, label).toBeGreaterThanOrEqual(acknowledged);
    const content = row.content;
    expect(content.ok, label).toBe(true);
    if (content.ok && row.revision > 0) {
      const marks = expectedMarks(row.revision);
      expect(content.content.s1[0]?.paragraphs, label).toEqual([marks.paragraph]);
      expect(content.content.cells['t2.licensing'], label).toBe(marks.licensing);
      expect(content.content.cells['t2.procurement.amount'], label).toBe(marks.amount);
    }
    return row.revision;
  } finally {
    db.close();
  }
}

it(`keeps every acknowledged save through ${KILLS} SIGKILLs at random moments`, async () => {
  const seed = Number(process.env.NIANBAO_CRASH_SEED ?? Date.now() % 1_000_000);
  const random = seededRandom(seed);
  const mainDir = join(work, 'data');
  const started = Date.now();
  const pool = Array.from({ length: WARM_CHILDREN }, spawnSavingChild);
  let totalAcks = 0;
  let killedDuringOpen = 0;
  let freshDirs = 0;
  let lastRevision = -1;

  for (let kill = 1; kill <= KILLS; kill++) {
    const child = pool.shift()!;
    pool.push(spawnSavingChild());
    await child.loaded;
    // Every 25th run starts on an empty folder (a kill can hit the migrations); every 5th is
    // timed from the start, so it can land in opening, WAL recovery or creating the report.
    const fresh = kill % 25 === 0;
    const dataDir = fresh ? join(work, `fresh-${kill}`) : mainDir;
    if (fresh) freshDirs += 1;
    const fromStart = fresh || kill % 5 === 1;
    child.start(dataDir);
    if (!fromStart) await child.ready;
    await new Promise((resolve) => setTimeout(resolve, 5 + Math.floor(random() * 56)));
    child.kill();
    const exit = await child.closed;
    const label = `kill ${kill} (seed ${seed}, ${dataDir}) ${child.stderr().slice(-2000)}`;
    expect(exit.signal, `${label}: the child ended by itself`).toBe('SIGKILL');
    if (child.acknowledged() < 0) killedDuringOpen += 1;
    totalAcks += child.acks();
    const stored = checkAfterKill(dataDir, child.acknowledged(), label);
    if (!fresh) {
      // The row never goes backwards across runs either.
      expect(stored, label).toBeGreaterThanOrEqual(lastRevision);
      lastRevision = stored;
    }
  }

  // The app never had to set a file aside as damaged after a kill.
  expect(readdirSync(mainDir).filter((f) => /damaged|newer/.test(f))).toEqual([]);
  const seconds = (Date.now() - started) / 1000;
  console.log(
    `crash test: ${KILLS} SIGKILLs survived (seed ${seed}), ${totalAcks} acknowledged saves all ` +
      `found, ${killedDuringOpen} kills before the first save, ${freshDirs} on fresh folders, ` +
      `final revision ${lastRevision}, ${seconds.toFixed(1)} s`,
  );
  expect(totalAcks).toBeGreaterThan(0);
}, 600_000);
