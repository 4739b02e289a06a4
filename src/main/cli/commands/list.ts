import type { ReportPage, ReportPageInput, ReportSummary } from '../../../shared/ipc';
import { REPORT_PAGE_MAX } from '../../../shared/ipc';
import { REPORT_STATUS_LABEL } from '../../../shared/model';
import { flag, printJson, printLine } from '../output';
import type { CliCommand } from '../types';

/**
 * Every live report, newest first, read page by page as any caller of the contract must (a page
 * holds at most REPORT_PAGE_MAX rows). Stops at the first short page, so a report added meanwhile
 * cannot make it loop.
 */
export async function listAllReports(
  listPage: (query: ReportPageInput) => Promise<ReportPage> | ReportPage,
  search?: string,
): Promise<ReportSummary[]> {
  const all: ReportSummary[] = [];
  for (let offset = 0; ; offset += REPORT_PAGE_MAX) {
    const page = await listPage({ ...(search ? { search } : {}), offset, limit: REPORT_PAGE_MAX });
    all.push(...page.rows);
    if (page.rows.length < REPORT_PAGE_MAX) return all;
  }
}

export const listCommand: CliCommand = {
  name: 'list',
  summary: '列出所有报告（不含回收站），可按机关名称或年度筛选',
  usage: 'list [--search 文字] [--json]',
  options: { json: { type: 'boolean' }, search: { type: 'string' } },
  async run(ctx) {
    const search = typeof ctx.values.search === 'string' ? ctx.values.search : undefined;
    const { handlers } = ctx.services();
    const reports = await listAllReports((q) => handlers['reports:list'](q), search);
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
