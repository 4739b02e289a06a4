import { afterEach, describe, expect, it } from 'vitest';
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ExportFileError, writeFileAtomic } from '../../../src/main/export/files';
import type { TempFileWriter } from '../../../src/main/export/files';
import { exportReport } from '../../../src/main/export/exportReport';
import { seedReport } from '../layout/reports';

const dirs: string[] = [];
function freshDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'nianbao-files-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) {
    chmodSync(d, 0o755);
    rmSync(d, { recursive: true, force: true });
  }
});

const failing =
  (code: string): TempFileWriter =>
  async (tempPath, data) => {
    // Half the bytes reach the disk, then the write fails, as on a full disk.
    writeFileSync(tempPath, data.subarray(0, data.length >> 1));
    throw Object.assign(new Error(`${code}: simulated`), { code });
  };

async function expectExportError(
  promise: Promise<unknown>,
  code: string,
  words: RegExp,
): Promise<void> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ExportFileError);
  expect((error as ExportFileError).code).toBe(code);
  expect((error as ExportFileError).message).toMatch(words);
  expect((error as ExportFileError).message).toMatch(/[\u4e00-\u9fff]/);
}

describe('writeFileAtomic', () => {
  it('writes the whole file and leaves no temporary file', async () => {
    const dir = freshDir();
    const path = join(dir, '报告.docx');
    await writeFileAtomic(path, new Uint8Array([1, 2, 3]));
    expect([...readFileSync(path)]).toEqual([1, 2, 3]);
    expect(readdirSync(dir)).toEqual(['报告.docx']);
  });

  it('on a full disk reports it in Chinese and keeps the previous file intact', async () => {
    const dir = freshDir();
    const path = join(dir, '报告.pdf');
    writeFileSync(path, 'previous export');
    await expectExportError(
      writeFileAtomic(path, new Uint8Array(1000).fill(7), failing('ENOSPC')),
      'ENOSPC',
      /磁盘空间不足/,
    );
    expect(readFileSync(path, 'utf8')).toBe('previous export');
    expect(readdirSync(dir)).toEqual(['报告.pdf']);
  });

  it('into a missing folder says the folder does not exist', async () => {
    const dir = freshDir();
    const path = join(dir, '不存在的文件夹', '报告.docx');
    await expectExportError(
      writeFileAtomic(path, new Uint8Array([1])),
      'ENOENT',
      /不存在.*重新选择保存位置/,
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('into a read-only folder (or a file open in Word) says what to do', async () => {
    const dir = freshDir();
    const path = join(dir, '报告.docx');
    // Root ignores folder permissions, so there the refusal is injected as the OS would raise it.
    const isRoot = process.getuid?.() === 0;
    if (!isRoot) chmodSync(dir, 0o555);
    const writer = isRoot ? failing('EACCES') : undefined;
    await expectExportError(
      writeFileAtomic(path, new Uint8Array([1]), writer),
      'EACCES',
      /权限.*Word、WPS.*重试/,
    );
    expect(existsSync(path)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
    await expectExportError(
      writeFileAtomic(path, new Uint8Array([1]), failing('EBUSY')),
      'EBUSY',
      /占用.*关闭/,
    );
  });
});

describe('exportReport', () => {
  it('writes the DOCX named by the caller', async () => {
    const dir = freshDir();
    const docxPath = join(dir, '宁陵县工业信息化和科技局2021年政府信息公开工作年度报告.docx');
    const result = await exportReport(seedReport(), { docxPath, fontScheme: 'official' });
    expect(result.docxBytes).toBeGreaterThan(5000);
    expect(readFileSync(docxPath).subarray(0, 2).toString()).toBe('PK');
  });

  it('on a full disk leaves no partial DOCX', async () => {
    const dir = freshDir();
    const docxPath = join(dir, 'r.docx');
    await expectExportError(
      exportReport(seedReport(), { docxPath, fontScheme: 'official', writer: failing('ENOSPC') }),
      'ENOSPC',
      /磁盘/,
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a PDF without a printer', async () => {
    await expect(
      exportReport(seedReport(), { pdfPath: join(freshDir(), 'r.pdf'), fontScheme: 'official' }),
    ).rejects.toThrow(/PDF/);
  });
});
