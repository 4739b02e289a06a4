import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startBrowserServer } from '../../../src/main/browser/server';
import type { BrowserServer } from '../../../src/main/browser/server';
import { HTTP_API_PATH, HTTP_TOKEN_HEADER } from '../../../src/shared/ipc';
import { rawRequest } from './http-client';

/** The server with its default handlers: the real services on a real SQLite file. */
let workDir: string;
let server: BrowserServer;

async function call(
  channel: string,
  input: unknown,
): Promise<{ ok: boolean; value?: unknown; error?: { code: string } }> {
  const res = await rawRequest(server.port, {
    method: 'POST',
    path: HTTP_API_PATH,
    headers: { 'content-type': 'application/json', [HTTP_TOKEN_HEADER]: server.token },
    body: JSON.stringify({ channel, input }),
  });
  expect(res.status).toBe(200);
  return JSON.parse(res.body);
}

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'nianbao-browser-int-'));
  mkdirSync(join(workDir, 'renderer'));
  writeFileSync(join(workDir, 'renderer', 'index.html'), '<!doctype html>');
  server = await startBrowserServer({
    dataDir: join(workDir, 'data'),
    rendererDir: join(workDir, 'renderer'),
  });
});

afterAll(async () => {
  await server.close();
  rmSync(workDir, { recursive: true, force: true });
});

it('creates and lists a report through HTTP on the real services', async () => {
  const info = await call('app:info', {});
  expect(info).toMatchObject({
    ok: true,
    value: { transport: 'browser', dataDir: join(workDir, 'data') },
  });

  const created = await call('reports:create', { organ: '某某县人民政府办公室', year: 2024 });
  expect(created.ok).toBe(true);
  const list = await call('reports:list', {});
  expect(list.ok).toBe(true);
  expect(list.value).toEqual({
    total: 1,
    rows: [expect.objectContaining({ organ: '某某县人民政府办公室', year: 2024 })],
  });

  const duplicate = await call('reports:create', { organ: '某某县人民政府办公室', year: 2024 });
  expect(duplicate).toMatchObject({ ok: false, error: { code: 'DUPLICATE' } });
  const invalid = await call('reports:open', { id: -1 });
  expect(invalid).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
});
