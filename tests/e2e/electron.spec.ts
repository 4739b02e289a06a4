import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

/**
 * Smoke test of the real desktop app. Needs the Electron binary and a better-sqlite3 build for
 * Electron's ABI (both fetched by `npm start` on a machine with internet); skipped, saying so,
 * where they are missing. Run: npx playwright test -c tests/e2e/electron.config.ts
 */
const repoRoot = resolve(import.meta.dirname, '..', '..');

function electronBinary(): string | null {
  if (!existsSync(join(repoRoot, 'node_modules', 'electron', 'path.txt'))) return null;
  try {
    const binary: unknown = createRequire(join(repoRoot, 'package.json'))('electron');
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

function electronSqliteBinding(): string | null {
  const manifest = join(repoRoot, 'node_modules', 'electron', 'package.json');
  const version = (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
  const path =
    process.env.NIANBAO_SQLITE_BINDING ??
    join(
      repoRoot,
      '.electron-native',
      `electron-${version}-${process.platform}-${process.arch}`,
      'better_sqlite3.node',
    );
  return existsSync(path) ? path : null;
}

const binary = electronBinary();
const binding = binary ? electronSqliteBinding() : null;
const SKIP_NO_BINARY = '未安装 Electron 二进制，跳过 Electron 冒烟测试';
const SKIP_NO_BINDING =
  '未找到适用于 Electron 的 better-sqlite3 组件（先运行一次 npm start），跳过 Electron 冒烟测试';
if (!binary) console.log(SKIP_NO_BINARY);
else if (!binding) console.log(SKIP_NO_BINDING);

test.describe('Electron 冒烟测试', () => {
  test.skip(!binary, SKIP_NO_BINARY);
  test.skip(Boolean(binary) && !binding, SKIP_NO_BINDING);

  let dataDir: string;
  test.beforeAll(() => {
    const build = spawnSync(
      process.execPath,
      [join(repoRoot, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
      {
        cwd: repoRoot,
        encoding: 'utf8',
      },
    );
    if (build.status !== 0)
      throw new Error(`electron-vite build 失败：\n${build.stdout}\n${build.stderr}`);
    dataDir = mkdtempSync(join(tmpdir(), 'nianbao-electron-'));
  });
  test.afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  test('launches a hardened window showing the report list', async () => {
    const app = await electron.launch({
      executablePath: binary!,
      args: [repoRoot],
      env: {
        ...process.env,
        NIANBAO_DATA_DIR: dataDir,
        NIANBAO_SQLITE_BINDING: binding!,
      } as Record<string, string>,
    });
    try {
      const page = await app.firstWindow();
      await expect(page).toHaveTitle('年报编制助手');
      await expect(page.getByText('新建报告').first()).toBeVisible();
      expect(page.url()).toMatch(/^app:\/\/nianbao\//);

      const exposed = await page.evaluate(() => ({
        api: Object.keys((window as unknown as { api?: object }).api ?? {}),
        require: typeof (window as unknown as { require?: unknown }).require,
        process: typeof (window as unknown as { process?: unknown }).process,
      }));
      expect(exposed.api).toContain('reports:list');
      expect(exposed.require).toBe('undefined');
      expect(exposed.process).toBe('undefined');

      const info = await page.evaluate(() =>
        (window as unknown as { api: Record<string, (i: unknown) => Promise<unknown>> }).api[
          'app:info'
        ]!({}),
      );
      expect(info).toMatchObject({ ok: true, value: { transport: 'electron', dataDir } });

      const windows = await app.evaluate(
        ({ BrowserWindow }) => BrowserWindow.getAllWindows().length,
      );
      expect(windows).toBe(1);
    } finally {
      await app.close();
    }
  });
});
