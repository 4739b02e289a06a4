/**
 * Child process of crash.test.ts: saves edits in a loop through the real report service (the
 * `reports:save` handler the app registers, on the app's open path: openOrRecover, migrations)
 * and prints `ack <revision>` on stdout only after each save has returned. The parent kills it
 * with SIGKILL at a random moment and then checks that every acknowledged save survived.
 *
 * Usage: node crash-child.mjs; the child loads its modules, prints `loaded`, and opens the
 * database only when the parent writes the data folder on stdin — so the parent can warm the next
 * child up while the current one is being killed and checked (process start dominates the time).
 */
import { mkdirSync } from 'node:fs';
import { createRepositories, openOrRecover } from '../../../src/main/db';
import { createReportService } from '../../../src/main/services/reports';
import { defaultChecksEngine } from '../../../src/main/services/default-checks';
import { DATABASE_FILE_NAME } from '../../../src/main/services/data-dir';
import { systemClock } from '../../../src/main/services/clock';
import { crashEdit, CRASH_ORGAN, CRASH_YEAR } from './crash-edit';

function sync<T>(value: T | Promise<T>): T {
  if (value instanceof Promise) throw new Error('report handlers are synchronous');
  return value;
}

function saveForever(dataDir: string): never {
  // Not createServices: it also loads import/export (pdf.js, Playwright), which only slows each of
  // the hundreds of child starts; saving goes through the same report service and SQL.
  mkdirSync(dataDir, { recursive: true });
  const opened = openOrRecover(dataDir, { fileName: DATABASE_FILE_NAME, at: new Date() });
  if (opened.recovery) {
    process.stderr.write(`recovery after a kill: ${opened.recovery.reason}\n`);
    process.exit(3);
  }
  const db = opened.db;
  const { handlers: h } = createReportService({
    db,
    repos: createRepositories(db),
    clock: systemClock,
    checks: defaultChecksEngine,
    onDamaged: (id, problems) => process.stderr.write(`damaged ${id}: ${problems.join('; ')}\n`),
  });
  const existing = sync(h['reports:list']({})).rows.find(
    (r) => r.organ === CRASH_ORGAN && r.year === CRASH_YEAR,
  );
  const report = existing
    ? sync(h['reports:open']({ id: existing.id }))
    : sync(h['reports:create']({ organ: CRASH_ORGAN, year: CRASH_YEAR }));

  let revision = report.revision;
  // Pipes to the parent are written synchronously on Linux, so a printed ack is really sent.
  process.stdout.write(`ready ${revision}\n`);
  for (;;) {
    const content = crashEdit(report.content, revision + 1);
    const saved = sync(h['reports:save']({ id: report.id, baseRevision: revision, content }));
    revision = saved.revision;
    process.stdout.write(`ack ${revision}\n`);
  }
}

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk: string) => {
  input += chunk;
  const end = input.indexOf('\n');
  if (end >= 0) saveForever(input.slice(0, end));
});
process.stdout.write('loaded\n');
