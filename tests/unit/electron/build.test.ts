import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Guards what neither tsc nor the build catches (MACHINE.md): an ESM main that fails to parse at
 * run time (e.g. a second `__dirname`), and a preload that a sandboxed renderer cannot load.
 */
const repoRoot = join(import.meta.dirname, '..', '..', '..');
let outDir: string;

beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'nianbao-electron-build-'));
  const build = spawnSync(
    process.execPath,
    [
      join(repoRoot, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'),
      'build',
      '--outDir',
      outDir,
      '--logLevel',
      'error',
    ],
    { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, NIANBAO_BUILD_SKIP_RENDERER: '1' } },
  );
  if (build.status !== 0)
    throw new Error(`electron-vite build failed:\n${build.stdout}\n${build.stderr}`);
}, 120_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('electron-vite build', () => {
  it('emits an ESM main that parses as a module', () => {
    const main = join(outDir, 'main', 'index.js');
    expect(existsSync(main)).toBe(true);
    const asModule = join(outDir, 'main-check.mjs');
    copyFileSync(main, asModule);
    expect(() =>
      execFileSync(process.execPath, ['--check', asModule], { stdio: 'pipe' }),
    ).not.toThrow();
    const text = readFileSync(main, 'utf8');
    expect(text).toMatch(/from "electron"/);
  });

  it('emits a CommonJS preload that requires nothing but electron', () => {
    const preload = join(outDir, 'preload', 'index.cjs');
    expect(existsSync(preload)).toBe(true);
    const text = readFileSync(preload, 'utf8');
    expect(() =>
      execFileSync(process.execPath, ['--check', preload], { stdio: 'pipe' }),
    ).not.toThrow();
    expect(text).not.toMatch(/^\s*(import|export)\s/m);
    const required = [...text.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
    expect(text).toContain('exposeInMainWorld');
  });
});
