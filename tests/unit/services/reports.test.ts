import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { canFinalize, runChecks } from '../../../src/shared/checks';
import { AppError } from '../../../src/shared/ipc';
import { specFor } from '../../../src/shared/format';
import type { ReportContent } from '../../../src/shared/model';
import { PERIODIC_SNAPSHOT_MS } from '../../../src/main/services';
import { servicesInTempDir, thrown } from './harness';

let env: ReturnType<typeof servicesInTempDir>;
beforeEach(() => {
  env = servicesInTempDir();
});
afterEach(() => env.cleanup());

const ORGAN = '宁陵县工业信息化和科技局';

function withCells(content: ReportContent, values: Record<string, number | string | null>) {
  return { ...content, cells: { ...content.cells, ...values } };
}

/** Every cell 0 (fee "0"), text sections filled, warnings acknowledged: a report 定稿 accepts. */
function finalisable(content: ReportContent): ReportContent {
  const cells = Object.fromEntries(
    specFor(content.format).cells.map((c) => [c.key, c.kind === 'decimal' ? '0' : 0]),
  );
  const filled: ReportContent = { ...content, cells };
  const issues = runChecks(filled, { final: true, previous: null });
  expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
  const acknowledgements = issues
    .filter((i) => i.severity === 'warning')
    .map((i) => ({ issueId: i.id, fingerprint: i.fingerprint, note: '已核实', at: '2026-01-10' }));
  const result = { ...filled, acknowledgements };
  expect(canFinalize(result, runChecks(result, { final: true })).ok).toBe(true);
  return result;
}

describe('reports:create', () => {
  it('creates a blank draft at revision 0 with the organ trimmed and the format from the year', async () => {
    const r = await env.h['reports:create']({ organ: `  ${ORGAN} `, year: 2021 });
    expect(r).toMatchObject({
      organ: ORGAN,
      year: 2021,
      format: '2021',
      status: 'draft',
      revision: 0,
    });
    expect(r.content.organ).toBe(ORGAN);
    expect(r.content.title).toBe(`${ORGAN}2021年政府信息公开工作年度报告`);
    expect(r.deletedAt).toBeNull();
    const old = await env.h['reports:create']({ organ: ORGAN, year: 2020 });
    expect(old.format).toBe('2019');
    expect(old.content.cells).toHaveProperty('t2.procurement.amount', null);
  });

  it('refuses a second report for the same body and year, naming the existing one', async () => {
    const first = await env.h['reports:create']({ organ: ORGAN, year: 2021 });
    const error = await thrown(() => env.h['reports:create']({ organ: ` ${ORGAN}`, year: 2021 }));
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe('DUPLICATE');
    expect(error.details).toEqual({ existingId: first.id });
    expect(error.message).toContain(`“${ORGAN}2021年”`);
    expect((await env.h['reports:create']({ organ: ORGAN, year: 2022 })).year).toBe(2022);
  });

  it('passes the organ kind into the content', async () => {
    const r = await env.h['reports:create']({
      organ: '某县人民政府',
      year: 2025,
      organKind: 'county_government',
    });
    expect(r.content.options.organKind).toBe('county_government');
  });
});

