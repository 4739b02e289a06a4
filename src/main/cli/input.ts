import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { InterchangeError, fromInterchange } from '../../shared/model';
import type { ReportContent, Review } from '../../shared/model';
import { reportIdSchema } from '../../shared/ipc';
import { CliInputError } from './types';

/** Reads an interchange JSON file (FORMAT.md §9); problems become Chinese messages naming the field. */
export function readInterchangeFile(
  cwd: string,
  file: string,
): { report: ReportContent; review: Review | undefined; path: string } {
  const path = resolve(cwd, file);
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    throw new CliInputError(`无法读取文件 ${path}：${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new CliInputError(`文件 ${path} 不是有效的 JSON：${(error as Error).message}`);
  }
  try {
    return { ...fromInterchange(json), path };
  } catch (error) {
    if (error instanceof InterchangeError) {
      throw new CliInputError(
        `文件 ${path} 不符合年报交换格式（nianbao/report@1）：\n  ${error.problems.join('\n  ')}`,
      );
    }
    throw error;
  }
}

/** A report id given on the command line. */
export function parseReportId(arg: string | undefined): number {
  const id = reportIdSchema.safeParse(Number(arg));
  if (!arg || !/^\d+$/.test(arg) || !id.success) {
    throw new CliInputError(`报告编号应为正整数，收到“${arg ?? ''}”。可用 list 命令查看编号。`);
  }
  return id.data;
}
