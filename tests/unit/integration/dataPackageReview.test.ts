import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cellSpec, specFor } from '../../../src/shared/format';
import { servicesInTempDir } from '../services/harness';
import { call, seedLike2021 } from './fixtures';

/**
 * The importer's cells still to check (notes `uncertain`) travel with a data package as the
 * entry's `review.uncertain`, so a report still to check never arrives looking checked.
 */

type PackageJson = { schema: string; reports: Record<string, unknown>[] };

let t: ReturnType<typeof servicesInTempDir>;
let other: ReturnType<typeof servicesInTempDir>;
beforeEach(() => {
  t = servicesInTempDir();
  other = servicesInTempDir();
});
afterEach(() => {
  t.cleanup();
  other.cleanup();
});

/** Two real cells of the 2021 format, taken from the format itself (not typed here). */
function twoCells(): [string, string] {
  const cells = specFor('2021').cells;
  return [cells[3]!.key, cells[cells.length - 2]!.key];
}

function entryOf(pkg: PackageJson, organ: string): Record<string, unknown> {
  const entry = pkg.reports.find((r) => r.organ === organ);
  if (!entry) throw new Error(`no entry for ${organ}`);
  return entry;
}

async function idOf(h: typeof t.h, organ: string): Promise<number> {
  const row = (await call(h, 'reports:list', {})).rows.find((r) => r.organ === organ);
  if (!row) throw new Error(`no report of ${organ}`);
  return row.id;
}

describe('review marks in data packages', () => {
  it('a report with marks keeps them through export and import into another data folder; one without has no review', async () => {
    const [k1, k2] = twoCells();
    const marked = t.services.reports.put(seedLike2021('甲县财政局')).record.id;
    t.services.reports.put(seedLike2021('乙县教育局'));
    await call(t.h, 'notes:update', { id: marked, uncertain: [k1, k2] });

    const { json } = await call(t.h, 'data:exportPackage', {});
    const pkg = JSON.parse(json) as PackageJson;
    expect(entryOf(pkg, '甲县财政局').review).toEqual({ uncertain: [k1, k2], notes: [] });
    expect('review' in entryOf(pkg, '乙县教育局')).toBe(false);

    const result = await call(other.h, 'data:importPackage', { json, replace: [] });
    expect(result).toMatchObject({ added: 2, replaced: 0, skipped: 0 });
    const markedThere = await idOf(other.h, '甲县财政局');
    const plainThere = await idOf(other.h, '乙县教育局');
    expect((await call(other.h, 'notes:get', { id: markedThere })).uncertain).toEqual([k1, k2]);
    expect((await call(other.h, 'notes:get', { id: plainThere })).uncertain).toEqual([]);

    // Exported again from the second folder, the marks are still there (a chain of PCs).
    const again = JSON.parse(
      (await call(other.h, 'data:exportPackage', { ids: [markedThere] })).json,
    ) as PackageJson;
    expect(entryOf(again, '甲县财政局').review).toEqual({ uncertain: [k1, k2], notes: [] });
  });

  it('a report whose marks were all checked exports without review', async () => {
    const [k1] = twoCells();
    const id = t.services.reports.put(seedLike2021('甲县财政局')).record.id;
    await call(t.h, 'notes:update', { id, uncertain: [k1] });
    await call(t.h, 'notes:update', { id, uncertain: [] });
    const pkg = JSON.parse((await call(t.h, 'data:exportPackage', {})).json) as PackageJson;
    expect('review' in entryOf(pkg, '甲县财政局')).toBe(false);
  });

  it('ignores keys in a review that are not cells of the report’s format, and repeats', async () => {
    const [k1, k2] = twoCells();
    t.services.reports.put(seedLike2021('甲县财政局'));
    const pkg = JSON.parse((await call(t.h, 'data:exportPackage', {})).json) as PackageJson;
    // A cell of the 2019 format only: real somewhere, but not in this 2021 report.
    const only2019 = specFor('2019').cells.find((c) => !cellSpec('2021', c.key));
    expect(only2019).toBeDefined();
    pkg.reports[0]!.review = {
      uncertain: ['t9.nothing.here', k2, only2019!.key, '', k1, k2],
      notes: ['来自另一台电脑的说明'],
    };
    const json = JSON.stringify(pkg);

    const result = await call(other.h, 'data:importPackage', { json, replace: [] });
    expect(result).toMatchObject({ added: 1, skipped: 0 });
    const id = await idOf(other.h, '甲县财政局');
    expect((await call(other.h, 'notes:get', { id })).uncertain).toEqual([k2, k1]);
  });

  it('a replaced report takes the marks of the package entry (and only those)', async () => {
    const [k1, k2] = twoCells();
    const source = t.services.reports.put(seedLike2021('甲县财政局')).record.id;
    await call(t.h, 'notes:update', { id: source, uncertain: [k1] });
    const { json } = await call(t.h, 'data:exportPackage', {});

    // The receiving PC has the same report with other marks; the package replaces it.
    const old = other.services.reports.put(seedLike2021('甲县财政局')).record.id;
    await call(other.h, 'notes:update', { id: old, uncertain: [k2] });
    const plan = await call(other.h, 'data:planImport', { json });
    expect(plan.entries[0]).toMatchObject({ action: 'exists', existingId: old });
    const result = await call(other.h, 'data:importPackage', { json, replace: [0] });
    expect(result).toMatchObject({ added: 0, replaced: 1 });
    const fresh = result.ids[0]!;
    expect(fresh).not.toBe(old);
    expect((await call(other.h, 'notes:get', { id: fresh })).uncertain).toEqual([k1]);
    // The replaced report keeps its own marks in the trash, for when it is restored.
    expect((await call(other.h, 'notes:get', { id: old })).uncertain).toEqual([k2]);
  });

  it('a replaced report whose entry has no review arrives without marks', async () => {
    const [k1] = twoCells();
    t.services.reports.put(seedLike2021('甲县财政局'));
    const { json } = await call(t.h, 'data:exportPackage', {});
    const old = other.services.reports.put(seedLike2021('甲县财政局')).record.id;
    await call(other.h, 'notes:update', { id: old, uncertain: [k1] });
    const result = await call(other.h, 'data:importPackage', { json, replace: [0] });
    expect((await call(other.h, 'notes:get', { id: result.ids[0]! })).uncertain).toEqual([]);
  });

  it('an old package without review (hand-written, no exportedAt) imports as before', async () => {
    const report = seedLike2021('甲县财政局');
    t.services.reports.put(report);
    const exported = JSON.parse((await call(t.h, 'data:exportPackage', {})).json) as PackageJson;
    const entry = { ...exported.reports[0]! };
    delete entry.review;
    const json = JSON.stringify({ schema: exported.schema, reports: [entry] });

    const plan = await call(other.h, 'data:planImport', { json });
    expect(plan.entries).toEqual([
      { index: 0, organ: '甲县财政局', year: 2021, action: 'add', problems: [] },
    ]);
    const result = await call(other.h, 'data:importPackage', { json, replace: [] });
    expect(result).toMatchObject({ added: 1, replaced: 0, skipped: 0 });
    const opened = await call(other.h, 'reports:open', { id: result.ids[0]! });
    expect(opened.content.cells).toEqual(report.cells);
    expect((await call(other.h, 'notes:get', { id: result.ids[0]! })).uncertain).toEqual([]);
  });
});
