import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createContext, registered, row } from './registry';
import type { BenchRow } from './registry';

const CHILD_TIMEOUT_MS = 10 * 60_000;

/** Files in bench/ that are not benchmarks themselves. */
const NOT_BENCHES = new Set(['index.ts', 'registry.ts', 'fixtures.ts', 'call.ts', 'plainNode.ts']);

function benchFiles(): string[] {
  return readdirSync(import.meta.dirname)
    .filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !NOT_BENCHES.has(f) && !f.startsWith('_'),
    )
    .sort();
}

async function importBench(file: string): Promise<void> {
  await import(pathToFileURL(join(import.meta.dirname, file)).href);
}

/** Imports every bench file; returns which file registered which benchmark. */
async function loadBenches(): Promise<Map<string, string>> {
  const fileOf = new Map<string, string>();
  for (const file of benchFiles()) {
    await importBench(file);
    for (const b of registered()) if (!fileOf.has(b.name)) fileOf.set(b.name, file);
  }
  return fileOf;
}

function table(rows: readonly BenchRow[]): string {
  const cells = rows.map((r) => [
    r.name,
    `${r.value} ${r.unit}`,
    r.target === null ? '' : `≤ ${r.target} ${r.unit}`,
    r.ok ? 'ok' : 'SLOW',
  ]);
  const header = ['benchmark', 'value', 'target', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) =>
    c
      .map((x, i) => x.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

/** Child side: imports only the benchmark's own file, runs it, prints its rows as the last line. */
async function runChild(file: string, name: string): Promise<void> {
  await importBench(file);
  const bench = registered().find((b) => b.name === name);
  if (!bench) throw new Error(`${file} registers no benchmark named ${name}`);
  const { ctx, cleanup } = createContext();
  try {
    process.stdout.write(`\n${JSON.stringify(await bench.fn(ctx))}\n`);
  } finally {
    cleanup();
  }
}

/**
 * Each benchmark runs in its own process (same node flags, i.e. the tsx loader, and only its own
 * file loaded), so the timings and memory of one are not coloured by what another loaded.
 */
function runInChild(file: string, name: string): BenchRow[] {
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, fileURLToPath(import.meta.url), '--child', name, '--file', file],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
      encoding: 'utf8',
      maxBuffer: 64 * 2 ** 20,
      // A benchmark that hangs (e.g. waiting for a save that never comes) fails, not the run.
      timeout: CHILD_TIMEOUT_MS,
    },
  );
  const last = (child.stdout ?? '').trim().split('\n').pop() ?? '';
  if (child.status !== 0 || !last.startsWith('[')) {
    throw new Error(`exit code ${child.status}${child.error ? `: ${child.error.message}` : ''}`);
  }
  return JSON.parse(last) as BenchRow[];
}

/**
 * `npm run bench [-- name…] [--json file] [--strict]`: runs the registered benchmarks (all, or
 * those named), prints a table and, as the last line, one JSON object. --strict exits 1 when a
 * target is missed (off by default: timings on a shared machine vary).
 */
async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: {
      json: { type: 'string' },
      strict: { type: 'boolean' },
      child: { type: 'string' },
      file: { type: 'string' },
    },
    allowPositionals: true,
  });
  if (values.child && values.file) {
    await runChild(values.file, values.child);
    return 0;
  }
  const fileOf = await loadBenches();
  const selected = registered().filter(
    (b) => positionals.length === 0 || positionals.includes(b.name),
  );
  if (selected.length === 0) {
    const known = registered()
      .map((b) => b.name)
      .join(', ');
    process.stderr.write(`没有这个基准测试：${positionals.join(', ')}。可选：${known}\n`);
    return 2;
  }
  const rows: BenchRow[] = [];
  for (const bench of selected) {
    try {
      process.stderr.write(`running ${bench.name}…\n`);
      rows.push(...runInChild(fileOf.get(bench.name)!, bench.name));
    } catch (error) {
      process.stderr.write(`${bench.name} failed: ${(error as Error).message}\n`);
      rows.push({ ...row(`${bench.name}: failed`, Number.NaN, ''), ok: false });
    }
  }
  const result = {
    at: new Date().toISOString(),
    // Timings on a busy machine are slower; the load average says how busy it was.
    loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    ok: rows.every((r) => r.ok),
    rows,
  };
  process.stdout.write(`${table(rows)}\n`);
  if (values.json) writeFileSync(values.json, `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify(result)}\n`);
  return values.strict && !result.ok ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  },
);
