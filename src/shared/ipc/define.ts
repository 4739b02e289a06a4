import type { z } from 'zod';

/** One IPC call: a `domain:action` channel with zod schemas for its input and output. */
export interface CallSpec<C extends string, I extends z.ZodType, O extends z.ZodType> {
  readonly channel: C;
  readonly input: I;
  readonly output: O;
}

export function defineCall<C extends string, I extends z.ZodType, O extends z.ZodType>(
  channel: C,
  input: I,
  output: O,
): CallSpec<C, I, O> {
  return { channel, input, output };
}
