import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseBrowserCliArgs } from '../../../src/main/browser/cli-args';
import { hasDisplay } from '../../../src/main/browser/open-browser';
import { HTTP_API_PATH, HTTP_TOKEN_HEADER } from '../../../src/shared/ipc';
import { rawRequest } from './http-client';

const repoRoot = join(import.meta.dirname, '..', '..', '..');
const workDir = mkdtempSync(join(tmpdir(), 'nianbao-cli-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

function cliEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NIANBAO_RENDERER_DIR: join(workDir, 'renderer'),
  };
  delete env.NIANBAO_DATA_DIR; // --data-dir must decide here
  return env;
}

const cliArgs = (...args: string[]) => [
  join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
  'src/main/browser/cli.ts',
  ...args,
];

describe('browser CLI arguments', () => {
  it('reads port, data dir and --no-open', () => {
    expect(parseBrowserCliArgs([])).toEqual({ port: 0, dataDir: null, open: true });
    expect(parseBrowserCliArgs(['--port', '8123', '--data-dir', '/tmp/d', '--no-open'])).toEqual({
      port: 8123,
      dataDir: '/tmp/d',
      open: false,
    });
    expect(parseBrowserCliArgs(['--port=0', '--data-dir=/a=b'])).toEqual({
      port: 0,
      dataDir: '/a=b',
      open: true,
    });
  });

  it('rejects bad values and unknown flags with a Chinese message', () => {
    for (const argv of [
      ['--port', 'abc'],
      ['--port', '70000'],
      ['--port'],
      ['--data-dir'],
      ['--host', '0.0.0.0'],
    ]) {
      expect(() => parseBrowserCliArgs(argv), argv.join(' ')).toThrow(/[\u4e00-\u9fff]/);
    }
  });

  it('opens a browser only in a desktop session', () => {
    expect(hasDisplay({ DISPLAY: ':0' }, 'linux')).toBe(true);
    expect(hasDisplay({}, 'linux')).toBe(false);
    expect(hasDisplay({ CI: 'true', DISPLAY: ':0' }, 'linux')).toBe(false);
    expect(hasDisplay({}, 'win32')).toBe(true);
  });
});

describe('npm run start:browser', () => {
  it('prints one line with the tokened URL, serves, and shuts down cleanly on SIGTERM', async () => {
    mkdirSync(join(workDir, 'renderer'), { recursive: true });
    writeFileSync(
      join(workDir, 'renderer', 'index.html'),
      '<!doctype html><title>年报编制助手</title>',
    );
    const dataDir = join(workDir, 'data');
    const child = spawn(
      process.execPath,
      cliArgs('--port', '0', '--data-dir', dataDir, '--no-open'),
      {
        cwd: repoRoot,
        env: cliEnv(),
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const firstLine = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`CLI 未输出网址：${stdout}${stderr}`)),
        30_000,
      );
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        if (stdout.includes('\n')) {
          clearTimeout(timer);
          resolve(stdout.split('\n')[0] ?? '');
        }
      });
      child.once('exit', (code) => reject(new Error(`CLI 提前退出（${code}）：${stderr}`)));
    });
    const match = /(http:\/\/127\.0\.0\.1:(\d+)\/\?token=([\w-]+))$/.exec(firstLine);
    expect(match, firstLine).not.toBeNull();
    const port = Number(match![2]);
    const token = match![3]!;

    expect((await rawRequest(port, { path: '/' })).body).toContain('年报编制助手');
    const info = await rawRequest(port, {
      method: 'POST',
      path: HTTP_API_PATH,
      headers: { 'content-type': 'application/json', [HTTP_TOKEN_HEADER]: token },
      body: JSON.stringify({ channel: 'app:info', input: {} }),
    });
    expect(JSON.parse(info.body)).toMatchObject({
      ok: true,
      value: { transport: 'browser', dataDir },
    });
    expect(existsSync(join(dataDir, 'nianbao.sqlite3-wal'))).toBe(true);

    const exitCode = await new Promise<number | null>((resolve) => {
      child.once('exit', (code) => resolve(code));
      child.kill('SIGTERM');
    });
    expect(exitCode).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    // Closing the database checkpoints and removes the WAL file.
    expect(existsSync(join(dataDir, 'nianbao.sqlite3-wal'))).toBe(false);
  });

  it('refuses an unknown flag with exit code 1 and a Chinese sentence', () => {
    const run = spawnSync(process.execPath, cliArgs('--listen-all'), {
      cwd: repoRoot,
      env: cliEnv(),
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/不认识的参数/);
  });
});
