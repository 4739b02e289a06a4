import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createContext, registered, row } from './registry';
import type { BenchRow } from './registry';

/** Files in bench/ that are not benchmarks themselves. */
const NOT_BENCHES = new Set(['index.ts', 'registry.ts', 'fixtures.ts']);

async function loadBenches(): Promise<void> {
  const dir = import.meta.dirname;
  const files = readdirSync(dir)
    .filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !NOT_BENCHES.has(f) && !f.startsWith('_'),
    )
    .sort();
  for (const f of files) await import(pathToFileURL(join(dir, f)).href);
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

/**
 * `npm run bench [-- name…] [--json file] [--strict]`: runs the registered benchmarks (all, or
 * those named), prints a table and, as the last line, one JSON object. --strict exits 1 when a
 * target is missed (off by default: timings on a shared machine vary).
 */
async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: { json: { type: 'string' }, strict: { type: 'boolean' } },
    allowPositionals: true,
  });
  await loadBenches();
  const selected = registered().filter(
    (b) => positionals.length === 0 || positionals.includes(b.name),
  );
  if (selected.length === 0) {
    process.stderr.write(
      `没有这个基准测试：${positionals.join(', ')}。可选：${registered()
        .map((b) => b.name)
        .join(', ')}\n`,
    );
    return 2;
  }
  const rows: BenchRow[] = [];
  for (const bench of selected) {
    const { ctx, cleanup } = createContext();
    try {
      process.stderr.write(`running ${bench.name}…\n`);
      rows.push(...(await bench.fn(ctx)));
    } catch (error) {
      process.stderr.write(
        `${bench.name} failed: ${error instanceof Error ? error.stack : String(error)}\n`,
      );
      rows.push({ ...row(`${bench.name}: failed`, Number.NaN, ''), ok: false });
    } finally {
      cleanup();
    }
  }
  const result = {
    at: new Date().toISOString(),
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
