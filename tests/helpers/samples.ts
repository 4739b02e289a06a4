import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The real published reports live outside the repository (../shared/samples beside the clone,
 * or NIANBAO_SAMPLES). Tests that need them use `describeSamples`, which says plainly when the
 * folder is absent instead of passing silently.
 */
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const SAMPLES_DIR: string | null = (() => {
  const candidates = [process.env.NIANBAO_SAMPLES, join(repoRoot, '..', 'shared', 'samples')];
  for (const c of candidates) if (c && existsSync(join(c, 'expected'))) return c;
  return null;
})();

export const SAMPLES_MISSING_MESSAGE =
  '未找到真实样本目录 ../shared/samples（或环境变量 NIANBAO_SAMPLES）：依赖样本的测试已跳过。';

export function samplePath(name: string): string {
  if (!SAMPLES_DIR) throw new Error(SAMPLES_MISSING_MESSAGE);
  return join(SAMPLES_DIR, name);
}

export function readSample(name: string): string {
  return readFileSync(samplePath(name), 'utf8');
}

export function sampleFiles(): string[] {
  if (!SAMPLES_DIR) return [];
  return readdirSync(SAMPLES_DIR).sort();
}

export function readExpected(name: string): unknown {
  return JSON.parse(readFileSync(join(samplePath('expected'), name), 'utf8'));
}

if (!SAMPLES_DIR) console.warn(SAMPLES_MISSING_MESSAGE);
