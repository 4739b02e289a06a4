import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startBrowserServer } from '../../../src/main/browser/server';
import type { BrowserServer } from '../../../src/main/browser/server';
import { HTTP_API_PATH, HTTP_TOKEN_HEADER, HTTP_TOKEN_QUERY } from '../../../src/shared/ipc';
import { CONTENT_SECURITY_POLICY } from '../../../src/shared/security/csp';
import { fakeHandlers } from '../ipc/fake-handlers';
import { rawRequest } from './http-client';

const SECRET = 'TOP-SECRET-OUTSIDE-THE-ROOT';
let workDir: string;
let server: BrowserServer;

function apiCall(
  body: unknown,
  headers: Record<string, string> = {},
): ReturnType<typeof rawRequest> {
  return rawRequest(server.port, {
    method: 'POST',
    path: HTTP_API_PATH,
    headers: {
      'content-type': 'application/json',
      [HTTP_TOKEN_HEADER]: server.token,
      origin: `http://127.0.0.1:${server.port}`,
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'nianbao-browser-'));
  const rendererDir = join(workDir, 'renderer');
  const fontsDir = join(workDir, 'fonts');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  mkdirSync(fontsDir);
  writeFileSync(join(workDir, 'secret.txt'), SECRET);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>年报编制助手</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'export const ok = 1;');
  writeFileSync(join(rendererDir, 'assets', 'worker.mjs'), 'export {};');
  writeFileSync(join(rendererDir, 'assets', 'face.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  writeFileSync(join(rendererDir, '.env'), SECRET);
  writeFileSync(join(fontsDir, 'FandolFang.ttf'), Buffer.from([0, 1, 0, 0]));
  symlinkSync(join(workDir, 'secret.txt'), join(rendererDir, 'assets', 'link.js'));
  const { handlers } = fakeHandlers({
    'reports:organs': () => ['甲县人民政府'],
    'reports:trash': () => {
      throw new Error('boom');
    },
  });
  server = await startBrowserServer({
    port: 0,
    dataDir: join(workDir, 'data'),
    rendererDir,
    fontsDir,
    handlers,
    maxBodyBytes: 4096,
  });
});

afterAll(async () => {
  await server.close();
  rmSync(workDir, { recursive: true, force: true });
});

describe('browser server: network exposure', () => {
  it('listens on 127.0.0.1 only, on a random port', () => {
    expect(server.address().address).toBe('127.0.0.1');
    expect(server.port).toBeGreaterThan(0);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?${HTTP_TOKEN_QUERY}=${server.token}`);
  });

  it('is not reachable through a non-loopback interface', async () => {
    const external = Object.values(networkInterfaces())
      .flat()
      .find((info) => info && info.family === 'IPv4' && !info.internal);
    if (!external) {
      console.info('没有非回环网卡，跳过外部地址连接检查');
      return;
    }
    const refused = await new Promise<boolean>((resolve) => {
      const socket = connect({ host: external.address, port: server.port });
      socket.once('connect', () => {
        socket.destroy();
        resolve(false);
      });
      socket.once('error', () => resolve(true));
    });
    expect(refused).toBe(true);
  });

  it('uses a fresh unguessable token per launch', async () => {
    const other = await startBrowserServer({
      dataDir: join(workDir, 'data'),
      rendererDir: join(workDir, 'renderer'),
      handlers: fakeHandlers().handlers,
    });
    try {
      expect(other.token).not.toBe(server.token);
      expect(Buffer.from(server.token, 'base64url').length).toBeGreaterThanOrEqual(32);
    } finally {
      await other.close();
    }
  });
});

describe('browser server: API access control', () => {
  it('answers a call with the right token', async () => {
    const res = await apiCall({ channel: 'reports:organs', input: {} });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ ok: true, value: ['甲县人民政府'] });
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('accepts localhost as host name', async () => {
    const res = await apiCall(
      { channel: 'reports:organs', input: {} },
      { host: `localhost:${server.port}`, origin: `http://localhost:${server.port}` },
    );
    expect(res.status).toBe(200);
  });

  it('refuses a call without a token (401)', async () => {
    const res = await rawRequest(server.port, {
      method: 'POST',
      path: HTTP_API_PATH,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ channel: 'reports:organs', input: {} }),
    });
    expect(res.status).toBe(401);
    expect(JSON.parse(res.body).error.code).toBe('FORBIDDEN');
  });

  it('refuses a wrong, empty or truncated token (403/401)', async () => {
    for (const token of [
      'x',
      server.token.slice(0, -1),
      `${server.token}x`,
      server.token.toUpperCase(),
    ]) {
      const res = await apiCall(
        { channel: 'reports:organs', input: {} },
        { [HTTP_TOKEN_HEADER]: token },
      );
      expect(res.status).toBe(403);
      expect(res.body).not.toContain('甲县');
    }
    const empty = await apiCall(
      { channel: 'reports:organs', input: {} },
      { [HTTP_TOKEN_HEADER]: '' },
    );
    expect([401, 403]).toContain(empty.status);
  });

  it('does not accept the token from the query string for API calls', async () => {
    const res = await rawRequest(server.port, {
      method: 'POST',
      path: `${HTTP_API_PATH}?${HTTP_TOKEN_QUERY}=${server.token}`,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ channel: 'reports:organs', input: {} }),
    });
    expect(res.status).toBe(401);
  });

  it('refuses a foreign Host header (DNS rebinding), even with the right token', async () => {
    for (const host of [
      `evil.example:${server.port}`,
      `127.0.0.1:${server.port + 1}`,
      'localhost',
      `0.0.0.0:${server.port}`,
    ]) {
      const res = await apiCall({ channel: 'reports:organs', input: {} }, { host });
      expect(res.status).toBe(403);
      expect(res.body).not.toContain('甲县');
    }
  });

  it('refuses a foreign Origin (CSRF), even with the right token', async () => {
    for (const origin of [
      'http://evil.example',
      `http://127.0.0.1:${server.port + 1}`,
      'null',
      `https://127.0.0.1:${server.port}`,
    ]) {
      const res = await apiCall({ channel: 'reports:organs', input: {} }, { origin });
      expect(res.status).toBe(403);
    }
    const crossSite = await apiCall(
      { channel: 'reports:organs', input: {} },
      { 'sec-fetch-site': 'cross-site' },
    );
    expect(crossSite.status).toBe(403);
  });

  it('refuses other methods and non-JSON bodies', async () => {
    const get = await rawRequest(server.port, {
      path: HTTP_API_PATH,
      headers: { [HTTP_TOKEN_HEADER]: server.token },
    });
    expect(get.status).toBe(405);
    const form = await apiCall('channel=reports:organs', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(form.status).toBe(415);
    const broken = await apiCall('{"channel":');
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.body).error.code).toBe('VALIDATION');
  });

  it('refuses an oversized body with 413 and keeps serving', async () => {
    const res = await apiCall({ channel: 'reports:organs', input: { pad: 'x'.repeat(10_000) } });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body).error.message).toContain('太大');
    expect((await apiCall({ channel: 'reports:organs', input: {} })).status).toBe(200);
  });

  it('maps unknown channels and failing handlers to Results without crashing', async () => {
    const unknown = await apiCall({ channel: 'fs:readFile', input: { path: '/etc/passwd' } });
    expect(JSON.parse(unknown.body).error.code).toBe('FORBIDDEN');
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const failing = await apiCall({ channel: 'reports:trash', input: {} });
    spy.mockRestore();
    expect(JSON.parse(failing.body).error.code).toBe('INTERNAL');
    expect((await apiCall({ channel: 'reports:organs', input: {} })).status).toBe(200);
  });
});

