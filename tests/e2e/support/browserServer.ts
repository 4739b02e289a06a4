import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface RunningServer {
  /** Address with `?token=…`, as printed by the CLI. */
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

const repoRoot = resolve(import.meta.dirname, '..', '..', '..');

/**
 * Starts `npm run start:browser` (through tsx directly, so the process we stop is the server) on
 * a fresh temp data dir and waits for the line with the address.
 */
export async function startServerProcess(
  dataDir = mkdtempSync(join(tmpdir(), 'nianbao-e2e-')),
): Promise<RunningServer> {
  const child: ChildProcess = spawn(
    process.execPath,
    [
      join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
      'src/main/browser/cli.ts',
      '--port',
      '0',
      '--data-dir',
      dataDir,
      '--no-open',
    ],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`浏览器模式服务 60 秒内未启动：\n${output}`)),
      60_000,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolveUrl(m[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`浏览器模式服务退出（代码 ${code}）：\n${output}`));
    });
  });
  return {
    url,
    dataDir,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => {
          rmSync(dataDir, { recursive: true, force: true });
          done();
        });
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5000).unref();
      }),
  };
}
