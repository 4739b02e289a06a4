import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Architecture rules checked on the sources themselves (DESIGN.md, Conventions). */
const repoRoot = join(import.meta.dirname, '..', '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mts|cts)$/.test(entry.name) ? [path] : [];
  });
}

const allSources = sourceFiles(join(repoRoot, 'src')).map((path) => ({
  path: relative(repoRoot, path).split('\\').join('/'),
  text: readFileSync(path, 'utf8'),
}));

const IMPORT_SPECIFIER =
  /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|require\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;
const NODE_BUILTINS = new Set([
  'fs',
  'path',
  'os',
  'child_process',
  'http',
  'https',
  'net',
  'crypto',
  'url',
  'worker_threads',
  'stream',
  'zlib',
  'util',
]);

function importsOf(text: string): string[] {
  return [...text.matchAll(IMPORT_SPECIFIER)].map((m) => m[1] ?? m[2] ?? m[3] ?? m[4] ?? '');
}

function isForbiddenInPureCode(specifier: string): boolean {
  const bare = specifier.split('/')[0] ?? '';
  return (
    specifier === 'electron' ||
    specifier.startsWith('electron/') ||
    specifier.startsWith('node:') ||
    specifier === 'better-sqlite3' ||
    NODE_BUILTINS.has(bare)
  );
}

describe('source rules', () => {
  it('scans a real source tree', () => {
    expect(allSources.length).toBeGreaterThan(20);
    expect(importsOf("import { a } from 'node:fs';\nimport('electron');")).toEqual([
      'node:fs',
      'electron',
    ]);
  });

  it('has ipcMain.handle( in exactly one file', () => {
    const files = allSources
      .filter((file) => file.text.includes('ipcMain.handle('))
      .map((file) => file.path);
    expect(files).toEqual(['src/main/ipc/register.ts']);
  });

  it('keeps src/shared and src/renderer free of electron, node:* and better-sqlite3', () => {
    const pure = allSources.filter((file) => /^src\/(shared|renderer)\//.test(file.path));
    expect(pure.length).toBeGreaterThan(5);
    const violations = pure.flatMap((file) =>
      importsOf(file.text)
        .filter(isForbiddenInPureCode)
        .map((specifier) => `${file.path} → ${specifier}`),
    );
    expect(violations).toEqual([]);
  });

  it('never weakens the Electron sandbox anywhere in src', () => {
    const weakening =
      /(sandbox|contextIsolation|webSecurity)\s*:\s*false|nodeIntegration\w*\s*:\s*true|allowRunningInsecureContent\s*:\s*true/;
    const offenders = allSources
      .filter((file) => weakening.test(file.text))
      .map((file) => file.path);
    expect(offenders).toEqual([]);
  });

  it('exposes only window.api from the preload, never ipcRenderer itself', () => {
    const preload = allSources.filter((file) => file.path.startsWith('src/preload/'));
    const exposures = preload.flatMap((file) => [...file.text.matchAll(/exposeInMainWorld\(/g)]);
    expect(exposures).toHaveLength(1);
    for (const file of preload) {
      expect(file.text, file.path).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*[,)]/);
      expect(file.text, file.path).not.toMatch(/ipcRenderer\.(send|on|sendSync)\b/);
    }
  });
});
