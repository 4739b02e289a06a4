import { CHANNELS } from '../../../src/shared/ipc';
import type { Channel, Handlers } from '../../../src/shared/ipc';

/**
 * Handlers for every channel that record their calls; each returns `{}` unless overridden
 * (which is a contract breach for channels with richer outputs — useful for the output guard).
 */
export function fakeHandlers(
  overrides: Partial<Record<Channel, (input: unknown) => unknown>> = {},
): {
  handlers: Handlers;
  calls: Array<{ channel: Channel; input: unknown }>;
} {
  const calls: Array<{ channel: Channel; input: unknown }> = [];
  const table: Record<string, (input: unknown) => unknown> = {};
  for (const channel of CHANNELS) {
    table[channel] = (input: unknown) => {
      calls.push({ channel, input });
      const override = overrides[channel];
      return override ? override(input) : {};
    };
  }
  return { handlers: table as unknown as Handlers, calls };
}
