import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * Atomic file writes for exports: the bytes go to a temporary file in the same folder, are flushed
 * to disk, and the temporary file is renamed over the target. A failure leaves no partial file,
 * and an existing file of the same name stays as it was.
 */

/** Writes the bytes to a new file and flushes them to disk; replaceable in tests (full disk). */
export type TempFileWriter = (tempPath: string, data: Uint8Array) => Promise<void>;

export const writeAndSync: TempFileWriter = async (tempPath, data) => {
  const handle = await open(tempPath, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
};

export class ExportFileError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly path: string,
  ) {
    super(message);
    this.name = 'ExportFileError';
  }
}

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String(error.code)
    : 'UNKNOWN';
}

/** A Chinese sentence saying what happened and what to do. */
export function exportErrorMessage(code: string, path: string): string {
  const file = basename(path);
  const folder = dirname(path);
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return `无法保存“${file}”：没有写入“${folder}”的权限，或同名文件正被 Word、WPS 等程序打开。请关闭该文件，或另选一个可以写入的文件夹后重试。`;
    case 'EBUSY':
      return `无法保存“${file}”：同名文件正被其他程序（如 Word、WPS）占用。请关闭该文件后重试。`;
    case 'EROFS':
      return `无法保存“${file}”：“${folder}”所在的磁盘是只读的。请另选保存位置后重试。`;
    case 'ENOENT':
    case 'ENOTDIR':
      return `无法保存“${file}”：文件夹“${folder}”不存在。请重新选择保存位置。`;
    case 'ENOSPC':
    case 'EDQUOT':
      return `无法保存“${file}”：磁盘空间不足。请清理磁盘或另选保存位置后重试。`;
    case 'ENAMETOOLONG':
      return `无法保存“${file}”：文件名或路径过长。请缩短文件名或换一个较短的保存路径。`;
    case 'EISDIR':
      return `无法保存：“${path}”是一个文件夹。请另起一个文件名。`;
    default:
      return `无法保存“${file}”（错误代码 ${code}）。请重试，或另选保存位置。`;
  }
}

export async function writeFileAtomic(
  path: string,
  data: Uint8Array,
  writer: TempFileWriter = writeAndSync,
): Promise<void> {
  const tempPath = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writer(tempPath, data);
    await rename(tempPath, path);
  } catch (error) {
    await unlink(tempPath).catch(() => undefined);
    const code = errorCode(error);
    throw new ExportFileError(exportErrorMessage(code, path), code, path);
  }
}