describe('browser server: static files', () => {
  it('serves index.html with the app CSP and security headers', async () => {
    const res = await rawRequest(server.port, { path: `/?${HTTP_TOKEN_QUERY}=${server.token}` });
    expect(res.status).toBe(200);
    expect(res.body).toContain('年报编制助手');
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });

  it('serves assets and fonts with the right MIME types', async () => {
    const cases: Array<[string, string]> = [
      ['/assets/app.js', 'text/javascript; charset=utf-8'],
      ['/assets/worker.mjs', 'text/javascript; charset=utf-8'],
      ['/assets/face.woff2', 'font/woff2'],
      ['/fonts/FandolFang.ttf', 'font/ttf'],
    ];
    for (const [path, type] of cases) {
      const res = await rawRequest(server.port, { path });
      expect(res.status, path).toBe(200);
      expect(res.headers['content-type'], path).toBe(type);
    }
  });

  it('refuses path traversal, hidden files and symlinks out of the root', async () => {
    const attempts = [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/assets/%2e%2e%5c%2e%2e%5csecret.txt',
      '/fonts/../../secret.txt',
      '/fonts/%2e%2e/secret.txt',
      '/fonts/',
      '/assets/link.js',
      '/.env',
      '/index.html%00.js',
      '/%E0%A4%A',
      '//etc/passwd',
    ];
    for (const path of attempts) {
      const res = await rawRequest(server.port, { path });
      expect(res.status, path).toBe(404);
      expect(res.body, path).not.toContain(SECRET);
    }
  });

  it('refuses static requests for a foreign Host too', async () => {
    const res = await rawRequest(server.port, { path: '/', headers: { host: 'attacker.example' } });
    expect(res.status).toBe(403);
  });
});
