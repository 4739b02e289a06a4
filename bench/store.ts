import { createRepositories } from '../src/main/db';
import { listAllReports } from '../src/main/cli/commands/list';
import { createServices } from '../src/main/services';
import { REPORT_PAGE_SIZE } from '../src/shared/ipc';
import type { ReportPageInput } from '../src/shared/ipc';
import { call } from './call';
import { fullReport } from './fixtures';
import { collectGarbage, latencyRows, register, row, sample } from './registry';

const SAVES = 200;
const OPENS = 200;
const LIST_REPORTS = 10_000;
const LISTS = 100;

/**
 * The storage targets of the project issue: save p95 ≤ 5 ms, open ≤ 10 ms, list of 10,000 ≤ 30 ms.
 * Every call goes through dispatch, as the renderer's do: zod validates the input (the whole
 * report on save) and the output (the whole report on open, every row of the page). The list is
 * timed as each caller reads it with 10,000 reports stored: the home screen's first page, its
 * last page, a search, and the CLI's whole list (page by page, through the services).
 */
register('store', async (ctx) => {
  const services = createServices({ dataDir: ctx.tempDir(), transport: 'browser' });
  const h = services.handlers;
  try {
    const created = await call(h, 'reports:create', {
      organ: '宁陵县工业信息化和科技局',
      year: 2021,
    });
    const content = fullReport();
    ctx.log(`store: report JSON ${JSON.stringify(content).length} characters`);

    let revision = created.revision;
    const saveTimes = await sample(SAVES, async (i) => {
      // Each save changes one cell, as typing does.
      const cells = { ...content.cells, 't3.new.natural': i };
      revision = (
        await call(h, 'reports:save', {
          id: created.id,
          baseRevision: revision,
          content: { ...content, cells },
        })
      ).revision;
    });
    const openTimes = await sample(OPENS, () => call(h, 'reports:open', { id: created.id }));

    ctx.log(`store: inserting ${LIST_REPORTS} reports…`);
    const repos = createRepositories(services.db);
    const at = new Date().toISOString();
    services.db.transaction(() => {
      for (let i = 0; i < LIST_REPORTS; i++) {
        repos.reports.insert({ content: fullReport(`测试机关${i}`, 2019 + (i % 50)), now: at });
      }
    })();
    // The app never builds 10,000 reports in memory: drop that garbage before timing the list.
    collectGarbage();
    const cpuBefore = process.cpuUsage();
    // What the home screen asks for: the newest page, and the number of reports.
    const firstPage = { offset: 0, limit: REPORT_PAGE_SIZE };
    const listTimes = await sample(LISTS, () => call(h, 'reports:list', firstPage), 5);
    const cpu = process.cpuUsage(cpuBefore);
    // CPU time barely depends on how busy the shared machine is; wall time does.
    const listCpuMs = (cpu.user + cpu.system) / 1000 / (LISTS + 5);
    const first = await call(h, 'reports:list', firstPage);
    if (first.total !== LIST_REPORTS + 1 || first.rows.length !== REPORT_PAGE_SIZE) {
      throw new Error(`list returned ${first.rows.length} of ${first.total} reports`);
    }
    // The oldest page: OFFSET walks the index past every newer row.
    const lastPage = { offset: LIST_REPORTS + 1 - REPORT_PAGE_SIZE, limit: REPORT_PAGE_SIZE };
    const lastPageTimes = await sample(LISTS, () => call(h, 'reports:list', lastPage), 5);
    // A search reads every row's 机关名称.
    const search = { search: '测试机关999', offset: 0, limit: REPORT_PAGE_SIZE };
    const searchTimes = await sample(LISTS, () => call(h, 'reports:list', search), 5);
    const found = await call(h, 'reports:list', search);
    if (found.total !== 11) throw new Error(`search found ${found.total} reports, not 11`);
    // Every report, page by page as `npm run cli -- list` reads them, here through dispatch.
    const listPage = (q: ReportPageInput) => call(h, 'reports:list', q);
    const allTimes = await sample(LISTS, () => listAllReports(listPage), 5);
    const all = await listAllReports(listPage);
    if (all.length !== LIST_REPORTS + 1) throw new Error(`CLI list returned ${all.length} reports`);

    const count = LIST_REPORTS.toLocaleString('en');
    return [
      ...latencyRows('store: save one full report', saveTimes, 5),
      ...latencyRows('store: open one report', openTimes, 10),
      ...latencyRows(`store: list ${count} reports, first page`, listTimes, 30),
      row(`store: list ${count} reports, first page, CPU per call`, listCpuMs, 'ms'),
      ...latencyRows(`store: list ${count} reports, last page`, lastPageTimes, 30),
      ...latencyRows(`store: list ${count} reports, search`, searchTimes, 30),
      ...latencyRows(`store: list ${count} reports, all rows, page by page`, allTimes, 30),
    ];
  } finally {
    services.close();
  }
});
