import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { writeFileAtomic } from '../../export/files';
import { ExportFileError } from '../../export/files';
import { flag, printJson, say, text } from '../output';
import { CliInputError } from '../types';
import type { CliCommand, CliContext } from '../types';

const ACTION_LABEL = { add: '新增', exists: '已有', invalid: '无法导入' } as const;

function parseIds(value: string | undefined): number[] | undefined {
  if (value === undefined) return undefined;
  const parts = value.split(/[,，\s]+/).filter(Boolean);
  if (parts.length === 0 || parts.some((p) => !/^[1-9]\d*$/.test(p))) {
    throw new CliInputError(`--ids 应为用逗号分隔的报告编号，例如 --ids 1,2,5；收到“${value}”。`);
  }
  return parts.map(Number);
}

async function exportPackage(ctx: CliContext): Promise<number> {
  if (ctx.positionals.length > 1)
    throw new CliInputError('package export 不接受文件参数，请用 --out 指定输出文件。');
  const ids = parseIds(text(ctx.values.ids));
  const result = await ctx.services().handlers['data:exportPackage'](ids ? { ids } : {});
  const out = text(ctx.values.out);
  if (out === undefined) {
    ctx.io.stdout(result.json);
  } else {
    const path = resolve(ctx.io.cwd, out);
    try {
      await writeFileAtomic(path, new TextEncoder().encode(result.json));
    } catch (error) {
      if (error instanceof ExportFileError) {
        say(ctx.io, error.message);
        return 1;
      }
      throw error;
    }
    say(ctx.io, `已导出 ${result.count} 份报告到 ${path}`);
  }
  return 0;
}

async function importPackage(ctx: CliContext): Promise<number> {
  const file = ctx.positionals[1];
  if (!file) throw new CliInputError('请给出数据包文件：package import 文件.json [--replace]');
  const path = resolve(ctx.io.cwd, file);
  let json: string;
  try {
    json = readFileSync(path, 'utf8');
  } catch (error) {
    throw new CliInputError(`无法读取文件 ${path}：${(error as Error).message}`);
  }
  const { handlers } = ctx.services();
  const { entries } = await handlers['data:planImport']({ json });
  const replaceAll = flag(ctx.values.replace);
  for (const e of entries) {
    const what = `${e.organ ?? '（机关不明）'}${e.year ?? '（年度不明）'}年`;
    const extra =
      e.action === 'exists'
        ? replaceAll
          ? `，将替换编号 ${e.existingId}（原报告移入回收站）`
          : `，编号 ${e.existingId}，跳过（加 --replace 替换）`
        : e.problems.length
          ? `：${e.problems.join('；')}`
          : '';
    say(ctx.io, `第${e.index + 1}份 ${what}：${ACTION_LABEL[e.action]}${extra}`);
  }
  const replace = replaceAll
    ? entries.filter((e) => e.action === 'exists').map((e) => e.index)
    : [];
  const result = await handlers['data:importPackage']({ json, replace });
  if (flag(ctx.values.json)) printJson(ctx.io, result);
  else {
    ctx.io.stdout(
      `新增 ${result.added} 份，替换 ${result.replaced} 份，跳过 ${result.skipped} 份\n`,
    );
  }
  // Scripts should notice entries that could not be read.
  return entries.some((e) => e.action === 'invalid') ? 1 : 0;
}

export const packageCommand: CliCommand = {
  name: 'package',
  summary:
    '数据包：export 导出报告（默认全部）为 JSON；import 导入数据包，已有的同机关同年度报告只在加 --replace 时替换（原报告移入回收站）',
  usage:
    'package export [--out 文件.json] [--ids 1,2] | package import 文件.json [--replace] [--json]',
  options: {
    out: { type: 'string' },
    ids: { type: 'string' },
    replace: { type: 'boolean' },
    json: { type: 'boolean' },
  },
  positionals: { min: 1, max: 2 },
  run(ctx) {
    const action = ctx.positionals[0];
    if (action === 'export') return exportPackage(ctx);
    if (action === 'import') return importPackage(ctx);
    throw new CliInputError(`未知的 package 子命令“${action ?? ''}”，应为 export 或 import。`);
  },
};
