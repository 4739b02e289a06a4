import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ReportContent } from '../../../shared/model';
import { describeZodIssues, toInterchange, yearSchema } from '../../../shared/model';
import { reportFromPreviousYear } from '../../../shared/template';
import type { NewYearResult } from '../../../shared/template';
import { parseReportId, readInterchangeFile } from '../input';
import { flag, printJson, say, text } from '../output';
import { CliInputError } from '../types';
import type { CliCommand } from '../types';

function parseYear(value: string | undefined): number {
  const year = yearSchema.safeParse(
    value !== undefined && /^\d+$/.test(value) ? Number(value) : NaN,
  );
  if (!year.success) {
    throw new CliInputError(
      `请用 --year 给出新报告的年度（如 --year 2025）。${describeZodIssues(year.error)[0] ?? ''}`,
    );
  }
  return year.data;
}

function tellSuggestions(say_: (line: string) => void, made: Omit<NewYearResult, 'report'>): void {
  say_(`年份修改建议 ${made.suggestions.length} 处（未自动修改，请在“与上年对比”中逐条确认）：`);
  for (const s of made.suggestions) {
    say_(`  [${s.id}] “${s.before}”→“${s.after}”：${s.context}（${s.reason}）`);
  }
  for (const note of made.conversion?.notes ?? []) say_(`格式转换：${note}`);
  for (const hint of made.t2Hints) say_(`表二：${hint.text}`);
}

export const templateCommand: CliCommand = {
  name: 'template',
  summary:
    '由上一年度的报告（编号或交换格式 JSON 文件）生成新年度报告；由编号生成时存入数据库。年份修改建议输出到标准错误',
  usage: 'template 编号|文件.json --year 年度 [--json]',
  options: { year: { type: 'string' }, json: { type: 'boolean' } },
  positionals: { min: 1, max: 1 },
  async run(ctx) {
    const target = ctx.positionals[0]!;
    const year = parseYear(text(ctx.values.year));
    const fromFile = !/^\d+$/.test(target) || existsSync(resolve(ctx.io.cwd, target));
    let report: ReportContent;
    let made: Omit<NewYearResult, 'report'>;
    let id: number | null = null;
    if (fromFile) {
      const previous = readInterchangeFile(ctx.io.cwd, target).report;
      if (year <= previous.year) {
        throw new CliInputError(`新报告的年度应晚于 ${previous.year} 年。`);
      }
      ({ report, ...made } = reportFromPreviousYear(previous, year));
    } else {
      const created = await ctx
        .services()
        .handlers['template:create']({ sourceId: parseReportId(target), year });
      made = {
        suggestions: created.suggestions,
        conversion: created.conversion,
        t2Hints: created.t2Hints,
      };
      report = created.record.content;
      id = created.record.id;
      say(ctx.io, `已新建“${report.title}”，编号 ${id}`);
    }
    tellSuggestions((line) => say(ctx.io, line), made);
    if (flag(ctx.values.json))
      printJson(ctx.io, { id, interchange: toInterchange(report), ...made });
    else printJson(ctx.io, toInterchange(report));
    return 0;
  },
};
