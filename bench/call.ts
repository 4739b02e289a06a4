import { dispatch } from '../src/main/ipc/dispatch';
import type { CallInput, CallOutput, Channel, Handlers } from '../src/shared/ipc';

/**
 * One call as the renderer makes it: through dispatch (channel check, zod input and output
 * validation, error mapping), the path of both transports. Throws when the call fails.
 */
export async function call<C extends Channel>(
  handlers: Handlers,
  channel: C,
  input: CallInput<C>,
): Promise<CallOutput<C>> {
  const result = await dispatch(handlers, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value as CallOutput<C>;
}
