import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { dispatch } from '../../../src/main/ipc/dispatch';
import { createServices } from '../../../src/main/services';
import type { Services } from '../../../src/main/services';
import { CHANNELS, contract } from '../../../src/shared/ipc';
import type { Channel } from '../../../src/shared/ipc';

/** Random input against the real services: every answer is a Result, and never INTERNAL (a bug). */
let workDir: string;
let services: Services;

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'nianbao-fuzz-'));
  services = createServices({ dataDir: workDir, transport: 'electron' });
  for (const [organ, year] of [
    ['甲县人民政府', 2023],
    ['甲县人民政府', 2024],
    ['乙县教育局', 2024],
  ] as const) {
    const created = await dispatch(services.handlers, 'reports:create', { organ, year });
    expect(created.ok).toBe(true);
  }
});

afterAll(() => {
  services.close();
  rmSync(workDir, { recursive: true, force: true });
});

function fieldValue(): fc.Arbitrary<unknown> {
  return fc.oneof(fc.jsonValue(), fc.integer({ min: -1, max: 4 }), fc.string(), fc.constant({}));
}

function inputFor(channel: Channel): fc.Arbitrary<unknown> {
  const shape = (contract[channel].input as { shape?: Record<string, unknown> }).shape ?? {};
  const keys = Object.keys(shape);
  const nearlyValid =
    keys.length > 0 ? fc.dictionary(fc.constantFrom(...keys), fieldValue()) : fc.constant({});
  return fc.oneof(nearlyValid, fc.jsonValue(), fc.anything());
}

it('every channel on the real services answers random input with a Result, never INTERNAL', async () => {
  let tried = 0;
  const codes = new Map<string, number>();
  for (const channel of CHANNELS) {
    await fc.assert(
      fc.asyncProperty(inputFor(channel), async (input) => {
        tried += 1;
        const result = await dispatch(services.handlers, channel, input);
        const code = result.ok ? 'ok' : result.error.code;
        codes.set(code, (codes.get(code) ?? 0) + 1);
        expect(code, `${channel} ${JSON.stringify(input)}`).not.toBe('INTERNAL');
      }),
      { numRuns: 150 },
    );
  }
  console.info(
    `real-services fuzz: ${tried} inputs, outcomes ${JSON.stringify(Object.fromEntries(codes))}`,
  );
  expect(tried).toBe(150 * CHANNELS.length);
  expect(codes.get('ok') ?? 0).toBeGreaterThan(0);
});
