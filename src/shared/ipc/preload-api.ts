import type { CallInput, CallOutput, Channel } from './contract';
import type { Result } from './result';

/**
 * What the Electron preload exposes as `window.api`: one function per contract channel, keyed by
 * the channel name (`window.api['reports:list']({})`), resolving to the call's Result.
 * Absent in browser mode, where the renderer talks HTTP instead.
 */
export type PreloadApi = {
  readonly [C in Channel]: (input: CallInput<C>) => Promise<Result<CallOutput<C>>>;
};

/** Name of the global the preload defines. */
export const PRELOAD_API_KEY = 'api';
