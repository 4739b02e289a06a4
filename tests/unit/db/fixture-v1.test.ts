import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURE_V1, fixturePath } from '../../../scripts/make-db-fixture';
import { createServices } from '../../../src/main/services';
import type { Services } from '../../../src/main/services';
import { DATABASE_FILE_NAME } from '../../../src/main/services';
import { DEFAULT_SETTINGS } from '../../../src/shared/ipc';
import { tempDir } from '../services/harness';

let services: Services | undefined;
let remove: (() => void) | undefined;
afterEach(() => {
  services?.close();
  remove?.();
});

/** A copy of the committed v1 database, opened by today's services (migrating it if needed). */
function openV1(): Services {
  const t = tempDir('nianbao-v1-');
  remove = t.remove;
  copyFileSync(fixturePath(1), join(t.dir, DATABASE_FILE_NAME));
  services = createServices({ dataDir: t.dir });
  return services;
}

describe('database made by schema version 1', () => {
  it('opens and reads back its reports, trash, snapshots, audit log, position and settings', async () => {
    const { handlers: h, reports } = openV1();
    const live = (await h['reports:list']({})).rows;
    expect(live.map((r) => [r.year, r.status]).sort()).toEqual(
      FIXTURE_V1.reports
        .filter((r) => !r.deleted)
        .map((r) => [r.year, r.status])
        .sort(),
    );
    expect((await h['reports:trash']({})).rows.map((r) => r.year)).toEqual([2022]);
    expect(await h['reports:organs']({})).toEqual([FIXTURE_V1.organ]);

    for (const spec of FIXTURE_V1.reports.filter((r) => !r.deleted)) {
      const summary = live.find((r) => r.year === spec.year)!;
      const record = await h['reports:open']({ id: summary.id });
      expect(record.format).toBe(spec.year >= 2021 ? '2021' : '2019');
      for (const [key, value] of Object.entries(spec.cells))
        expect(record.content.cells[key]).toBe(value);
    }

    const r2021 = live.find((r) => r.year === 2021)!;
    expect((await h['reports:open']({ id: r2021.id })).position).toEqual(FIXTURE_V1.position);
    expect((await h['reports:revisions']({ id: r2021.id })).map((v) => v.reason)).toContain(
      'final',
    );
    const r2020 = live.find((r) => r.year === 2020)!;
    expect(reports.audit(r2020.id).map((a) => a.reason)).toContain(FIXTURE_V1.unfinalizeReason);
    expect(await h['reports:previous']({ id: r2021.id })).not.toBeNull();

    expect(await h['settings:get']({})).toEqual({ ...DEFAULT_SETTINGS, ...FIXTURE_V1.settings });
  });

  it('accepts edits after opening', async () => {
    const { handlers: h } = openV1();
    const draft = (await h['reports:list']({})).rows.find((r) => r.status === 'draft')!;
    const record = await h['reports:open']({ id: draft.id });
    const saved = await h['reports:save']({
      id: draft.id,
      baseRevision: record.revision,
      content: record.content,
    });
    expect(saved.revision).toBe(record.revision + 1);
  });
});
