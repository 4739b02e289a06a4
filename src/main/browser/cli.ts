import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createServices, resolveDataDir } from '../services';
import { CliArgsError, parseBrowserCliArgs } from './cli-args';
import { hasDisplay, openInBrowser } from './open-browser';
import { startBrowserServer } from './server';

/**
 * `npm run start:browser`: the app without Electron — services on the local database, the
 * renderer served on 127.0.0.1 with a per-launch token. Prints one line: the address to open.
 */
const repoRoot = resolve(import.meta.dirname, '..', '..', '..');
// NIANBAO_RENDERER_DIR lets tests serve a prepared folder instead of the real build.
const rendererDir = process.env.NIANBAO_RENDERER_DIR || join(repoRoot, 'out', 'renderer');

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function ensureRendererBuilt(): void {
  if (existsSync(join(rendererDir, 'index.html'))) return;
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  const build = spawnSync(npx, ['vite', 'build', '--config', 'vite.renderer.config.ts'], {
    cwd: repoRoot,
    encoding: 'utf8',
    shell: process.platform === 'win32',
  });
  if (build.status !== 0 || !existsSync(join(rendererDir, 'index.html'))) {
    console.error(build.stdout, build.stderr);
    fail(
      '界面构建失败（见上方输出），无法启动浏览器模式。请先运行 npm run build:renderer 查看原因。',
    );
  }
}

async function main(): Promise<void> {
  let args;
  try {
    args = parseBrowserCliArgs(process.argv.slice(2));
  } catch (error) {
    if (error instanceof CliArgsError) fail(error.message);
    throw error;
  }
  ensureRendererBuilt();
  const dataDir = resolveDataDir({ explicit: args.dataDir });
  let services;
  try {
    services = createServices({ dataDir, transport: 'browser' });
  } catch (error) {
    fail(
      `无法打开数据目录 ${dataDir} 中的数据库：${error instanceof Error ? error.message : String(error)}。请检查该目录是否可写，或用 --data-dir 指定其他目录。`,
    );
  }
  const opened = services;
  let server;
  try {
    server = await startBrowserServer({
      port: args.port,
      dataDir,
      rendererDir,
      handlers: opened.handlers,
    });
  } catch (error) {
    opened.close();
    const inUse = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
    fail(
      inUse
        ? `端口 ${args.port} 已被占用，请换一个端口（--port）或省略该参数自动选择。`
        : `无法启动本机服务：${String(error)}`,
    );
  }
  const running = server;
  opened.backups.startDailyTimer();
  console.log(`年报编制助手（浏览器模式）已启动，请在浏览器中打开：${running.url}`);
  if (args.open && hasDisplay()) openInBrowser(running.url);

  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    void running
      .close()
      .catch(() => undefined)
      // Closes the database cleanly (WAL checkpoint) and the PDF printer's Chromium, if started.
      .then(() => opened.closeAsync())
      .catch((error: unknown) => console.error('[browser] 关闭时出错', error))
      .finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