describe('reports:list, open and organs', () => {
  it('lists live reports newest edit first and opens them by id', async () => {
    const a = await env.h['reports:create']({ organ: '甲局', year: 2021 });
    const b = await env.h['reports:create']({ organ: '乙局', year: 2021 });
    expect((await env.h['reports:list']({})).rows.map((r) => r.id)).toEqual([b.id, a.id]);
    env.time.advance(1000);
    await env.h['reports:save']({ id: a.id, baseRevision: 0, content: a.content });
    expect((await env.h['reports:list']({})).rows.map((r) => r.id)).toEqual([a.id, b.id]);
    const opened = await env.h['reports:open']({ id: a.id });
    expect(opened.revision).toBe(1);
    expect(opened.content).toEqual(a.content);
    expect(await env.h['reports:organs']({})).toEqual(['甲局', '乙局']);
  });

  it('answers NOT_FOUND for an unknown id', async () => {
    expect((await thrown(() => env.h['reports:open']({ id: 999 }))).code).toBe('NOT_FOUND');
  });

  it('reports a row whose stored JSON is damaged instead of crashing', async () => {
    const good = await env.h['reports:create']({ organ: '甲局', year: 2021 });
    const bad = await env.h['reports:create']({ organ: '乙局', year: 2021 });
    env.services.db
      .prepare(`UPDATE report_contents SET content = '{"contentVersion":1}' WHERE report_id = ?`)
      .run(bad.id);
    const error = await thrown(() => env.h['reports:open']({ id: bad.id }));
    expect(error.code).toBe('STORAGE');
    expect(env.damaged.map((d) => d.id)).toEqual([bad.id]);
    expect((await env.h['reports:list']({})).rows.map((r) => r.id)).toContain(bad.id);
    expect((await env.h['reports:open']({ id: good.id })).id).toBe(good.id);
  });
});

describe('reports:save', () => {
  it('increments the revision, computes totals and keeps the content across a restart', async () => {
    const r = await env.h['reports:create']({ organ: ORGAN, year: 2021 });
    const content = withCells(r.content, { 't3.new.natural': 3, 't3.new.commercial': 2 });
    const saved = await env.h['reports:save']({ id: r.id, baseRevision: 0, content });
    expect(saved.revision).toBe(1);
    const again = await env.h['reports:save']({ id: r.id, baseRevision: 1, content });
    expect(again.revision).toBe(2);
    env.reopen();
    const opened = await env.h['reports:open']({ id: r.id });
    expect(opened.revision).toBe(2);
    expect(opened.content.cells['t3.new.natural']).toBe(3);
    // Other applicant columns are blank, so the row total stays blank until they are filled.
    expect(opened.content.cells['t3.new.total']).toBeNull();
    const full = withCells(opened.content, {
      't3.new.research': 0,
      't3.new.nonprofit': 0,
      't3.new.legal': 0,
      't3.new.other': 1,
    });
    await env.h['reports:save']({ id: r.id, baseRevision: 2, content: full });
    expect((await env.h['reports:open']({ id: r.id })).content.cells['t3.new.total']).toBe(6);
  });

  it('refuses a stale base revision with the current revision and leaves the stored text alone', async () => {
    const r = await env.h['reports:create']({ organ: ORGAN, year: 2021 });
    await env.h['reports:save']({
      id: r.id,
      baseRevision: 0,
      content: withCells(r.content, { 't2.licensing': 7 }),
    });
    const error = await thrown(() =>
      env.h['reports:save']({
        id: r.id,
        baseRevision: 0,
        content: withCells(r.content, { 't2.licensing': 9 }),
      }),
    );
    expect(error.code).toBe('STALE');
    expect(error.details).toEqual({ revision: 1 });
    expect(error.message).toContain('复制');
    expect((await env.h['reports:open']({ id: r.id })).content.cells['t2.licensing']).toBe(7);
  });

  it('refuses renaming a report onto another live report of the same body and year', async () => {
    const a = await env.h['reports:create']({ organ: '甲局', year: 2021 });
    const b = await env.h['reports:create']({ organ: '乙局', year: 2021 });
    const error = await thrown(() =>
      env.h['reports:save']({
        id: b.id,
        baseRevision: 0,
        content: { ...b.content, organ: '甲局' },
      }),
    );
    expect(error.code).toBe('DUPLICATE');
    expect(error.details).toEqual({ existingId: a.id });
    const renamed = await env.h['reports:save']({
      id: b.id,
      baseRevision: 0,
      content: { ...b.content, organ: '丙局' },
    });
    expect(renamed.revision).toBe(1);
    const opened = await env.h['reports:open']({ id: b.id });
    expect(opened.organ).toBe('丙局');
    expect(opened.content.title).toBe('丙局2021年政府信息公开工作年度报告');
  });

  it('takes a periodic snapshot at most every ten minutes of editing', async () => {
    const r = await env.h['reports:create']({ organ: ORGAN, year: 2021 });
    let base = 0;
    const save = async () => {
      base = (await env.h['reports:save']({ id: r.id, baseRevision: base, content: r.content }))
        .revision;
    };
    await save();
    env.time.advance(60_000);
    await save();
    await save();
    const periodic = async () =>
      (await env.h['reports:revisions']({ id: r.id })).filter((v) => v.reason === 'periodic');
    expect((await periodic()).map((v) => v.revision)).toEqual([1]);
    env.time.advance(PERIODIC_SNAPSHOT_MS);
    await save();
    expect((await periodic()).map((v) => v.revision)).toEqual([4, 1]);
  });
});

