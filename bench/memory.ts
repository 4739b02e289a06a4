import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { register, row } from './registry';

const repoRoot = resolve(import.meta.dirname, '..');

/**
 * Bundles the child entry as the app ships its main process: our code compiled to one ESM file
 * (dynamic imports split off, loaded only when used), packages left in node_modules. The output
 * lives under node_modules/.cache so that node resolves those packages.
 */
async function bundle(entry: string, name: string): Promise<string> {
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

interface ServicesMemory {
  rssMB: number;
  heapUsedMB: number;
  reportCharacters: number;
}

/** Services process RSS ≤ 150 MB with a full report open, measured in plain node (no tsx). */
register('memory', async (ctx) => {
  const script = await bundle('servicesMemory.ts', 'servicesMemory');
  const out = execFileSync(process.execPath, ['--expose-gc', script, ctx.tempDir()], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  const m = JSON.parse(out.trim().split('\n').pop() ?? '') as ServicesMemory;
  ctx.log(`memory: report of ${m.reportCharacters} characters open`);
  return [
    row('services: process RSS, full report open', m.rssMB, 'MB', 150),
    row('services: JS heap used, full report open', m.heapUsedMB, 'MB'),
  ];
});
