import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../src/shared/ipc';
import { fakeHandlers } from './fake-handlers';

type Handle = (event: unknown, input: unknown) => unknown;
const registered = vi.hoisted(() => new Map<string, (event: unknown, input: unknown) => unknown>());

// No Electron binary in unit tests: a stand-in ipcMain records what register.ts installs.
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, listener: Handle) => {
      if (registered.has(channel)) throw new Error(`second handler for ${channel}`);
      registered.set(channel, listener);
    },
    removeHandler: (channel: string) => registered.delete(channel),
  },
}));

const { registerIpcHandlers } = await import('../../../src/main/ipc/register');

function eventFrom(url: string | null, parent: unknown = null): unknown {
  return { senderFrame: url === null ? null : { url, parent } };
}

describe('registerIpcHandlers', () => {
  it('registers every contract channel once and removes them all', () => {
    const unregister = registerIpcHandlers(fakeHandlers().handlers);
    expect([...registered.keys()].sort()).toEqual([...CHANNELS].sort());
    unregister();
    expect(registered.size).toBe(0);
  });

  it('serves the app page and refuses foreign pages, subframes and vanished frames', async () => {
    const { handlers, calls } = fakeHandlers({ 'reports:organs': () => ['甲县人民政府'] });
    const unregister = registerIpcHandlers(handlers);
    const listener = registered.get('reports:organs')!;
    try {
      expect(await listener(eventFrom('app://nianbao/index.html'), {})).toEqual({
        ok: true,
        value: ['甲县人民政府'],
      });
      const refused = [
        eventFrom('https://evil.example/'),
        eventFrom('file:///tmp/x.html'),
        eventFrom('app://nianbao/index.html', { url: 'app://nianbao/index.html' }),
        eventFrom(null),
      ];
      for (const event of refused) {
        expect(await listener(event, {})).toMatchObject({
          ok: false,
          error: { code: 'FORBIDDEN' },
        });
      }
      expect(calls).toHaveLength(1);
    } finally {
      unregister();
    }
  });

  it('validates input through dispatch', async () => {
    const unregister = registerIpcHandlers(fakeHandlers().handlers);
    try {
      const result = await registered.get('reports:open')!(eventFrom('app://nianbao/'), {
        id: 'x',
      });
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    } finally {
      unregister();
    }
  });
});