describe('reports:position', () => {
  it('stores the step and cell without bumping the revision', async () => {
    const r = await env.h['reports:create']({ organ: ORGAN, year: 2021 });
    expect(r.position).toBeNull();
    await env.h['reports:position']({ id: r.id, position: { step: 't3', cell: 't3.new.natural' } });
    const opened = await env.h['reports:open']({ id: r.id });
    expect(opened.position).toEqual({ step: 't3', cell: 't3.new.natural' });
    expect(opened.revision).toBe(0);
    expect(opened.updatedAt).toBe(r.updatedAt);
  });
});

describe('delete, trash and restore', () => {
  it('moves a report to the trash and back', async () => {
    const r = await env.h['reports:create']({ organ: ORGAN, year: 2021 });
    await env.h['reports:delete']({ id: r.id });
    expect((await env.h['reports:list']({})).rows).toEqual([]);
    const trash = (await env.h['reports:trash']({})).rows;
    expect(trash.map((t) => t.id)).toEqual([r.id]);
    expect(trash[0]!.deletedAt).not.toBeNull();
    expect(
      (await thrown(() => env.h['reports:save']({ id: r.id, baseRevision: 0, content: r.content })))
        .code,
    ).toBe('NOT_FOUND');
    await env.h['reports:restore']({ id: r.id });
    expect((await env.h['reports:list']({})).rows.map((t) => t.id)).toEqual([r.id]);
    expect((await env.h['reports:trash']({})).rows).toEqual([]);
  });

  it('lets a new report take the place of a trashed one, and then refuses restoring the old one', async () => {
    const old = await env.h['reports:create']({ organ: ORGAN, year: 2021 });
    await env.h['reports:delete']({ id: old.id });
    const fresh = await env.h['reports:create']({ organ: ORGAN, year: 2021 });
    const error = await thrown(() => env.h['reports:restore']({ id: old.id }));
    expect(error.code).toBe('DUPLICATE');
    expect(error.details).toEqual({ existingId: fresh.id });
    expect((await env.h['reports:trash']({})).rows.map((t) => t.id)).toEqual([old.id]);
  });
});

