import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServices } from '../../../src/main/services';
import type { Services, ServicesOptions } from '../../../src/main/services';

/** A clock the test moves by hand; every reading is one millisecond after the last. */
export function manualClock(start = '2026-01-10T08:00:00.000Z') {
  let t = Date.parse(start);
  return {
    clock: () => new Date(t++),
    advance(ms: number) {
      t += ms;
    },
  };
}

export function tempDir(prefix = 'nianbao-test-'): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Real services on a real SQLite file in a fresh temp folder, built by the real migrations. */
export function servicesInTempDir(options: Partial<ServicesOptions> = {}) {
  const temp = tempDir();
  const time = manualClock();
  const damaged: { id: number; problems: string[] }[] = [];
  let services: Services = createServices({
    dataDir: temp.dir,
    clock: time.clock,
    onDamaged: (id, problems) => damaged.push({ id, problems }),
    ...options,
  });
  return {
    get services() {
      return services;
    },
    get h() {
      return services.handlers;
    },
    time,
    damaged,
    dir: temp.dir,
    /** Closes and opens the same folder again (what a restart does). */
    reopen() {
      services.close();
      services = createServices({ dataDir: temp.dir, clock: time.clock, ...options });
    },
    cleanup() {
      services.close();
      temp.remove();
    },
  };
}

/** Runs `fn` and returns the AppError-like object it throws (fails the test if nothing is thrown). */
export async function thrown(
  fn: () => unknown,
): Promise<{ code: string; message: string; details?: Record<string, unknown> }> {
  try {
    await fn();
  } catch (error) {
    return error as { code: string; message: string; details?: Record<string, unknown> };
  }
  throw new Error('expected an error, none was thrown');
}
