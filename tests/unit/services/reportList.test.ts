import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRepositories } from '../../../src/main/db';
import { listAllReports } from '../../../src/main/cli/commands/list';
import { dispatch } from '../../../src/main/ipc/dispatch';
import { REPORT_PAGE_MAX, REPORT_PAGE_SIZE } from '../../../src/shared/ipc';
import { blankReport } from '../../../src/shared/model';
import { servicesInTempDir } from './harness';

let env: ReturnType<typeof servicesInTempDir>;
beforeEach(() => {
  env = servicesInTempDir();
});
afterEach(() => env.cleanup());

/** `count` reports 机关0…, one per second, so the newest (highest number) lists first. */
function seed(count: number, organ = (i: number) => `机关${i}`, year = () => 2021): void {
  const repos = createRepositories(env.services.db);
  const start = Date.parse('2026-01-10T08:00:00.000Z');
  env.services.db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const now = new Date(start + i * 1000).toISOString();
      repos.reports.insert({ content: blankReport({ organ: organ(i), year: year() }), now });
    }
  })();
}

describe('reports:list pages', () => {
  it('returns the first page of REPORT_PAGE_SIZE rows, newest first, with the total', async () => {
    seed(REPORT_PAGE_SIZE + 7);
    const page = await env.h['reports:list']({});
    expect(page.total).toBe(REPORT_PAGE_SIZE + 7);
    expect(page.rows).toHaveLength(REPORT_PAGE_SIZE);
    expect(page.rows[0]!.organ).toBe(`机关${REPORT_PAGE_SIZE + 6}`);
    const second = await env.h['reports:list']({
      offset: REPORT_PAGE_SIZE,
      limit: REPORT_PAGE_SIZE,
    });
    expect(second.total).toBe(REPORT_PAGE_SIZE + 7);
    expect(second.rows.map((r) => r.organ)).toEqual([6, 5, 4, 3, 2, 1, 0].map((i) => `机关${i}`));
    const beyond = await env.h['reports:list']({ offset: 1000 });
    expect(beyond).toEqual({ total: REPORT_PAGE_SIZE + 7, rows: [] });
  });

  it('pages never overlap or skip a report', async () => {
    seed(23);
    const ids: number[] = [];
    for (let offset = 0; offset < 23; offset += 5) {
      ids.push(...(await env.h['reports:list']({ offset, limit: 5 })).rows.map((r) => r.id));
    }
    expect(ids).toHaveLength(23);
    expect(new Set(ids).size).toBe(23);
  });

  it('finds by a piece of the 机关名称, and by a year written with or without 年/年度', async () => {
    seed(3, (i) => ['县教育局', '县财政局', '市教育局'][i]!);
    await env.h['reports:create']({ organ: '县财政局', year: 2023 });
    const organs = async (search: string) =>
      (await env.h['reports:list']({ search })).rows.map((r) => `${r.organ}${r.year}`).sort();
    expect(await organs('教育')).toEqual(['县教育局2021', '市教育局2021']);
    expect(await organs(' 财政 ')).toEqual(['县财政局2021', '县财政局2023']);
    expect(await organs('2023')).toEqual(['县财政局2023']);
    expect(await organs('2023年')).toEqual(['县财政局2023']);
    expect(await organs('2021年度')).toHaveLength(3);
    expect(await organs('公安')).toEqual([]);
    expect((await env.h['reports:list']({ search: '教育' })).total).toBe(2);
  });

  it('treats % and _ in the search as themselves, not as wildcards', async () => {
    seed(2, (i) => ['甲%局', '甲乙局'][i]!);
    const found = async (search: string) =>
      (await env.h['reports:list']({ search })).rows.map((r) => r.organ);
    expect(await found('%')).toEqual(['甲%局']);
    expect(await found('甲_局')).toEqual([]);
    expect(await found('\\')).toEqual([]);
  });

  it('pages and searches the trash the same way, newest deletion first', async () => {
    seed(3);
    const { rows } = await env.h['reports:list']({});
    for (const r of rows) {
      env.time.advance(1000);
      await env.h['reports:delete']({ id: r.id });
    }
    const trash = await env.h['reports:trash']({ limit: 2 });
    expect(trash.total).toBe(3);
    expect(trash.rows.map((r) => r.organ)).toEqual(['机关0', '机关1']);
    expect((await env.h['reports:trash']({ search: '机关2' })).rows).toHaveLength(1);
    expect((await env.h['reports:list']({})).total).toBe(0);
  });
});

describe('reports:list through the contract', () => {
  it('refuses a page larger than REPORT_PAGE_MAX, a negative offset and a long search in Chinese', async () => {
    for (const input of [
      { limit: REPORT_PAGE_MAX + 1 },
      { limit: 0 },
      { offset: -1 },
      { search: '局'.repeat(101) },
    ]) {
      const result = await dispatch(env.h, 'reports:list', input);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('VALIDATION');
        expect(result.error.message).toMatch(/[\u4e00-\u9fff]/);
      }
    }
    const ok = await dispatch(env.h, 'reports:list', { limit: REPORT_PAGE_MAX });
    expect(ok.ok).toBe(true);
  });

  it('reads every report page by page, however many pages there are', async () => {
    seed(REPORT_PAGE_MAX * 2 + 3);
    const calls: number[] = [];
    const all = await listAllReports(async (q) => {
      calls.push(q.offset ?? 0);
      const result = await dispatch(env.h, 'reports:list', q);
      if (!result.ok) throw new Error(result.error.message);
      return result.value as Awaited<ReturnType<(typeof env.h)['reports:list']>>;
    });
    expect(all).toHaveLength(REPORT_PAGE_MAX * 2 + 3);
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
    expect(calls).toEqual([0, REPORT_PAGE_MAX, REPORT_PAGE_MAX * 2]);
  });
});
