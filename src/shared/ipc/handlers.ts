import type { z } from 'zod';
import type { CallOutput, Channel, Contract } from './contract';
import type { Result } from './result';

/** Services bound to the contract: one function per channel, given validated input. */
export type Handlers = {
  [C in Channel]: (input: z.output<Contract[C]['input']>) => Promise<CallOutput<C>> | CallOutput<C>;
};

/** What the renderer calls, whatever the transport (preload in Electron, HTTP in browser mode). */
export interface ApiTransport {
  call<C extends Channel>(
    channel: C,
    input: z.input<Contract[C]['input']>,
  ): Promise<Result<CallOutput<C>>>;
}

/** Browser mode wire protocol (served on 127.0.0.1 only). */
export const HTTP_API_PATH = '/api/call';
export const HTTP_TOKEN_HEADER = 'x-nianbao-token';
export const HTTP_TOKEN_QUERY = 'token';
