import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { importFile } from '../../import';
import { ImportError } from '../../../shared/import';
import { AppError } from '../../../shared/ipc';
import type { ReportRecord } from '../../../shared/ipc';
import { toInterchange } from '../../../shared/model';
import { flag, printJson, say } from '../output';
import { CliInputError } from '../types';
import type { CliCommand, CliContext } from '../types';

/** Stores the reviewed interchange; with --replace the existing report goes to the trash first. */
async function save(
  ctx: CliContext,
  interchange: Record<string, unknown>,
  replace: boolean,
): Promise<ReportRecord> {
  const accept = ctx.services().handlers['import:accept'];
  try {
    return await accept({ interchange });
  } catch (error) {
    const duplicate = error instanceof AppError && error.code === 'DUPLICATE';
    const existingId = duplicate ? error.details?.existingId : undefined;
    if (!replace || typeof existingId !== 'number') throw error;
    return await accept({ interchange, replaceExistingId: existingId });
  }
}

export const importCommand: CliCommand = {
  name: 'import',
  summary:
    '读取已发布的年报（PDF、Word、网页、文本），以交换格式 JSON 输出；--save 存入数据库（--replace 替换同机关同年度的报告，原报告移入回收站）',
  usage: 'import 文件 [--json] [--save] [--replace]',
  options: {
    json: { type: 'boolean' },
    save: { type: 'boolean' },
    replace: { type: 'boolean' },
  },
  positionals: { min: 1, max: 1 },
  async run(ctx) {
    const path = resolve(ctx.io.cwd, ctx.positionals[0]!);
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      throw new CliInputError(`无法读取文件 ${path}：${(error as Error).message}`);
    }
    let result;
    try {
      result = await importFile(new Uint8Array(bytes), basename(path));
    } catch (error) {
      if (error instanceof ImportError) {
        say(ctx.io, error.message);
        return 1;
      }
      throw error;
    }
    const interchange = toInterchange(result.report, {
      uncertain: [...result.review.uncertain],
      notes: [...result.review.notes],
    });
    const { uncertain, notes } = result.review;
    say(
      ctx.io,
      `已读取“${result.report.title}”：${uncertain.length === 0 ? '所有单元格均已确定' : `${uncertain.length} 个单元格待核实（${uncertain.slice(0, 8).join('、')}${uncertain.length > 8 ? '…' : ''}）`}。`,
    );
    for (const note of notes) say(ctx.io, `说明：${note}`);
    for (const problem of result.problems) say(ctx.io, `原文问题：${problem}`);
    let savedId: number | null = null;
    if (flag(ctx.values.save)) {
      const record = await save(ctx, interchange, flag(ctx.values.replace));
      savedId = record.id;
      say(ctx.io, `已保存，编号 ${record.id}`);
    }
    if (flag(ctx.values.json)) {
      printJson(ctx.io, {
        interchange,
        confidence: result.confidence,
        problems: result.problems,
        savedId,
      });
    } else printJson(ctx.io, interchange);
    return 0;
  },
};
