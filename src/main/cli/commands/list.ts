import { REPORT_STATUS_LABEL } from '../../../shared/model';
import { flag, printJson, printLine } from '../output';
import type { CliCommand } from '../types';

export const listCommand: CliCommand = {
  name: 'list',
  summary: '列出所有报告（不含回收站）',
  usage: 'list [--json]',
  options: { json: { type: 'boolean' } },
  async run(ctx) {
    const reports = await ctx.services().handlers['reports:list']({});
    if (flag(ctx.values.json)) {
      printJson(ctx.io, reports);
      return 0;
    }
    for (const r of reports) {
      printLine(
        ctx.io,
        [r.id, r.year, r.organ, REPORT_STATUS_LABEL[r.status], r.updatedAt].join('\t'),
      );
    }
    return 0;
  },
};
