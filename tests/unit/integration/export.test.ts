import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../../src/main/import';
import { dispatch } from '../../../src/main/ipc/dispatch';
import { exportsDir } from '../../../src/main/services';
import { exportFileName } from '../../../src/shared/layout/fileName';
import { servicesInTempDir, tempDir } from '../services/harness';
import { call, callError, seedLike2021, unbalanced2021 } from './fixtures';

/**
 * Export through the contract on real services: DOCX and PDF (Debian Chromium) written into the
 * exports folder, one printer per services instance. The PDF tests share one instance, since
 * starting Chromium is the slow part.
 */
let t: ReturnType<typeof servicesInTempDir>;
let goodId: number;
let badId: number;
const good = seedLike2021('甲县工业信息化和科技局');
const bad = unbalanced2021('乙县工业信息化和科技局');

beforeAll(() => {
  t = servicesInTempDir();
  goodId = t.services.reports.put(good).record.id;
  badId = t.services.reports.put(bad).record.id;
});
afterAll(async () => {
  await t.services.closeAsync();
  t.cleanup();
});

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b;
const isPdf = (b: Uint8Array) => Buffer.from(b.subarray(0, 5)).toString('latin1') === '%PDF-';

describe('export:report', () => {
  it('writes DOCX and PDF into the exports folder, snapshots the content and remembers the folder', async () => {
    const result = await call(t.h, 'export:report', {
      id: goodId,
      formats: ['docx', 'pdf'],
      confirmErrors: false,
    });
    expect(result.canceled).toBe(false);
    const folder = exportsDir(t.dir);
    expect(result.files.map((f) => f.format)).toEqual(['docx', 'pdf']);
    for (const f of result.files) {
      expect(f.path).toBe(join(folder, exportFileName(good.title, f.format)));
      expect(readFileSync(f.path).length).toBe(f.bytes);
      expect(f.dataBase64).toBeUndefined();
    }
    expect(isZip(readFileSync(result.files[0]!.path))).toBe(true);
    expect(isPdf(readFileSync(result.files[1]!.path))).toBe(true);
    // Only the two files: no temporary file left behind.
    expect(readdirSync(folder).sort()).toEqual(result.files.map((f) => f.fileName).sort());

    const revisions = await call(t.h, 'reports:revisions', { id: goodId });
    const snapshot = revisions.find((r) => r.id === result.snapshotId);
    expect(snapshot?.reason).toBe('export');
    expect(t.services.reports.revisionContent(result.snapshotId!)).toEqual(good);
    expect((await call(t.h, 'settings:get', {})).lastExportDir).toBe(folder);
  }, 60_000);

  it('the exported DOCX read back by the importer gives the same cells and texts', async () => {
    const result = await call(t.h, 'export:report', {
      id: goodId,
      formats: ['docx'],
      confirmErrors: false,
    });
    const docx = readFileSync(result.files[0]!.path);
    const back = await importFile(new Uint8Array(docx), result.files[0]!.fileName);
    expect(back.report.organ).toBe(good.organ);
    expect(back.report.year).toBe(2021);
    expect(back.report.cells).toEqual(good.cells);
    expect(back.report.s1).toEqual(good.s1);
    expect(back.review.uncertain).toEqual([]);
  });

  it('refuses a report with errors unless confirmed, listing them; confirmed, it exports', async () => {
    const refused = await callError(t.h, 'export:report', {
      id: badId,
      formats: ['docx'],
      confirmErrors: false,
    });
    expect(refused.code).toBe('VALIDATION');
    expect(refused.message).toContain('错误');
    const errors = refused.details?.errors as { rule: string; severity: string }[];
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e.severity === 'error')).toBe(true);
    expect(errors.map((e) => e.rule)).toContain('T3-BALANCE');
    expect(existsSync(join(exportsDir(t.dir), exportFileName(bad.title, 'docx')))).toBe(false);

    const confirmed = await call(t.h, 'export:report', {
      id: badId,
      formats: ['docx'],
      confirmErrors: true,
    });
    expect(existsSync(confirmed.files[0]!.path)).toBe(true);
  });

  it('returns the bytes when asked inline (browser mode download)', async () => {
    const result = await call(t.h, 'export:report', {
      id: goodId,
      formats: ['docx'],
      confirmErrors: false,
      inline: true,
    });
    const f = result.files[0]!;
    expect(Buffer.from(f.dataBase64!, 'base64').equals(readFileSync(f.path))).toBe(true);
  });

  it('refuses a target folder the page names outside the app’s folders', async () => {
    const outside = tempDir();
    try {
      const error = await callError(t.h, 'export:report', {
        id: goodId,
        formats: ['docx'],
        confirmErrors: false,
        targetDir: outside.dir,
      });
      expect(error.code).toBe('FORBIDDEN');
      expect(readdirSync(outside.dir)).toEqual([]);
      const sneaky = await callError(t.h, 'export:report', {
        id: goodId,
        formats: ['docx'],
        confirmErrors: false,
        targetDir: join(exportsDir(t.dir), '..', '..'),
      });
      expect(sneaky.code).toBe('FORBIDDEN');
    } finally {
      outside.remove();
    }
  });
});

describe('export:reveal', () => {
  it('answers with the folder of an exported file, and refuses anything outside the app’s folders', async () => {
    const result = await call(t.h, 'export:report', {
      id: goodId,
      formats: ['docx'],
      confirmErrors: false,
    });
    expect(await call(t.h, 'export:reveal', { path: result.files[0]!.path })).toEqual({
      shown: false,
      folder: exportsDir(t.dir),
    });
    for (const path of [t.services.databaseFile, '/etc/passwd', 'exports/x.docx']) {
      expect((await callError(t.h, 'export:reveal', { path })).code).toBe('FORBIDDEN');
    }
  });
});

