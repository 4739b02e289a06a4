import { contract } from '../../../shared/ipc';
import { describeZodIssues, toInterchange } from '../../../shared/model';
import { flag, printJson, printLine, text } from '../output';
import { CliInputError } from '../types';
import type { CliCommand } from '../types';

export const newCommand: CliCommand = {
  name: 'new',
  summary: '新建一份空白年报',
  usage: 'new --organ 机关名称 --year 年度 [--kind department|county_government] [--json]',
  options: {
    organ: { type: 'string' },
    year: { type: 'string' },
    kind: { type: 'string' },
    json: { type: 'boolean' },
  },
  async run(ctx) {
    const yearText = text(ctx.values.year);
    const input = contract['reports:create'].input.safeParse({
      organ: text(ctx.values.organ) ?? '',
      year: yearText === undefined || yearText.trim() === '' ? undefined : Number(yearText),
      ...(text(ctx.values.kind) ? { organKind: text(ctx.values.kind) } : {}),
    });
    if (!input.success) throw new CliInputError(describeZodIssues(input.error).join('\n'));
    const record = await ctx.services().handlers['reports:create'](input.data);
    if (flag(ctx.values.json)) printJson(ctx.io, toInterchange(record.content));
    else printLine(ctx.io, `已新建“${record.content.title}”，编号 ${record.id}`);
    return 0;
  },
};
