import { AppError, contract, isChannel } from '../../shared/ipc';
import type { Channel, Handlers, Result } from '../../shared/ipc';
import { describeValidationIssues, VALIDATION_PARSE_OPTIONS } from './validation-message';

const FORBIDDEN_CHANNEL_MESSAGE = '不支持的操作请求，已拒绝。请重新启动本程序后再试。';
const INTERNAL_MESSAGE =
  '程序内部出错，本次操作未完成，已录入的数据不受影响。请重试；如仍出错，请重新启动本程序。';

function fail(code: 'FORBIDDEN' | 'INTERNAL' | 'VALIDATION', message: string): Result<never> {
  return { ok: false, error: { code, message } };
}

/** Calls the channel's handler with a loosely typed input the caller has already validated. */
function invokeHandler(handlers: Handlers, channel: Channel, input: unknown): Promise<unknown> {
  // The contract guarantees `input` matches the handler's parameter; TS cannot correlate the
  // channel union across the mapped type, hence the one narrow cast.
  const handler = handlers[channel] as (validated: unknown) => unknown;
  return Promise.resolve().then(() => handler(input));
}

/**
 * The one path every call takes, whatever the transport (Electron IPC or browser-mode HTTP):
 * channel check, input validation, the handler, error mapping, output validation. Never throws.
 */
export async function dispatch(
  handlers: Handlers,
  channel: unknown,
  rawInput: unknown,
): Promise<Result<unknown>> {
  if (!isChannel(channel)) return fail('FORBIDDEN', FORBIDDEN_CHANNEL_MESSAGE);
  const spec = contract[channel];
  try {
    const parsedInput = spec.input.safeParse(rawInput, VALIDATION_PARSE_OPTIONS);
    if (!parsedInput.success) {
      return fail('VALIDATION', describeValidationIssues(parsedInput.error.issues));
    }
    const value = await invokeHandler(handlers, channel, parsedInput.data);
    const parsedOutput = spec.output.safeParse(value);
    if (!parsedOutput.success) {
      // A service returned something outside the contract: a bug, not the clerk's fault.
      console.error(`[ipc] ${channel}: 返回值不符合约定`, parsedOutput.error.issues);
      return fail('INTERNAL', INTERNAL_MESSAGE);
    }
    return { ok: true, value: parsedOutput.data };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toData() };
    console.error(`[ipc] ${channel}: 未处理的错误`, error);
    return fail('INTERNAL', INTERNAL_MESSAGE);
  }
}
