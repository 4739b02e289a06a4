import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { T3_APPLICANT_COLUMNS } from '../../../src/shared/format';
import { SAMPLES_DIR, samplePath } from '../../helpers/samples';
import { servicesInTempDir } from '../services/harness';
import { call, callError, seedLike2021 } from './fixtures';

let t: ReturnType<typeof servicesInTempDir>;
beforeEach(() => {
  t = servicesInTempDir();
});
afterEach(() => t.cleanup());

/** The 2021 report stored as the clerk would have it (totals computed). */
async function store2021(): Promise<number> {
  return t.services.reports.put(seedLike2021()).record.id;
}

describe('template:create', () => {
  it('makes and saves the 2022 report: 上年结转 = last year’s 结转下年度, numbers reset, year mentions offered', async () => {
    const sourceId = await store2021();
    const source = seedLike2021();
    const made = await call(t.h, 'template:create', { sourceId, year: 2022 });
    const next = made.record.content;
    expect(made.record.id).not.toBe(sourceId);
    expect(next.year).toBe(2022);
    expect(next.title).toBe(`${source.organ}2022年政府信息公开工作年度报告`);
    for (const col of T3_APPLICANT_COLUMNS) {
      expect(next.cells[`t3.carried_over.${col}`]).toBe(source.cells[`t3.carried_forward.${col}`]);
    }
    expect(next.cells['t3.carried_over.natural']).toBe(1);
    expect(next.cells['t3.new.natural']).toBe(0);
    expect(next.cells['t3.granted.natural']).toBe(0);
    // Texts copied; the year mentions are offered, not replaced.
    expect(next.s1).toEqual(source.s1);
    const befores = made.suggestions.map((s) => s.before);
    expect(befores.filter((b) => b.startsWith('2021年')).length).toBeGreaterThanOrEqual(3);
    expect(
      made.suggestions.every((s) => s.after.includes('2022') || s.after.includes('2023')),
    ).toBe(true);
    expect(made.conversion).toBeNull();
    expect(made.t2Hints.map((h) => h.text)).toContain('上年现行有效件数：0');
    const stored = await call(t.h, 'reports:open', { id: made.record.id });
    expect(stored.content).toEqual(next);
  });

  it('refuses a second 2022 report of the same organ with DUPLICATE naming it, and a year not later', async () => {
    const sourceId = await store2021();
    const made = await call(t.h, 'template:create', { sourceId, year: 2022 });
    const again = await callError(t.h, 'template:create', { sourceId, year: 2022 });
    expect(again.code).toBe('DUPLICATE');
    expect(again.details).toEqual({ existingId: made.record.id });
    const earlier = await callError(t.h, 'template:create', { sourceId, year: 2021 });
    expect(earlier.code).toBe('VALIDATION');
    expect(earlier.message).toContain('2022');
    expect((await call(t.h, 'reports:list', {})).rows.length).toBe(2);
  });
});

