import { CHANNELS } from '../shared/ipc/contract';
import type { PreloadApi } from '../shared/ipc/preload-api';

export type Invoke = (channel: string, input: unknown) => Promise<unknown>;

/**
 * Exactly the contract's channels, each forwarding its input to main — no generic `invoke`,
 * no `ipcRenderer`, nothing else reaches the page. Frozen so the page cannot add channels.
 */
export function buildPreloadApi(invoke: Invoke): PreloadApi {
  const api: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const channel of CHANNELS) api[channel] = (input: unknown) => invoke(channel, input);
  // Each entry forwards to main, which answers with the channel's Result (see dispatch).
  return Object.freeze(api) as unknown as PreloadApi;
}
