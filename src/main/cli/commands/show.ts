import { toInterchange } from '../../../shared/model';
import { parseReportId } from '../input';
import { printJson } from '../output';
import type { CliCommand } from '../types';

export const showCommand: CliCommand = {
  name: 'show',
  summary: '以交换格式 JSON 输出一份报告',
  usage: 'show 编号 [--json]',
  // The output is always interchange JSON; --json is accepted for symmetry with the other commands.
  options: { json: { type: 'boolean' } },
  positionals: { min: 1, max: 1 },
  async run(ctx) {
    const id = parseReportId(ctx.positionals[0]);
    const record = await ctx.services().handlers['reports:open']({ id });
    printJson(ctx.io, toInterchange(record.content));
    return 0;
  },
};