describe('template:suggestions and template:applySuggestions', () => {
  it('recomputes the suggestions from the stored text and applies only the accepted ones', async () => {
    const sourceId = await store2021();
    const made = await call(t.h, 'template:create', { sourceId, year: 2022 });
    const id = made.record.id;
    const listed = await call(t.h, 'template:suggestions', { id });
    expect(listed).toEqual(made.suggestions);

    const inS1 = listed.filter((s) => s.location.section === 's1');
    expect(inS1.length).toBeGreaterThan(0);
    const result = await call(t.h, 'template:applySuggestions', {
      id,
      baseRevision: made.record.revision,
      acceptedIds: inS1.map((s) => s.id),
    });
    expect(result.applied).toBe(inS1.length);
    expect(result.revision).toBe(made.record.revision + 1);
    const after = await call(t.h, 'reports:open', { id });
    expect(after.content.s1[0]!.paragraphs[0]).toMatch(/^2022年，我局通过/);
    // Not accepted: the preamble still names 2021.
    expect(after.content.preamble[0]).toContain('2021年1月1日');
    const left = await call(t.h, 'template:suggestions', { id });
    expect(left.map((s) => s.id).sort()).toEqual(
      listed
        .filter((s) => s.location.section !== 's1')
        .map((s) => s.id)
        .sort(),
    );
  });

  it('refuses a stale base revision (nothing applied)', async () => {
    const sourceId = await store2021();
    const made = await call(t.h, 'template:create', { sourceId, year: 2022 });
    const stale = await callError(t.h, 'template:applySuggestions', {
      id: made.record.id,
      baseRevision: made.record.revision + 5,
      acceptedIds: made.suggestions.map((s) => s.id),
    });
    expect(stale.code).toBe('STALE');
    const after = await call(t.h, 'reports:open', { id: made.record.id });
    expect(after.content.s1).toEqual(made.record.content.s1);
  });

  it('offers nothing for a report without last year’s report in the app', async () => {
    const id = await store2021();
    expect(await call(t.h, 'template:suggestions', { id })).toEqual([]);
  });
});

describe('compare:previous', () => {
  it('sets this year beside last year: tables, text diff and reuse per section', async () => {
    const sourceId = await store2021();
    const made = await call(t.h, 'template:create', { sourceId, year: 2022 });
    const cmp = await call(t.h, 'compare:previous', { id: made.record.id });
    expect(cmp.previous).toMatchObject({ id: sourceId, year: 2021 });
    const newNatural = cmp.tables.find((r) => r.key === 't3.new.natural')!;
    expect(newNatural).toMatchObject({ previous: 5, current: 0, change: -5, match: 'same' });
    // Copied text: every paragraph unchanged, every counted sentence reused.
    expect(cmp.texts.s1.every((d) => d.status === 'unchanged')).toBe(true);
    expect(cmp.reuse?.s1.ratio).toBe(1);
    expect(cmp.reuse?.s1.marks.length).toBeGreaterThan(0);
  });

  it('is empty for a report with no previous year', async () => {
    const id = await store2021();
    expect(await call(t.h, 'compare:previous', { id })).toEqual({
      previous: null,
      tables: [],
      texts: { s1: [], s5: [], s6: [] },
      reuse: null,
    });
  });
});

describe('template:create across formats', () => {
  it('converts a 2020 report (2019 format) into the 2021 format with the unmapped cells listed', async () => {
    const source = await call(t.h, 'reports:create', { organ: '丙县民政局', year: 2020 });
    expect(source.format).toBe('2019');
    const made = await call(t.h, 'template:create', { sourceId: source.id, year: 2021 });
    expect(made.record.format).toBe('2021');
    expect(made.conversion).toMatchObject({ from: '2019', to: '2021' });
    expect(made.conversion!.unmapped.length).toBeGreaterThan(0);
  });
});

describe.skipIf(!SAMPLES_DIR)('template:create from the real seed report', () => {
  it('imports the 2021 seed, makes its 2022 report and offers its 2021年 mentions', async () => {
    const text = readFileSync(samplePath('000_dcd80c00dea1f0d9.txt'), 'utf8');
    const parsed = await call(t.h, 'import:parse', { text });
    const seed = await call(t.h, 'import:accept', { interchange: parsed.interchange });
    const made = await call(t.h, 'template:create', { sourceId: seed.id, year: 2022 });
    expect(made.record.content.year).toBe(2022);
    for (const col of T3_APPLICANT_COLUMNS) {
      expect(made.record.content.cells[`t3.carried_over.${col}`]).toBe(
        seed.content.cells[`t3.carried_forward.${col}`],
      );
    }
    expect(
      made.suggestions.some((s) => s.before.startsWith('2021年') && s.after.startsWith('2022年')),
    ).toBe(true);
    expect(await call(t.h, 'template:suggestions', { id: made.record.id })).toEqual(
      made.suggestions,
    );
  });
});
