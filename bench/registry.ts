import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** One measured number. `target` is the most the value may be (null: informative only). */
export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  target: number | null;
  ok: boolean;
}

export interface BenchContext {
  /** A fresh temp folder, removed after the run. */
  tempDir(prefix?: string): string;
  /** Progress to stderr (stdout carries only the table and the JSON). */
  log(message: string): void;
}

export type BenchFn = (ctx: BenchContext) => BenchRow[] | Promise<BenchRow[]>;

const benches: { name: string; fn: BenchFn }[] = [];

/** Adds a benchmark; bench/index.ts imports every bench/*.ts file, which registers on import. */
export function register(name: string, fn: BenchFn): void {
  if (benches.some((b) => b.name === name)) throw new Error(`benchmark "${name}" registered twice`);
  benches.push({ name, fn });
}

export function registered(): readonly { name: string; fn: BenchFn }[] {
  return benches;
}

/** A row whose value must not exceed `target`. */
export function row(
  name: string,
  value: number,
  unit: string,
  target: number | null = null,
): BenchRow {
  const rounded = Math.round(value * 1000) / 1000;
  return { name, value: rounded, unit, target, ok: target === null || value <= target };
}

/** Nearest-rank percentile of the samples (p in 0..100). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

/** Milliseconds of each of `runs` calls, after `warmup` unmeasured calls. */
export async function sample(
  runs: number,
  fn: (i: number) => unknown,
  warmup = Math.min(20, runs),
): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn(i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn(i);
    times.push(performance.now() - start);
  }
  return times;
}

/** p50 and p95 rows of one operation; the target applies to p95. */
export function latencyRows(name: string, times: readonly number[], p95Target: number): BenchRow[] {
  return [
    row(`${name} p50`, percentile(times, 50), 'ms'),
    row(`${name} p95`, percentile(times, 95), 'ms', p95Target),
  ];
}

export function createContext(): { ctx: BenchContext; cleanup(): void } {
  const dirs: string[] = [];
  return {
    ctx: {
      tempDir(prefix = 'nianbao-bench-') {
        const dir = mkdtempSync(join(tmpdir(), prefix));
        dirs.push(dir);
        return dir;
      },
      log: (message) => process.stderr.write(`${message}\n`),
    },
    cleanup() {
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Runs a full garbage collection so a memory row shows what the process keeps, not what the
 * benchmark itself just threw away.
 */
export function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
}
