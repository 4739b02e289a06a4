import { expect, test, type Browser, type Page } from '@playwright/test';
import { reportText, seedLike2021 } from '../unit/integration/fixtures';
import {
  createReport,
  openStep,
  readPastedReport,
  serverUrl,
  snap,
  uncertainKeys,
  waitSaved,
} from './support/clerk';

/**
 * The review notes (cells to check after an import, the 2019→2021 conversion list, ignored year
 * suggestions) live in the database: a new window — a new browser context, so an empty
 * sessionStorage — still shows them.
 */

const T3_STEP = '三、收到和处理政府信息公开申请情况';

/** A published report as pasted text, one number missing in 二、上年结转 (7 cells left unsure). */
function pastedWithGap(organ: string): string {
  const row = '二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0';
  const text = reportText(seedLike2021(organ));
  expect(text).toContain(row);
  return text.replace(row, '二、上年结转政府信息公开申请数量 0 0 0 0 0 0');
}

/** Waits for the next notes:update the page sends to be answered. */
function notesWritten(page: Page) {
  return page.waitForResponse(
    (r) => r.url().includes('/api/call') && (r.request().postData() ?? '').includes('notes:update'),
  );
}

/** The report opened in a fresh browser context: nothing kept from the window that closed. */
async function openInNewWindow(browser: Browser, id: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.goto(`${serverUrl()}#/report/${id}`);
  await expect(page.getByTestId('save-status')).toBeVisible({ timeout: 30_000 });
  const kept = await page.evaluate(() =>
    Object.keys(sessionStorage).filter((k) => k !== 'nianbao.token'),
  );
  expect(kept).toEqual([]);
  return page;
}

const reportIdOf = (page: Page) => Number(/#\/report\/(\d+)$/.exec(page.url())![1]);

test('导入后不确定的单元格保存在数据库：关闭窗口后在新窗口打开仍标橙，核对无误的不再标出', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await page.goto(serverUrl());
  await page.getByRole('button', { name: '导入已发布的报告' }).click();
  const list = await readPastedReport(page, pastedWithGap('宁陵县备注测试局'));
  const keys = await uncertainKeys(list);
  const inT3 = keys.filter((k) => k.startsWith('t3.'));
  expect(inT3.length).toBeGreaterThanOrEqual(2);

  await page.getByTestId('import-review').getByRole('button', { name: '接受' }).click();
  await expect(page).toHaveURL(/#\/report\/\d+$/, { timeout: 30_000 });
  const id = reportIdOf(page);
  await openStep(page, T3_STEP);
  for (const key of inT3)
    await expect(page.locator(`td[data-uncertain] [data-cell="${key}"]`)).toBeVisible();

  // 核对无误 on one cell, then the window closes.
  const [confirmed, ...left] = inT3;
  const written = notesWritten(page);
  await page
    .getByTestId('uncertain-marks')
    .locator(`[data-uncertain-mark="${confirmed}"]`)
    .getByRole('button', { name: '核对无误' })
    .click();
  await written;
  await page.context().close();

  const again = await openInNewWindow(browser, id);
  await openStep(again, T3_STEP);
  await expect(again.getByTestId('uncertain-marks')).toContainText(
    `导入时无法确定的单元格，请核对（${left.length} 个，已标橙）`,
  );
  for (const key of left)
    await expect(again.locator(`td[data-uncertain] [data-cell="${key}"]`)).toBeVisible();
  await expect(again.locator(`td[data-uncertain] [data-cell="${confirmed}"]`)).toHaveCount(0);
  await snap(again, '27-wizard-uncertain-new-window');
  await again.context().close();
});

test('模板新建（2019 版 → 2021 版）的格式转换说明和忽略的年份建议保存在数据库：新窗口中照旧，“知道了”后不再显示', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const organ = '宁陵县备注模板局';
  await page.goto(serverUrl());
  await createReport(page, organ, 2020);
  await openStep(page, '一、总体情况');
  await page
    .locator('[data-paragraphs="s1:0"]')
    .fill('2020年，我局认真贯彻政府信息公开条例。2020年共收到政府信息公开申请2件。');
  await waitSaved(page);
  await page.getByRole('button', { name: '← 报告列表' }).click();

  await page.getByRole('button', { name: `以此为模板新建下一年度 ${organ} 2020年` }).click();
  const dialog = page.getByRole('dialog', { name: '以此为模板新建下一年度' });
  await expect(dialog.getByLabel('新报告的年度')).toHaveValue('2021');
  await dialog.getByRole('button', { name: '创建' }).click();
  await expect(page).toHaveURL(/#\/report\/\d+$/);
  const id = reportIdOf(page);

  const panel = page.getByTestId('year-suggestions');
  await expect(panel.getByTestId('conversion-list')).toContainText('格式转换：2019版 → 2021版');
  const items = panel.locator('[data-suggestion]');
  await expect(items.first()).toBeVisible();
  const count = await items.count();
  expect(count).toBeGreaterThanOrEqual(2);
  const ignoredId = (await items.first().getAttribute('data-suggestion'))!;
  const written = notesWritten(page);
  await items.first().getByRole('button', { name: /^忽略/ }).click();
  await written;
  await expect(panel.locator(`[data-suggestion="${ignoredId}"]`)).toHaveCount(0);
  await page.context().close();

  // A new window: the conversion list is still there, the ignored suggestion still ignored.
  const second = await openInNewWindow(browser, id);
  const panel2 = second.getByTestId('year-suggestions');
  const conversion = panel2.getByTestId('conversion-list');
  await expect(conversion).toContainText('格式转换：2019版 → 2021版');
  await expect(panel2.locator('[data-suggestion]')).toHaveCount(count - 1);
  await expect(panel2.locator(`[data-suggestion="${ignoredId}"]`)).toHaveCount(0);
  const dismissed = notesWritten(second);
  await conversion.getByRole('button', { name: '知道了' }).click();
  await dismissed;
  await expect(conversion).toHaveCount(0);
  await second.context().close();

  const third = await openInNewWindow(browser, id);
  const panel3 = third.getByTestId('year-suggestions');
  await expect(panel3.locator('[data-suggestion]')).toHaveCount(count - 1);
  await expect(panel3.getByTestId('conversion-list')).toHaveCount(0);
  await third.context().close();
});
