import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_REPORT_NOTES, MAX_NOTE_ENTRIES, contract } from '../../../src/shared/ipc';
import { blankReport, toInterchange } from '../../../src/shared/model';
import { call, callError, seedLike2021 } from '../integration/fixtures';
import { servicesInTempDir } from './harness';

let t: ReturnType<typeof servicesInTempDir>;
beforeEach(() => {
  t = servicesInTempDir();
});
afterEach(() => t.cleanup());

const ORGAN = '丁县教育局';

async function newReport(year = 2021): Promise<number> {
  return (await call(t.h, 'reports:create', { organ: ORGAN, year })).id;
}

describe('notes:get and notes:update', () => {
  it('starts empty, replaces only the named fields, and keeps them across a restart', async () => {
    const id = await newReport();
    expect(await call(t.h, 'notes:get', { id })).toEqual(EMPTY_REPORT_NOTES);

    const afterMarks = await call(t.h, 'notes:update', {
      id,
      uncertain: ['t3.new.natural', 't3.new.commercial', 't3.new.natural'],
    });
    expect(afterMarks).toEqual({
      ...EMPTY_REPORT_NOTES,
      uncertain: ['t3.new.natural', 't3.new.commercial'],
    });
    const afterIgnore = await call(t.h, 'notes:update', { id, yearIgnored: ['s1:0:0@3'] });
    expect(afterIgnore).toEqual({ ...afterMarks, yearIgnored: ['s1:0:0@3'] });

    t.reopen();
    expect(await call(t.h, 'notes:get', { id })).toEqual(afterIgnore);
    expect(await call(t.h, 'notes:update', { id, uncertain: [] })).toEqual({
      ...afterIgnore,
      uncertain: [],
    });
  });

  it('keeps each report’s notes apart, also for a report in the trash', async () => {
    const a = await newReport(2021);
    const b = await newReport(2022);
    await call(t.h, 'notes:update', { id: a, uncertain: ['t3.new.natural'] });
    expect(await call(t.h, 'notes:get', { id: b })).toEqual(EMPTY_REPORT_NOTES);
    await call(t.h, 'reports:delete', { id: a });
    expect((await call(t.h, 'notes:get', { id: a })).uncertain).toEqual(['t3.new.natural']);
  });

  it('answers NOT_FOUND in Chinese for a report that does not exist, storing nothing', async () => {
    for (const channel of ['notes:get', 'notes:update'] as const) {
      const error = await callError(t.h, channel, { id: 4242, uncertain: ['t3.new.natural'] });
      expect(error.code).toBe('NOT_FOUND');
      expect(error.message).toContain('找不到编号为 4242 的报告');
    }
    const rows = t.services.db.prepare('SELECT count(*) AS n FROM report_notes').get();
    expect(rows).toEqual({ n: 0 });
  });

  it('refuses oversized or malformed input with a Chinese VALIDATION message', async () => {
    const id = await newReport();
    const cases: [unknown, RegExp][] = [
      [{ id, uncertain: ['t'.repeat(81)] }, /单元格编号不能超过80个字/],
      [{ id, uncertain: [''] }, /单元格编号不能为空/],
      [{ id, uncertain: Array.from({ length: MAX_NOTE_ENTRIES + 1 }, (_, i) => `k${i}`) }, /最多/],
      [{ id, yearIgnored: ['x'.repeat(201)] }, /年份建议编号不能超过200个字/],
      [{ id, uncertain: [3] }, /单元格编号必须是文字/],
      [{ id: '1' }, /报告编号必须是数字/],
      [
        { id, conversion: { from: '2019', to: '2021', unmapped: 'x', notes: [] } },
        /[\u4e00-\u9fff]/,
      ],
    ];
    for (const [input, message] of cases) {
      const error = await callError(t.h, 'notes:update', input);
      expect(error.code, JSON.stringify(input).slice(0, 80)).toBe('VALIDATION');
      expect(error.message).toMatch(message);
      expect(error.message).toMatch(/^输入有误/);
    }
    expect(await call(t.h, 'notes:get', { id })).toEqual(EMPTY_REPORT_NOTES);
  });

  it('the contract accepts what template:create can say (its conversion fits the bounds)', async () => {
    const source = await call(t.h, 'reports:create', { organ: ORGAN, year: 2020 });
    const made = await call(t.h, 'template:create', { sourceId: source.id, year: 2021 });
    const parsed = contract['notes:update'].input.safeParse({
      id: made.record.id,
      conversion: made.conversion,
      t2Hints: made.t2Hints,
    });
    expect(parsed.success).toBe(true);
  });
});

describe('notes written with the report they belong to', () => {
  it('import:accept keeps the interchange’s uncertain cells of the format, in the same step', async () => {
    const report = blankReport({ organ: ORGAN, year: 2021 });
    const interchange = toInterchange(report, {
      uncertain: ['t3.new.natural', 't4.review.corrected', 'no.such.cell', 't3.new.natural'],
      notes: [],
    });
    const record = await call(t.h, 'import:accept', { interchange });
    expect((await call(t.h, 'notes:get', { id: record.id })).uncertain).toEqual([
      't3.new.natural',
      't4.review.corrected',
    ]);

    // Nothing uncertain: no notes row at all.
    const plain = toInterchange(blankReport({ organ: ORGAN, year: 2022 }));
    const other = await call(t.h, 'import:accept', { interchange: plain });
    expect(await call(t.h, 'notes:get', { id: other.id })).toEqual(EMPTY_REPORT_NOTES);
  });

  it('a refused import (duplicate) leaves no notes behind', async () => {
    const existing = await newReport(2021);
    const interchange = toInterchange(blankReport({ organ: ORGAN, year: 2021 }), {
      uncertain: ['t3.new.natural'],
      notes: [],
    });
    expect((await callError(t.h, 'import:accept', { interchange })).code).toBe('DUPLICATE');
    expect(t.services.db.prepare('SELECT count(*) AS n FROM report_notes').get()).toEqual({
      n: 0,
    });
    const replaced = await call(t.h, 'import:accept', {
      interchange,
      replaceExistingId: existing,
    });
    expect((await call(t.h, 'notes:get', { id: replaced.id })).uncertain).toEqual([
      't3.new.natural',
    ]);
  });

  it('template:create stores its conversion list and 表二 hints with the new report', async () => {
    const source = await call(t.h, 'reports:create', { organ: ORGAN, year: 2020 });
    const converted = await call(t.h, 'template:create', { sourceId: source.id, year: 2021 });
    expect(converted.conversion).not.toBeNull();
    expect(await call(t.h, 'notes:get', { id: converted.record.id })).toEqual({
      ...EMPTY_REPORT_NOTES,
      conversion: converted.conversion,
      t2Hints: converted.t2Hints,
    });

    const seed = t.services.reports.put(seedLike2021(ORGAN.replace('丁', '戊'))).record;
    const next = await call(t.h, 'template:create', { sourceId: seed.id, year: 2022 });
    expect(next.t2Hints.length).toBeGreaterThan(0);
    const notes = await call(t.h, 'notes:get', { id: next.record.id });
    expect(notes.t2Hints).toEqual(next.t2Hints);
    expect(notes.conversion).toBeNull();

    // 知道了 on the conversion list: gone, the hints stay.
    const dismissed = await call(t.h, 'notes:update', {
      id: converted.record.id,
      conversion: null,
    });
    expect(dismissed.conversion).toBeNull();
    expect(dismissed.t2Hints).toEqual(converted.t2Hints);
  });
});
