import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

export const repoRoot = resolve(import.meta.dirname, '..');

/**
 * Bundles a bench/children entry as the app ships its main process: our code compiled to one ESM
 * file (dynamic imports split off, loaded only when used), packages left in node_modules. The
 * output lives under node_modules/.cache so that node resolves those packages.
 */
async function bundle(entry: string): Promise<string> {
  const name = entry.replace(/\.ts$/, '');
  const outdir = join(repoRoot, 'node_modules', '.cache', 'nianbao-bench', name);
  mkdirSync(outdir, { recursive: true });
  await build({
    entryPoints: { [name]: join(import.meta.dirname, 'children', entry) },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    outExtension: { '.js': '.mjs' },
    logLevel: 'error',
  });
  return join(outdir, `${name}.mjs`);
}

/**
 * Runs a bench/children entry in plain node (no tsx loader, as in the app) and returns the JSON
 * object it prints last.
 */
export async function runPlainNode<T>(entry: string, args: readonly string[]): Promise<T> {
  const script = await bundle(entry);
  const out = execFileSync(process.execPath, ['--expose-gc', script, ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out.trim().split('\n').pop() ?? '') as T;
}
