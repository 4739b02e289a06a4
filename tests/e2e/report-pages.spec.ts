import { expect, test, type Page } from '@playwright/test';
import { serverUrl, snap } from './support/clerk';

/** Calls the services as the page does (same token, same endpoint); for seeding many reports. */
async function callApi(page: Page, channel: string, input: unknown): Promise<unknown> {
  return page.evaluate(
    async ([c, i]) => {
      const response = await fetch('/api/call', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-nianbao-token': sessionStorage.getItem('nianbao.token') ?? '',
        },
        body: JSON.stringify({ channel: c, input: i }),
      });
      const result = (await response.json()) as { ok: boolean; value?: unknown };
      if (!result.ok) throw new Error(JSON.stringify(result));
      return result.value;
    },
    [channel, input] as const,
  );
}

test('报告很多时分页显示，可按机关名称或年度查找（issue 2）', async ({ page }) => {
  await page.goto(serverUrl());
  await expect(page.getByRole('heading', { name: '年报编制助手' })).toBeVisible();
  const ids: number[] = [];
  for (let i = 1; i <= 60; i++) {
    const organ = `分页测试${String(i).padStart(2, '0')}局`;
    const created = (await callApi(page, 'reports:create', { organ, year: 2023 })) as {
      id: number;
    };
    ids.push(created.id);
  }
  await page.reload();
  const list = page.getByTestId('report-list');
  const tab = page.getByRole('tab', { name: /报告（/ });
  const total = Number(/（(\d+)）/.exec((await tab.textContent()) ?? '')![1]);
  expect(total).toBeGreaterThanOrEqual(60);
  // The first page holds the 50 newest; the pager says where we are.
  await expect(list.getByRole('row', { name: /分页测试60局/ })).toBeVisible();
  await expect(list.getByRole('row', { name: /分页测试10局/ })).toHaveCount(0);
  await expect(page.getByText(`共 ${total} 份，第 1–50 份`)).toBeVisible();
  await page.getByRole('button', { name: '报告第2页' }).scrollIntoViewIfNeeded();
  await snap(page, '05-home-pager');

  await page.getByRole('button', { name: '报告第2页' }).click();
  await expect(list.getByRole('row', { name: /分页测试10局/ })).toBeVisible();
  await expect(list.getByRole('row', { name: /分页测试60局/ })).toHaveCount(0);

  // Searching starts from the first page and counts only the matches.
  const search = page.getByRole('textbox', { name: '查找报告' });
  await search.fill('分页测试0');
  await expect(tab).toHaveText('报告（9）');
  await expect(list.getByRole('row')).toHaveCount(10);
  await expect(page.getByText(/共 \d+ 份，第/)).toHaveCount(0);
  await search.fill('没有这个机关');
  await expect(page.getByText('没有找到与“没有这个机关”相符的报告。')).toBeVisible();
  await snap(page, '06-home-search-none');
  await page.getByRole('button', { name: '清除查找' }).click();
  await expect(tab).toHaveText(`报告（${total}）`);

  // Leave the shared data folder as the other specs expect it: these reports in the trash.
  for (const id of ids) await callApi(page, 'reports:delete', { id });
  await page.reload();
  await expect(page.getByRole('tab', { name: /报告（/ })).toHaveText(`报告（${total - 60}）`);
});