describe('export with the host’s folder dialog (Electron)', () => {
  it('writes where the dialog says, remembers it, reveals there, and does nothing when canceled', async () => {
    const chosen = tempDir();
    const revealed: string[] = [];
    let answer: string | null = chosen.dir;
    const asked: string[] = [];
    const e = servicesInTempDir({
      exportHooks: {
        chooseExportDir: (defaultDir) => {
          asked.push(defaultDir);
          return Promise.resolve(answer);
        },
        revealPath: (path) => revealed.push(path),
      },
    });
    try {
      const id = e.services.reports.put(good).record.id;
      const first = await call(e.h, 'export:report', {
        id,
        formats: ['docx'],
        confirmErrors: false,
      });
      expect(asked).toEqual([exportsDir(e.dir)]);
      expect(first.files[0]!.path).toBe(join(chosen.dir, exportFileName(good.title, 'docx')));
      expect(existsSync(first.files[0]!.path)).toBe(true);
      expect(await call(e.h, 'export:reveal', { path: first.files[0]!.path })).toEqual({
        shown: true,
        folder: chosen.dir,
      });
      expect(revealed).toEqual([first.files[0]!.path]);

      // The remembered dialog folder may be named again without a dialog; a subfolder too.
      mkdirSync(join(chosen.dir, 'sub'));
      const again = await call(e.h, 'export:report', {
        id,
        formats: ['docx'],
        confirmErrors: false,
        targetDir: join(chosen.dir, 'sub'),
      });
      expect(again.files[0]!.path.startsWith(join(chosen.dir, 'sub'))).toBe(true);
      expect(asked.length).toBe(1);

      answer = null;
      const canceled = await call(e.h, 'export:report', {
        id,
        formats: ['docx'],
        confirmErrors: false,
      });
      expect(canceled).toEqual({ canceled: true, files: [], snapshotId: null });
      expect(asked[1]).toBe(chosen.dir);
      // The page cannot name a folder through the settings either, and a forged path is refused.
      const viaSettings = await dispatch(e.h, 'settings:update', { lastExportDir: '/tmp' });
      expect(viaSettings).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      const forged = await callError(e.h, 'export:report', {
        id,
        formats: ['docx'],
        confirmErrors: false,
        targetDir: '/tmp',
      });
      expect(forged.code).toBe('FORBIDDEN');
    } finally {
      e.cleanup();
      chosen.remove();
    }
  });
});

describe('export:preview', () => {
  it('is the print HTML of the stored report with the bundled faces inlined as subsets', async () => {
    const { html } = await call(t.h, 'export:preview', { id: goodId });
    expect(html).toContain(`<title>${good.title}</title>`);
    expect(html).toContain('2021年，我局通过县政府门户网站主动公开政府信息56条');
    expect(html).toMatch(/@font-face \{[^}]*url\("data:font\/ttf;base64,[^"]+"\)/);
    expect(html).not.toMatch(/url\("\/fonts\/[^"]+\.ttf"\)/);
    expect(html).not.toMatch(/<script/i);
    // A subset, not the 35 MB of full faces.
    expect(html.length).toBeLessThan(3_000_000);
  });
});

describe('the PDF printer of a services instance', () => {
  it('is started once, on the first PDF, and closed with the services', async () => {
    const events: string[] = [];
    const e = servicesInTempDir({
      exportHooks: {
        createPrinter: () => {
          events.push('start');
          return Promise.resolve({
            fontBaseUrl: 'file:///fonts/',
            print: () => {
              events.push('print');
              return Promise.resolve(new TextEncoder().encode('%PDF-1.7 fake'));
            },
            close: () => {
              events.push('close');
              return Promise.resolve();
            },
          });
        },
      },
    });
    const id = e.services.reports.put(good).record.id;
    await call(e.h, 'export:report', { id, formats: ['docx'], confirmErrors: false });
    expect(events).toEqual([]);
    for (let i = 0; i < 2; i++)
      await call(e.h, 'export:report', { id, formats: ['pdf'], confirmErrors: false });
    expect(events).toEqual(['start', 'print', 'print']);
    await e.services.closeAsync();
    expect(events).toEqual(['start', 'print', 'print', 'close']);
    e.cleanup();
  });

  it('snapshots the content exported, even when the clerk saves while the PDF prints', async () => {
    let saveDuringPrint: () => Promise<unknown> = () => Promise.resolve();
    const e = servicesInTempDir({
      exportHooks: {
        createPrinter: () =>
          Promise.resolve({
            fontBaseUrl: 'file:///fonts/',
            print: async () => {
              await saveDuringPrint();
              return new TextEncoder().encode('%PDF-1.7 fake');
            },
            close: () => Promise.resolve(),
          }),
      },
    });
    try {
      const record = e.services.reports.put(good).record;
      const edited = { ...good, preamble: ['打印期间改过的前言。'] };
      saveDuringPrint = () =>
        call(e.h, 'reports:save', {
          id: record.id,
          baseRevision: record.revision,
          content: edited,
        });
      const result = await call(e.h, 'export:report', {
        id: record.id,
        formats: ['pdf'],
        confirmErrors: false,
      });
      expect((await call(e.h, 'reports:open', { id: record.id })).content.preamble).toEqual(
        edited.preamble,
      );
      const snapshot = e.services.reports.revisionContent(result.snapshotId!);
      expect(snapshot?.preamble).toEqual(good.preamble);
    } finally {
      e.cleanup();
    }
  });
});
