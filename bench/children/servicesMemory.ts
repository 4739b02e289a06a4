import { createServices } from '../../src/main/services';
import { call } from '../call';
import { fullReport } from '../fixtures';

/**
 * Entry of the services-memory benchmark, bundled to plain JavaScript and run by node without
 * tsx: what the app's services process holds with a full report open. Prints one JSON line.
 */
async function main(): Promise<void> {
  const dataDir = process.argv[2];
  if (!dataDir) throw new Error('usage: servicesMemory.mjs <data dir>');
  const services = createServices({ dataDir, transport: 'electron' });
  try {
    const created = await call(services.handlers, 'reports:create', {
      organ: '宁陵县工业信息化和科技局',
      year: 2021,
    });
    await call(services.handlers, 'reports:save', {
      id: created.id,
      baseRevision: created.revision,
      content: fullReport(),
    });
    // The clerk opens it (the renderer asks for the list first, then the report).
    await call(services.handlers, 'reports:list', {});
    const opened = await call(services.handlers, 'reports:open', { id: created.id });
    const gc = (globalThis as { gc?: () => void }).gc;
    if (!gc) throw new Error('run with --expose-gc');
    gc();
    const memory = process.memoryUsage();
    process.stdout.write(
      `${JSON.stringify({
        rssMB: memory.rss / 2 ** 20,
        heapUsedMB: memory.heapUsed / 2 ** 20,
        reportCharacters: JSON.stringify(opened.content).length,
      })}\n`,
    );
  } finally {
    services.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
