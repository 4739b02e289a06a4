import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** Path of the Electron executable, or null when its download never happened. */
export function electronBinaryPath(repoRoot) {
  const pathFile = join(repoRoot, 'node_modules', 'electron', 'path.txt');
  if (!existsSync(pathFile)) return null;
  try {
    const binary = createRequire(join(repoRoot, 'package.json'))('electron');
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

export function electronVersion(repoRoot) {
  const manifest = join(repoRoot, 'node_modules', 'electron', 'package.json');
  if (!existsSync(manifest)) return null;
  return JSON.parse(readFileSync(manifest, 'utf8')).version;
}

/**
 * Runs electron's own installer (it downloads the binary from GitHub). CI sets
 * ELECTRON_SKIP_BINARY_DOWNLOAD, which must not apply when the user explicitly starts the app.
 */
export function installElectronBinary(repoRoot) {
  const installer = join(repoRoot, 'node_modules', 'electron', 'install.js');
  if (!existsSync(installer))
    return { ok: false, detail: '未安装 electron 软件包（请先运行 npm install）' };
  const env = { ...process.env };
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  const run = spawnSync(process.execPath, [installer], {
    cwd: repoRoot,
    env,
    encoding: 'utf8',
    timeout: 300_000,
  });
  const binary = electronBinaryPath(repoRoot);
  if (run.status === 0 && binary) return { ok: true, binary };
  return { ok: false, detail: lastLine(run.stderr || run.stdout || String(run.error ?? '')) };
}

export function lastLine(text) {
  const lines = String(text).trim().split('\n').filter(Boolean);
  return lines.find((line) => /Error|ENOTFOUND|EAI_AGAIN|ECONN/.test(line)) ?? lines.at(-1) ?? '';
}