describe('finalize and unfinalize', () => {
  it('refuses 定稿 while checks block it, listing the counts', async () => {
    const r = await env.h['reports:create']({ organ: ORGAN, year: 2021 });
    const error = await thrown(() => env.h['reports:finalize']({ id: r.id, baseRevision: 0 }));
    expect(error.code).toBe('VALIDATION');
    const blocking = error.details?.blocking as { severity: string }[];
    const errors = blocking.filter((i) => i.severity === 'error').length;
    expect(errors).toBeGreaterThan(0);
    expect(error.message).toContain(`${errors} 个错误`);
    expect((await env.h['reports:open']({ id: r.id })).status).toBe('draft');
  });

  it('finalizes a clean report, then refuses edits until 定稿 is undone with a logged reason', async () => {
    const r = await env.h['reports:create']({ organ: ORGAN, year: 2021 });
    const content = finalisable(r.content);
    const { revision } = await env.h['reports:save']({ id: r.id, baseRevision: 0, content });
    expect(
      (await thrown(() => env.h['reports:finalize']({ id: r.id, baseRevision: 0 }))).code,
    ).toBe('STALE');

    const final = await env.h['reports:finalize']({ id: r.id, baseRevision: revision });
    expect(final.status).toBe('final');
    const saveError = await thrown(() =>
      env.h['reports:save']({ id: r.id, baseRevision: final.revision, content }),
    );
    expect(saveError.code).toBe('FINAL');

    const reason = '发现表三数字录入有误';
    const draft = await env.h['reports:unfinalize']({ id: r.id, reason });
    expect(draft.status).toBe('draft');
    expect(env.services.reports.audit(r.id).map((a) => [a.action, a.reason])).toEqual([
      ['finalize', null],
      ['unfinalize', reason],
    ]);
    const reasons = (await env.h['reports:revisions']({ id: r.id })).map((v) => v.reason);
    expect(reasons.slice(0, 2)).toEqual(['unfinalize', 'final']);
    const saved = await env.h['reports:save']({ id: r.id, baseRevision: draft.revision, content });
    expect(saved.revision).toBe(draft.revision + 1);
    expect((await thrown(() => env.h['reports:unfinalize']({ id: r.id, reason }))).code).toBe(
      'VALIDATION',
    );
  });

  it('uses last year’s report for the finalize checks', async () => {
    let seen: ReportContent | null | undefined;
    const custom = servicesInTempDir({
      checks: {
        runChecks: (_report, ctx) => {
          seen = ctx.previous;
          return [];
        },
        canFinalize: () => ({ ok: true, blocking: [] }),
      },
    });
    try {
      const prev = await custom.h['reports:create']({ organ: ORGAN, year: 2020 });
      const r = await custom.h['reports:create']({ organ: ORGAN, year: 2021 });
      await custom.h['reports:finalize']({ id: r.id, baseRevision: 0 });
      expect(seen).toEqual(prev.content);
    } finally {
      custom.cleanup();
    }
  });
});

describe('reports:previous', () => {
  it('returns the same body’s report of the year before, unless it is in the trash', async () => {
    const prev = await env.h['reports:create']({ organ: ORGAN, year: 2020 });
    await env.h['reports:create']({ organ: '别的局', year: 2020 });
    const r = await env.h['reports:create']({ organ: ORGAN, year: 2021 });
    expect(await env.h['reports:previous']({ id: r.id })).toEqual(prev.content);
    expect(await env.h['reports:previous']({ id: prev.id })).toBeNull();
    await env.h['reports:delete']({ id: prev.id });
    expect(await env.h['reports:previous']({ id: r.id })).toBeNull();
  });
});

describe('put (CLI save, data packages) and snapshots', () => {
  it('inserts, refuses an existing (body, year) and replaces it on request after snapshotting', async () => {
    const r = await env.h['reports:create']({ organ: ORGAN, year: 2021 });
    const incoming = withCells(r.content, { 't2.penalty': 12 });
    expect((await thrown(() => env.services.reports.put(incoming))).code).toBe('DUPLICATE');
    const { record, replaced } = env.services.reports.put(incoming, { replace: true });
    expect(replaced).toBe(true);
    expect(record.id).toBe(r.id);
    expect(record.revision).toBe(1);
    expect(record.content.cells['t2.penalty']).toBe(12);
    const [snap] = await env.h['reports:revisions']({ id: r.id });
    expect(snap).toMatchObject({ reason: 'replaced', revision: 0 });
    expect(env.services.reports.revisionContent(snap!.id)?.cells['t2.penalty']).toBeNull();
    const other = env.services.reports.put({ ...incoming, organ: '乙局' });
    expect(other.replaced).toBe(false);
    expect(other.record.id).not.toBe(r.id);
  });

  it('takes an export snapshot of the current content', async () => {
    const r = await env.h['reports:create']({ organ: ORGAN, year: 2021 });
    const snap = env.services.reports.snapshot(r.id, 'export');
    expect(snap).toMatchObject({ reportId: r.id, revision: 0, reason: 'export' });
    expect(env.services.reports.revisionContent(snap.id)).toEqual(r.content);
  });
});
