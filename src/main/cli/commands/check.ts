import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { SEVERITY_LABELS, runChecks, summariseIssues } from '../../../shared/checks';
import type { ReportContent } from '../../../shared/model';
import { parseReportId, readInterchangeFile } from '../input';
import { flag, printJson, printLine, say } from '../output';
import type { CliCommand, CliContext } from '../types';

async function load(
  ctx: CliContext,
  target: string,
): Promise<{ report: ReportContent; previous: ReportContent | null }> {
  // A file wins over an id of the same spelling; a file is checked without touching the database.
  if (!/^\d+$/.test(target) || existsSync(resolve(ctx.io.cwd, target))) {
    return { report: readInterchangeFile(ctx.io.cwd, target).report, previous: null };
  }
  const services = ctx.services();
  const { content } = await services.handlers['reports:open']({ id: parseReportId(target) });
  return { report: content, previous: services.reports.previousOf(content) };
}

export const checkCommand: CliCommand = {
  name: 'check',
  summary: '检查一份报告（交换格式 JSON 文件或报告编号）；有错误时退出码为 1',
  usage: 'check 文件.json|编号 [--final] [--json]',
  options: { json: { type: 'boolean' }, final: { type: 'boolean' } },
  positionals: { min: 1, max: 1 },
  async run(ctx) {
    const { report, previous } = await load(ctx, ctx.positionals[0]!);
    const issues = runChecks(report, { previous, final: flag(ctx.values.final) });
    if (flag(ctx.values.json)) printJson(ctx.io, issues);
    else {
      for (const i of issues) {
        printLine(ctx.io, `${SEVERITY_LABELS[i.severity]}\t${i.rule}\t${i.message}`);
      }
    }
    const { errors, warnings, hints } = summariseIssues(issues);
    say(ctx.io, `检查完成：${errors} 个错误，${warnings} 个提醒，${hints} 个建议。`);
    return errors > 0 ? 1 : 0;
  },
};
