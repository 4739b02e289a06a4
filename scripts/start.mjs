// `npm start`: the desktop app. Needs the Electron binary and a better-sqlite3 build for
// Electron's ABI; both are fetched from the internet once. When that is impossible (offline
// machine, blocked download), says so in one sentence and starts the browser mode instead.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  electronBinaryPath,
  electronVersion,
  installElectronBinary,
} from './electron-native/binary.mjs';
import { ensureElectronSqliteBinding } from './electron-native/sqlite-binding.mjs';

const repoRoot = join(import.meta.dirname, '..');
const forwardedArgs = process.argv.slice(2);

function run(command, args, env = process.env) {
  const child = spawn(command, args, { cwd: repoRoot, stdio: 'inherit', env });
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function startBrowserMode(reason) {
  console.log(`${reason}，无法启动桌面版，现改为启动浏览器模式（功能相同，数据保存在同一位置）。`);
  const tsxCli = join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  run(process.execPath, [
    tsxCli,
    join(repoRoot, 'src', 'main', 'browser', 'cli.ts'),
    ...forwardedArgs,
  ]);
}

function prepareElectron() {
  const version = electronVersion(repoRoot);
  if (!version) return { ok: false, reason: '未安装 electron 软件包（请先运行 npm install）' };
  let binary = electronBinaryPath(repoRoot);
  if (!binary) {
    const installed = installElectronBinary(repoRoot);
    if (!installed.ok) {
      return {
        ok: false,
        reason: `Electron ${version} 程序文件未安装且无法下载（${installed.detail}）`,
      };
    }
    binary = installed.binary;
  }
  const binding = ensureElectronSqliteBinding(repoRoot, version);
  if (!binding.ok) {
    return {
      ok: false,
      reason: `无法获取适用于 Electron ${version} 的 better-sqlite3 数据库组件（${binding.detail}）`,
    };
  }
  return { ok: true, binary, binding: binding.path };
}

const prepared = prepareElectron();
if (!prepared.ok) {
  startBrowserMode(prepared.reason);
} else {
  const build = spawnSync(
    process.execPath,
    [join(repoRoot, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
    {
      cwd: repoRoot,
      stdio: 'inherit',
    },
  );
  if (build.status !== 0 || !existsSync(join(repoRoot, 'out', 'main', 'index.js'))) {
    console.error('桌面版构建失败（见上方输出），请修正后重新运行 npm start。');
    process.exit(1);
  }
  const env = { ...process.env, NIANBAO_SQLITE_BINDING: prepared.binding };
  delete env.ELECTRON_RUN_AS_NODE;
  run(prepared.binary, [repoRoot, ...forwardedArgs], env);
}
