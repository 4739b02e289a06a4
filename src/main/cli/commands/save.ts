import { readInterchangeFile } from '../input';
import { flag, printJson, printLine, say } from '../output';
import type { CliCommand } from '../types';

export const saveCommand: CliCommand = {
  name: 'save',
  summary: '把交换格式 JSON 文件存入数据库（同机关同年度已有报告时需加 --replace 覆盖）',
  usage: 'save 文件.json [--replace] [--json]',
  options: { replace: { type: 'boolean' }, json: { type: 'boolean' } },
  positionals: { min: 1, max: 1 },
  run(ctx) {
    const { report, review } = readInterchangeFile(ctx.io.cwd, ctx.positionals[0]!);
    if (review && review.uncertain.length > 0) {
      say(
        ctx.io,
        `注意：文件中有 ${review.uncertain.length} 个单元格标记为待核实，请打开报告逐一确认。`,
      );
    }
    const { record, replaced } = ctx
      .services()
      .reports.put(report, { replace: flag(ctx.values.replace) });
    if (flag(ctx.values.json)) {
      printJson(ctx.io, { id: record.id, revision: record.revision, replaced });
    } else {
      printLine(
        ctx.io,
        `已保存“${record.content.title}”，编号 ${record.id}${replaced ? '（覆盖了原有报告，原内容已存为历史版本）' : ''}`,
      );
    }
    return 0;
  },
};
