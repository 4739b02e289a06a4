import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lastLine } from './binary.mjs';

/**
 * better-sqlite3 for Electron's ABI, kept apart from node_modules so the Node build the tests
 * use stays intact. The app receives its path in NIANBAO_SQLITE_BINDING and opens the database
 * with `new Database(file, { nativeBinding })`.
 */
export function electronSqliteBindingPath(
  repoRoot,
  version,
  platform = process.platform,
  arch = process.arch,
) {
  return join(
    repoRoot,
    '.electron-native',
    `electron-${version}-${platform}-${arch}`,
    'better_sqlite3.node',
  );
}

/**
 * Downloads the prebuilt addon for this Electron version with prebuild-install, run inside a
 * temporary copy of the better-sqlite3 manifest (prebuild-install reads name and version from
 * it and writes build/Release/better_sqlite3.node there).
 */
export function ensureElectronSqliteBinding(
  repoRoot,
  version,
  platform = process.platform,
  arch = process.arch,
) {
  const target = electronSqliteBindingPath(repoRoot, version, platform, arch);
  if (existsSync(target)) return { ok: true, path: target };
  const packageDir = join(repoRoot, 'node_modules', 'better-sqlite3');
  const prebuildInstall = join(repoRoot, 'node_modules', 'prebuild-install', 'bin.js');
  if (!existsSync(packageDir) || !existsSync(prebuildInstall)) {
    return {
      ok: false,
      detail: '未找到 better-sqlite3 或 prebuild-install（请先运行 npm install）',
    };
  }
  const work = mkdtempSync(join(tmpdir(), 'nianbao-sqlite-electron-'));
  try {
    copyFileSync(join(packageDir, 'package.json'), join(work, 'package.json'));
    const run = spawnSync(
      process.execPath,
      [
        prebuildInstall,
        '--runtime',
        'electron',
        '--target',
        version,
        '--platform',
        platform,
        '--arch',
        arch,
      ],
      { cwd: work, encoding: 'utf8', timeout: 300_000 },
    );
    const built = join(work, 'build', 'Release', 'better_sqlite3.node');
    if (run.status !== 0 || !existsSync(built)) {
      return { ok: false, detail: lastLine(run.stderr || run.stdout || String(run.error ?? '')) };
    }
    mkdirSync(join(target, '..'), { recursive: true });
    copyFileSync(built, target);
    return { ok: true, path: target };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
