import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { servicesInTempDir } from '../services/harness';
import { call, callError, seedLike2021 } from './fixtures';

let t: ReturnType<typeof servicesInTempDir>;
beforeEach(() => {
  t = servicesInTempDir();
});
afterEach(() => t.cleanup());

function storeTwo(): [number, number] {
  const a = t.services.reports.put(seedLike2021('甲县财政局')).record.id;
  const b = t.services.reports.put(seedLike2021('乙县教育局')).record.id;
  return [a, b];
}

describe('data packages', () => {
  it('exports every report, plans “exists” against the same database and replaces only the confirmed index', async () => {
    const [a, b] = storeTwo();
    const pkg = await call(t.h, 'data:exportPackage', {});
    expect(pkg.count).toBe(2);
    expect(pkg.fileName).toMatch(/^年报数据包-\d{4}-\d{2}-\d{2}\.json$/);
    const parsed = JSON.parse(pkg.json) as { schema: string; reports: { organ: string }[] };
    expect(parsed.schema).toBe('nianbao/package@1');
    expect(parsed.reports.map((r) => r.organ).sort()).toEqual(['乙县教育局', '甲县财政局']);

    const plan = await call(t.h, 'data:planImport', { json: pkg.json });
    expect(plan.entries.map((e) => e.action)).toEqual(['exists', 'exists']);
    expect(plan.entries.map((e) => e.existingId).sort()).toEqual([a, b].sort());

    const target = plan.entries.find((e) => e.organ === '甲县财政局')!;
    const result = await call(t.h, 'data:importPackage', {
      json: pkg.json,
      replace: [target.index],
    });
    expect(result).toMatchObject({ added: 0, replaced: 1, skipped: 1 });
    const active = (await call(t.h, 'reports:list', {})).rows;
    expect(active.map((r) => r.id).sort()).toEqual([b, result.ids[0]].sort());
    expect((await call(t.h, 'reports:trash', {})).rows.map((r) => r.id)).toEqual([a]);
    const replaced = await call(t.h, 'reports:open', { id: result.ids[0]! });
    expect(replaced.content.cells).toEqual(seedLike2021('甲县财政局').cells);
  });

  it('never overwrites without the index: an empty replace list skips existing reports', async () => {
    storeTwo();
    const { json } = await call(t.h, 'data:exportPackage', {});
    const before = (await call(t.h, 'reports:list', {})).rows;
    const result = await call(t.h, 'data:importPackage', { json, replace: [] });
    expect(result).toMatchObject({ added: 0, replaced: 0, skipped: 2 });
    expect((await call(t.h, 'reports:list', {})).rows).toEqual(before);
    expect((await call(t.h, 'reports:trash', {})).rows).toEqual([]);
  });

  it('adds the reports of a package in a fresh database, and exports only the ids asked for', async () => {
    const [a] = storeTwo();
    const { json, count } = await call(t.h, 'data:exportPackage', { ids: [a] });
    expect(count).toBe(1);
    const other = servicesInTempDir();
    try {
      const plan = await call(other.h, 'data:planImport', { json });
      expect(plan.entries).toEqual([
        { index: 0, organ: '甲县财政局', year: 2021, action: 'add', problems: [] },
      ]);
      const result = await call(other.h, 'data:importPackage', { json, replace: [] });
      expect(result).toMatchObject({ added: 1, replaced: 0, skipped: 0 });
      const list = (await call(other.h, 'reports:list', {})).rows;
      expect(list.map((r) => r.organ)).toEqual(['甲县财政局']);
    } finally {
      other.cleanup();
    }
  });

  it('marks broken entries invalid with Chinese problems and still names their organ and year', async () => {
    storeTwo();
    const pkg = JSON.parse((await call(t.h, 'data:exportPackage', {})).json) as {
      reports: Record<string, unknown>[];
    };
    const broken = { ...pkg.reports[0]!, organ: '丙县民政局', t3: {} };
    const json = JSON.stringify({ ...pkg, reports: [broken] });
    const plan = await call(t.h, 'data:planImport', { json });
    expect(plan.entries[0]).toMatchObject({ organ: '丙县民政局', year: 2021, action: 'invalid' });
    expect(plan.entries[0]!.problems.join('')).toContain('t3.new.natural');
    const result = await call(t.h, 'data:importPackage', { json, replace: [0] });
    expect(result).toMatchObject({ added: 0, replaced: 0, skipped: 1 });
  });

  it('refuses text that is not JSON or not a package, in Chinese', async () => {
    const notJson = await callError(t.h, 'data:planImport', { json: '{ 这不是 JSON' });
    expect(notJson.code).toBe('VALIDATION');
    expect(notJson.message).toContain('JSON');
    const notPackage = await callError(t.h, 'data:planImport', { json: '{"a":1}' });
    expect(notPackage.code).toBe('VALIDATION');
    expect(notPackage.message).toContain('数据包');
  });

  it('refuses an export with nothing to export', async () => {
    expect((await callError(t.h, 'data:exportPackage', {})).code).toBe('VALIDATION');
  });
});
