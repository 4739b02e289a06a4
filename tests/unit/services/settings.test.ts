import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/shared/ipc';
import { servicesInTempDir, thrown } from './harness';

let env: ReturnType<typeof servicesInTempDir>;
beforeEach(() => {
  env = servicesInTempDir();
});
afterEach(() => env.cleanup());

describe('settings', () => {
  it('starts from the defaults', async () => {
    expect(await env.h['settings:get']({})).toEqual(DEFAULT_SETTINGS);
  });

  it('merges a partial update over the stored values and keeps it across a restart', async () => {
    const first = await env.h['settings:update']({ fontScheme: 'system' });
    expect(first).toEqual({ ...DEFAULT_SETTINGS, fontScheme: 'system' });
    await env.h['settings:update']({ backupKeep: 3 });
    env.reopen();
    expect(await env.h['settings:get']({})).toEqual({
      ...DEFAULT_SETTINGS,
      fontScheme: 'system',
      backupKeep: 3,
    });
  });

  it('falls back to the default for a stored value that no longer fits', async () => {
    await env.h['settings:update']({ fontScheme: 'system' });
    env.services.db
      .prepare(`UPDATE settings SET value = '"comic-sans"' WHERE key = 'fontScheme'`)
      .run();
    env.services.db.prepare(`INSERT INTO settings (key, value) VALUES ('backupKeep', '7')`).run();
    expect(await env.h['settings:get']({})).toEqual({ ...DEFAULT_SETTINGS, backupKeep: 7 });
  });

  it('refuses a value outside the schema without storing anything', async () => {
    const error = await thrown(() =>
      env.h['settings:update']({ backupKeep: 0 } as unknown as { backupKeep: number }),
    );
    expect(error.code).toBe('VALIDATION');
    expect(await env.h['settings:get']({})).toEqual(DEFAULT_SETTINGS);
  });
});

describe('app:info', () => {
  it('reports the package version, the transport and the data folder', async () => {
    const pkg = (await import('../../../package.json', { with: { type: 'json' } })).default;
    const info = await env.h['app:info']({});
    expect(info).toEqual({
      version: pkg.version,
      transport: 'browser',
      dataDir: env.dir,
      recovery: null,
    });
  });
});
