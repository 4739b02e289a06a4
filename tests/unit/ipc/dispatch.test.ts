import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MockInstance } from 'vitest';
import { dispatch } from '../../../src/main/ipc/dispatch';
import { AppError, CHANNELS, contract, DEFAULT_SETTINGS } from '../../../src/shared/ipc';
import type { Result } from '../../../src/shared/ipc';
import { fakeHandlers } from './fake-handlers';

const CHINESE = /[\u4e00-\u9fff]/;

function expectFailure(result: Result<unknown>, code: string): string {
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('unreachable');
  expect(result.error.code).toBe(code);
  expect(result.error.message).toMatch(CHINESE);
  return result.error.message;
}

let consoleError: MockInstance<typeof console.error>;
beforeEach(() => {
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => consoleError.mockRestore());

describe('dispatch', () => {
  it('refuses channels outside the contract, including prototype names', async () => {
    const { handlers, calls } = fakeHandlers();
    for (const channel of [
      'reports:hack',
      '',
      42,
      null,
      undefined,
      '__proto__',
      'constructor',
      'toString',
      {},
    ]) {
      expectFailure(await dispatch(handlers, channel, {}), 'FORBIDDEN');
    }
    expect(calls).toHaveLength(0);
  });

  it('rejects bad input with VALIDATION naming the field, without calling the handler', async () => {
    const { handlers, calls } = fakeHandlers();
    const message = expectFailure(
      await dispatch(handlers, 'reports:open', { id: 'abc' }),
      'VALIDATION',
    );
    expect(message).toContain('报告编号');
    expect(message).toContain('报告编号必须是数字');
    expect(calls).toHaveLength(0);
  });

  it('names every missing field of a create call in Chinese', async () => {
    const { handlers } = fakeHandlers();
    const message = expectFailure(await dispatch(handlers, 'reports:create', {}), 'VALIDATION');
    expect(message).toContain('机关名称');
    expect(message).toContain('年度');
    expect(message).not.toMatch(/Invalid input|expected/i);
  });

  it('names nested paths (settings deadlines)', async () => {
    const { handlers } = fakeHandlers();
    const message = expectFailure(
      await dispatch(handlers, 'settings:update', {
        deadlines: { department: '1月31日', countyGovernment: '03-31' },
      }),
      'VALIDATION',
    );
    expect(message).toContain('报送期限 → department');
    expect(message).toContain('MM-DD');
  });

  it('treats a missing input object as a validation error, not a crash', async () => {
    const { handlers } = fakeHandlers();
    expectFailure(await dispatch(handlers, 'reports:list', undefined), 'VALIDATION');
  });

  it('passes the parsed input to the handler and returns its value', async () => {
    const { handlers, calls } = fakeHandlers({ 'reports:organs': () => ['甲县人民政府'] });
    const result = await dispatch(handlers, 'reports:organs', {});
    expect(result).toEqual({ ok: true, value: ['甲县人民政府'] });
    expect(calls).toEqual([{ channel: 'reports:organs', input: {} }]);

    const settings = await dispatch(
      { ...handlers, 'settings:update': (input) => ({ ...DEFAULT_SETTINGS, ...input }) },
      'settings:update',
      { backupKeep: 3 },
    );
    expect(settings).toEqual({ ok: true, value: { ...DEFAULT_SETTINGS, backupKeep: 3 } });
    // Unknown fields are dropped before the handler sees them…
    await dispatch(handlers, 'reports:organs', { extra: 'dropped' });
    expect(calls.at(-1)).toEqual({ channel: 'reports:organs', input: {} });
  });

  it('refuses a page setting the export folder through settings:update', async () => {
    const { handlers, calls } = fakeHandlers();
    const message = expectFailure(
      await dispatch(handlers, 'settings:update', { lastExportDir: '/etc' }),
      'VALIDATION',
    );
    expect(message).toContain('lastExportDir');
    expect(calls).toEqual([]);
  });

  it('passes an AppError through unchanged', async () => {
    const { handlers } = fakeHandlers({
      'reports:open': () => {
        throw new AppError('NOT_FOUND', '未找到该报告，可能已被删除。请返回列表刷新。', { id: 7 });
      },
    });
    expect(await dispatch(handlers, 'reports:open', { id: 7 })).toEqual({
      ok: false,
      error: {
        code: 'NOT_FOUND',
        message: '未找到该报告，可能已被删除。请返回列表刷新。',
        details: { id: 7 },
      },
    });
  });

  it('turns any other thrown value into INTERNAL with a generic message and logs the detail', async () => {
    const throwers: Array<() => unknown> = [
      () => {
        throw new Error('SQLITE_CORRUPT secret detail');
      },
      () => Promise.reject(new TypeError('cannot read x of undefined')),
      () => {
        throw 'a string';
      },
      () => {
        throw undefined;
      },
    ];
    for (const thrower of throwers) {
      const { handlers } = fakeHandlers({ 'reports:list': thrower });
      const message = expectFailure(await dispatch(handlers, 'reports:list', {}), 'INTERNAL');
      expect(message).not.toContain('SQLITE');
      expect(message).not.toContain('undefined');
    }
    expect(consoleError).toHaveBeenCalledTimes(throwers.length);
    expect(String(consoleError.mock.calls[0]?.[1])).toContain('SQLITE_CORRUPT secret detail');
  });

  it('guards the output: a handler returning something outside the contract is INTERNAL', async () => {
    const { handlers } = fakeHandlers({ 'reports:list': () => [{ id: 'not a number' }] });
    expectFailure(await dispatch(handlers, 'reports:list', {}), 'INTERNAL');
    expect(consoleError).toHaveBeenCalled();
  });
});

describe('dispatch under random input (property)', () => {
  /** Objects using the channel's own field names with random values reach deeper validation paths. */
  function nearlyValidInput(channel: (typeof CHANNELS)[number]): fc.Arbitrary<unknown> {
    const shape = (contract[channel].input as { shape?: Record<string, unknown> }).shape ?? {};
    const keys = Object.keys(shape);
    if (keys.length === 0) return fc.jsonValue();
    return fc.dictionary(fc.constantFrom(...keys), fc.jsonValue());
  }

  it('every channel answers any input with a Result and never throws', async () => {
    let tried = 0;
    const { handlers } = fakeHandlers();
    const anyChannel = fc.oneof(fc.constantFrom(...CHANNELS), fc.string());
    const anyInput = fc.oneof(fc.anything(), fc.jsonValue());
    await fc.assert(
      fc.asyncProperty(anyChannel, anyInput, async (channel, input) => {
        tried += 1;
        const result = await dispatch(handlers, channel, input);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) expect(result.error.message).toMatch(CHINESE);
        expect(() => structuredClone(result)).not.toThrow();
      }),
      { numRuns: 1000 },
    );
    for (const channel of CHANNELS) {
      await fc.assert(
        fc.asyncProperty(nearlyValidInput(channel), async (input) => {
          tried += 1;
          const result = await dispatch(handlers, channel, input);
          expect(typeof result.ok).toBe('boolean');
        }),
        { numRuns: 100 },
      );
    }
    console.info(`dispatch fuzz: ${tried} inputs tried across ${CHANNELS.length} channels`);
    expect(tried).toBe(1000 + 100 * CHANNELS.length);
  });
});
