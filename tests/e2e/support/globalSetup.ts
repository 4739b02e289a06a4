import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startServerProcess } from './browserServer';

/** One browser-mode server on a fresh data dir for the whole run; its URL goes to the tests. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const root = resolve(import.meta.dirname, '..', '..', '..');
  if (!existsSync(join(root, 'out', 'renderer', 'index.html'))) {
    throw new Error('界面尚未构建：请用 npm run test:e2e（会先运行 npm run build:renderer）。');
  }
  const server = await startServerProcess();
  process.env.NIANBAO_E2E_URL = server.url;
  return () => server.stop();
}
