import { randomBytes } from 'node:crypto';
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, readImportFile } from '../../../src/main/import';
import { ImportError } from '../../../src/shared/import';
import { buildDocTree } from '../../../src/shared/layout/docTree';
import { renderDocx } from '../../../src/shared/layout/docx';
import {
  PACKAGE_SCHEMA,
  blankReport,
  buildDataPackage,
  readDataPackage,
} from '../../../src/shared/model';
import type { ReportContent } from '../../../src/shared/model';
import { reliabilityEnv, thrown } from './helpers';

const CHINESE = /[\u4e00-\u9fff]/;

async function importError(bytes: Uint8Array, name: string): Promise<string> {
  const error = await thrown(() => readImportFile(bytes, name));
  expect(error).toBeInstanceOf(ImportError);
  expect(error.message).toMatch(CHINESE);
  expect(error.message).toContain(name);
  return error.message;
}

describe('import of files that are not reports', () => {
  it('empty file', async () => {
    expect(await importError(new Uint8Array(), '年报.pdf')).toContain('空的');
  });

  it('random bytes named .pdf', async () => {
    expect(await importError(randomBytes(4096), '年报.pdf')).toContain('不是有效的 PDF');
  });

  it('random bytes without a known extension', async () => {
    expect(await importError(randomBytes(4096), '年报.bin')).toContain('无法识别');
  });

  it('a 21 MB file is refused before it is read', async () => {
    const huge = new Uint8Array(21 * 1024 * 1024).fill(0x41);
    expect(huge.length).toBeGreaterThan(MAX_IMPORT_BYTES);
    expect(await importError(huge, '年报.txt')).toContain('20 MB');
  });

  it('a truncated PDF', async () => {
    const pdf = new TextEncoder().encode(
      '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Conte',
    );
    expect(await importError(pdf, '截断.pdf')).toMatch(/无法读取 PDF|没有文字层/);
  });

  it('a .docx that is not a zip, and a zip that is not a Word document', async () => {
    expect(await importError(new TextEncoder().encode('纯文本冒充'), '年报.docx')).toContain(
      '不是有效的 Word',
    );
    const zip = new JSZip();
    zip.file('readme.txt', 'not word');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    expect(await importError(bytes, '年报.docx')).toContain('无法读取 Word');
  });
});

/** Characters a clerk can paste: emoji, CJK Extension B (outside the BMP), and a very long text. */
const EMOJI = '👍政务公开🏛️✅';
const EXT_B = '𠀀𠀁𪚥𰻞';
const LONG = '依法公开政府信息，'.repeat(11_112).slice(0, 100_000);

function unusualReport(): ReportContent {
  const base = blankReport({ organ: `测试${EXT_B}局`, year: 2024 });
  return {
    ...base,
    s1: [
      { heading: `（一）${EMOJI}`, paragraphs: [`主动公开${EXT_B}${EMOJI}`, LONG] },
      ...base.s1.slice(1),
    ],
  };
}

describe('unusual text round-trips', () => {
  let env: ReturnType<typeof reliabilityEnv> | undefined;
  afterEach(() => env?.cleanup());

  it('emoji, CJK Extension B and 100,000 characters in one section: save → reopen', async () => {
    env = reliabilityEnv();
    const wanted = unusualReport();
    expect(LONG).toHaveLength(100_000);
    const created = await env.h['reports:create']({ organ: wanted.organ, year: wanted.year });
    await env.h['reports:save']({ id: created.id, baseRevision: 0, content: wanted });
    env.reopen();
    const opened = await env.h['reports:open']({ id: created.id });
    expect(opened.organ).toBe(`测试${EXT_B}局`);
    expect(opened.content.s1[0]).toEqual(wanted.s1[0]);
    expect(opened.content.s1[0]!.paragraphs[1]).toHaveLength(100_000);
  });

  it('the same text: DOCX export → read back with the importer’s Word reader', async () => {
    const report = unusualReport();
    const docx = await renderDocx(buildDocTree(report), { fontScheme: 'official' });
    const doc = await readImportFile(docx, '导出.docx');
    const text = doc.lines.map((l) => l.text).join('\n');
    expect(doc.kind).toBe('docx');
    expect(text).toContain(`主动公开${EXT_B}${EMOJI}`);
    expect(text).toContain(`测试${EXT_B}局`);
    expect(text.replace(/\s/g, '')).toContain(LONG);
  }, 60_000);
});

describe('data packages', () => {
  const a = blankReport({ organ: '甲局', year: 2023 });
  const b = blankReport({ organ: '甲局', year: 2024 });

  it('a wrong schema is refused with a Chinese reason and no entries', () => {
    for (const json of [{ schema: 'other/package@9', reports: [] }, [1, 2], 'text', null]) {
      const read = readDataPackage(json);
      expect(read.entries.filter((e) => e.report)).toEqual([]);
      const problems = [...read.problems, ...read.entries.flatMap((e) => e.problems)];
      expect(problems.join('')).toMatch(CHINESE);
    }
    const broken = readDataPackage({ schema: PACKAGE_SCHEMA, reports: 'not a list' });
    expect(broken.problems[0]).toContain('数据包格式不正确');
  });

  it('duplicates inside a package: only the first is taken', () => {
    const read = readDataPackage(buildDataPackage([a, b, a], '2025-01-01T00:00:00Z'));
    expect(read.entries.map((e) => e.problems.length)).toEqual([0, 0, 1]);
    expect(read.entries[2]!.problems[0]).toContain('重复');
  });

  it('a year already present is refused unless replacing, and replacing keeps a snapshot', async () => {
    const env = reliabilityEnv();
    try {
      const existing = await env.h['reports:create']({ organ: '甲局', year: 2024 });
      const [entry] = readDataPackage(buildDataPackage([b], '2025-01-01T00:00:00Z')).entries;
      const incoming = { ...entry!.report!, s6: [{ heading: null, paragraphs: ['来自数据包'] }] };
      const refused = await thrown(() => env.services.reports.put(incoming));
      expect(refused.code).toBe('DUPLICATE');
      expect((await env.h['reports:open']({ id: existing.id })).content.s6).toEqual(
        existing.content.s6,
      );
      const replaced = env.services.reports.put(incoming, { replace: true });
      expect(replaced.replaced).toBe(true);
      expect(replaced.record.content.s6[0]!.paragraphs).toEqual(['来自数据包']);
      const snapshots = await env.h['reports:revisions']({ id: existing.id });
      expect(snapshots.map((s) => s.reason)).toContain('replaced');
    } finally {
      env.cleanup();
    }
  });
});
