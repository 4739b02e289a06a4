import { describe, expect, it, vi } from 'vitest';
import { buildPreloadApi } from '../../../src/preload/api';
import { CHANNELS } from '../../../src/shared/ipc';

describe('preload api', () => {
  it('exposes exactly the contract channels, each forwarding to invoke', async () => {
    const invoke = vi.fn(async (channel: string, input: unknown) => ({
      ok: true,
      value: { channel, input },
    }));
    const api = buildPreloadApi(invoke);
    expect(Object.keys(api).sort()).toEqual([...CHANNELS].sort());
    for (const channel of CHANNELS) {
      const call = api[channel] as (input: unknown) => Promise<unknown>;
      await expect(call({ probe: channel })).resolves.toEqual({
        ok: true,
        value: { channel, input: { probe: channel } },
      });
    }
    expect(invoke).toHaveBeenCalledTimes(CHANNELS.length);
  });

  it('cannot be extended or rewired by the page', () => {
    const api = buildPreloadApi(async () => ({ ok: true, value: null })) as unknown as Record<
      string,
      unknown
    >;
    expect(Object.isFrozen(api)).toBe(true);
    expect(() => {
      api.invoke = () => undefined;
    }).toThrow();
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('ipcRenderer');
  });
});
