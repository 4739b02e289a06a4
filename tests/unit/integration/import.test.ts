import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_IMPORT_FILE_BYTES } from '../../../src/shared/ipc';
import { fromInterchange } from '../../../src/shared/model';
import { servicesInTempDir } from '../services/harness';
import { base64, call, callError, reportHtml, reportText, seedLike2021 } from './fixtures';

let t: ReturnType<typeof servicesInTempDir>;
beforeEach(() => {
  t = servicesInTempDir();
});
afterEach(() => t.cleanup());

const published = seedLike2021();
const htmlFile = () => ({ fileName: '年报.html', dataBase64: base64(reportHtml(published)) });

describe('import:parse → import:accept', () => {
  it('reads a published web page without saving anything, then saves it with totals as published', async () => {
    const parsed = await call(t.h, 'import:parse', htmlFile());
    expect(parsed.existingId).toBeNull();
    expect(parsed.problems).toEqual([]);
    expect(parsed.sourceText).toContain('2021年，我局通过县政府门户网站主动公开政府信息56条');
    expect(parsed.interchange).toMatchObject({
      organ: published.organ,
      year: 2021,
      review: { uncertain: [] },
    });
    const read = fromInterchange(parsed.interchange).report;
    expect(read.cells).toEqual(published.cells);
    expect(Object.values(parsed.confidence).every((c) => c === 1)).toBe(true);
    expect((await call(t.h, 'reports:list', {})).rows).toEqual([]);

    const record = await call(t.h, 'import:accept', { interchange: parsed.interchange });
    expect(record.content.options.totals).toBe('typed');
    expect(record.content.cells).toEqual(published.cells);
    expect(record.content.s1).toEqual(published.s1);
    // The 落款 comes back whole, although its organ line repeats the organ of the title.
    expect(record.content.closing).toEqual(published.closing);
    const list = (await call(t.h, 'reports:list', {})).rows;
    expect(list.map((r) => r.id)).toEqual([record.id]);
    const revisions = await call(t.h, 'reports:revisions', { id: record.id });
    expect(revisions.map((r) => r.reason)).toContain('import');
  });

  it('reads pasted text the same as the file', async () => {
    const parsed = await call(t.h, 'import:parse', { text: reportText(published) });
    expect(fromInterchange(parsed.interchange).report.cells).toEqual(published.cells);
    expect(parsed.interchange).toMatchObject({ organ: published.organ, year: 2021 });
  });

  it('names the existing report of the same organ and year, and replaces it only when asked; the old one goes to the trash', async () => {
    const first = await call(t.h, 'import:accept', {
      interchange: (await call(t.h, 'import:parse', htmlFile())).interchange,
    });
    const again = await call(t.h, 'import:parse', htmlFile());
    expect(again.existingId).toBe(first.id);

    const refused = await callError(t.h, 'import:accept', { interchange: again.interchange });
    expect(refused.code).toBe('DUPLICATE');
    expect(refused.details).toEqual({ existingId: first.id });
    expect(refused.message).toContain('回收站');
    const wrongId = await callError(t.h, 'import:accept', {
      interchange: again.interchange,
      replaceExistingId: first.id + 100,
    });
    expect(wrongId.code).toBe('DUPLICATE');
    expect((await call(t.h, 'reports:list', {})).rows.map((r) => r.id)).toEqual([first.id]);

    const second = await call(t.h, 'import:accept', {
      interchange: again.interchange,
      replaceExistingId: first.id,
    });
    expect(second.id).not.toBe(first.id);
    expect((await call(t.h, 'reports:list', {})).rows.map((r) => r.id)).toEqual([second.id]);
    const trash = (await call(t.h, 'reports:trash', {})).rows;
    expect(trash.map((r) => r.id)).toEqual([first.id]);
    // Nothing lost: the replaced report still opens, with its content.
    const old = await call(t.h, 'reports:open', { id: first.id });
    expect(old.content.cells).toEqual(published.cells);
  });

  it('refuses interchange JSON with missing cells, naming the field', async () => {
    const parsed = await call(t.h, 'import:parse', htmlFile());
    const t3 = { ...(parsed.interchange.t3 as Record<string, unknown>) };
    delete t3.new;
    const error = await callError(t.h, 'import:accept', {
      interchange: { ...parsed.interchange, t3 },
    });
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toContain('t3.new.natural');
    expect((await call(t.h, 'reports:list', {})).rows).toEqual([]);
  });
});

describe('import:parse refusals', () => {
  it('refuses a file over 20 MB before reading it, in Chinese', async () => {
    const tooLarge = 'A'.repeat(Math.ceil((MAX_IMPORT_FILE_BYTES + 3) / 3) * 4);
    const error = await callError(t.h, 'import:parse', {
      fileName: 'big.pdf',
      dataBase64: tooLarge,
    });
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toContain('20 MB');
  });

  it('refuses a file name over 255 characters', async () => {
    const error = await callError(t.h, 'import:parse', {
      fileName: `${'长'.repeat(256)}.txt`,
      dataBase64: base64('x'),
    });
    expect(error.code).toBe('VALIDATION');
  });

  it('turns the importer’s refusal into an IMPORT error with its message', async () => {
    const notAReport = await callError(t.h, 'import:parse', {
      fileName: 'notes.txt',
      dataBase64: base64('今天天气很好。\n明天开会。'),
    });
    expect(notAReport.code).toBe('IMPORT');
    expect(notAReport.message).toMatch(/[\u4e00-\u9fff]/);
    const oldWord = await callError(t.h, 'import:parse', {
      fileName: 'report.doc',
      dataBase64: base64('whatever'),
    });
    expect(oldWord).toMatchObject({ code: 'IMPORT' });
    expect(oldWord.message).toContain('.docx');
  });

  it('refuses input that is neither a file nor text', async () => {
    const error = await callError(t.h, 'import:parse', {});
    expect(error.code).toBe('VALIDATION');
  });
});
