import { afterEach, expect, it } from 'vitest';
import { dispatch } from '../../../src/main/ipc/dispatch';
import { contract } from '../../../src/shared/ipc';
import { reliabilityEnv, withCells } from './helpers';

let env: ReturnType<typeof reliabilityEnv>;
afterEach(() => env.cleanup());

/** Two windows (or a window and the CLI) editing one report: the later writer never overwrites. */
it('two tabs open the same report and both save: the second is told STALE and nothing is overwritten', async () => {
  env = reliabilityEnv();
  const created = await env.h['reports:create']({ organ: '甲县人民政府', year: 2024 });
  const open = async () =>
    contract['reports:open'].output.parse(
      ((await dispatch(env.h, 'reports:open', { id: created.id })) as { value: unknown }).value,
    );
  const tabA = await open();
  const tabB = await open();
  expect(tabA.revision).toBe(tabB.revision);

  const saveA = await dispatch(env.h, 'reports:save', {
    id: created.id,
    baseRevision: tabA.revision,
    content: withCells(tabA.content, { 't2.licensing': 11 }),
  });
  expect(saveA.ok).toBe(true);

  const saveB = await dispatch(env.h, 'reports:save', {
    id: created.id,
    baseRevision: tabB.revision,
    content: withCells(tabB.content, { 't2.licensing': 22, 't2.penalty': 5 }),
  });
  expect(saveB.ok).toBe(false);
  if (saveB.ok) return;
  expect(saveB.error.code).toBe('STALE');
  expect(saveB.error.details).toEqual({ revision: tabA.revision + 1 });
  expect(saveB.error.message).toContain('另一个窗口');

  const stored = await open();
  expect(stored.revision).toBe(tabA.revision + 1);
  expect(stored.content.cells['t2.licensing']).toBe(11);
  expect(stored.content.cells['t2.penalty']).toBeNull();

  // Tab B reopens, gets tab A's text, and its next save goes through on the new revision.
  const retry = await dispatch(env.h, 'reports:save', {
    id: created.id,
    baseRevision: stored.revision,
    content: withCells(stored.content, { 't2.penalty': 5 }),
  });
  expect(retry.ok).toBe(true);
  const final = await open();
  expect([final.content.cells['t2.licensing'], final.content.cells['t2.penalty']]).toEqual([11, 5]);
});
