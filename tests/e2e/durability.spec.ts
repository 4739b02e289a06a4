import { expect, test, type Page } from '@playwright/test';
import { HTTP_API_PATH, HTTP_TOKEN_HEADER, HTTP_TOKEN_QUERY } from '../../src/shared/ipc';
import {
  activeCellKey,
  cell,
  createReport,
  openStep,
  serverUrl,
  snap,
  waitSaved,
} from './support/clerk';

const T3 = '三、收到和处理政府信息公开申请情况';

/** What the service has stored, read past the renderer (same token as the tabs). */
async function storedReport(id: number): Promise<{
  revision: number;
  content: { cells: Record<string, unknown>; s1: { paragraphs: string[] }[] };
}> {
  const url = new URL(serverUrl());
  const token = url.searchParams.get(HTTP_TOKEN_QUERY) ?? '';
  const response = await fetch(new URL(HTTP_API_PATH, url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', [HTTP_TOKEN_HEADER]: token },
    body: JSON.stringify({ channel: 'reports:open', input: { id } }),
  });
  const body = (await response.json()) as { ok: boolean; value: never };
  expect(body.ok).toBe(true);
  return body.value;
}

function reportUrl(id: number): string {
  return `${serverUrl()}#/report/${id}`;
}

async function typeInCell(page: Page, key: string, text: string): Promise<void> {
  await cell(page, key).click();
  await page.keyboard.type(text);
}

test('重新打开报告回到上次的步骤和单元格（返回列表或刷新）', async ({ page }) => {
  await page.goto(serverUrl());
  const id = await createReport(page, '宁陵县审计局', 2021);
  await openStep(page, T3);
  await typeInCell(page, 't3.granted.legal', '5');
  // Straight back to the list, well before the position's debounce would have fired.
  await page.getByRole('button', { name: '← 报告列表' }).click();
  await page.getByRole('button', { name: '打开 宁陵县审计局 2021年' }).click();
  await expect(page.getByRole('heading', { level: 2, name: T3 })).toBeVisible();
  await expect.poll(() => activeCellKey(page)).toBe('t3.granted.legal');
  await expect(cell(page, 't3.granted.legal')).toHaveValue('5');

  // Another cell, then a reload at once: the position goes out with the unload.
  await cell(page, 't3.denied_state_secret.natural').click();
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: T3 })).toBeVisible();
  await expect.poll(() => activeCellKey(page)).toBe('t3.denied_state_secret.natural');
  await snap(page, '70-reopened-position');
  expect((await storedReport(id)).content.cells['t3.granted.legal']).toBe(5);
});

test('同一报告在两个标签页中：后保存的一方看到“另一个窗口已修改”，不覆盖先保存的内容', async ({
  context,
}) => {
  const tabA = await context.newPage();
  await tabA.goto(serverUrl());
  const id = await createReport(tabA, '宁陵县统计局', 2021);
  const tabB = await context.newPage();
  await tabB.goto(reportUrl(id));
  await openStep(tabB, T3);
  await openStep(tabA, T3);

  await typeInCell(tabA, 't3.new.natural', '7');
  await tabA.keyboard.press('Enter');
  await waitSaved(tabA);
  const saved = await storedReport(id);
  expect(saved.content.cells['t3.new.natural']).toBe(7);

  await typeInCell(tabB, 't3.new.natural', '3');
  await tabB.keyboard.press('Enter');
  const stale = tabB.getByRole('dialog', { name: '报告已在另一个窗口中被修改' });
  await expect(stale).toBeVisible();
  await expect(stale).toContainText('没有保存');
  const copy = stale.getByLabel('您的文字');
  await expect(copy).toHaveValue(/宁陵县统计局2021年/);
  await expect(copy).toHaveValue(/自然人：3/);
  await snap(tabB, '71-stale-two-tabs');

  // A's value stands, in the store and in A after a reload.
  const after = await storedReport(id);
  expect(after.revision).toBe(saved.revision);
  expect(after.content.cells['t3.new.natural']).toBe(7);
  await tabA.reload();
  await openStep(tabA, T3);
  await expect(cell(tabA, 't3.new.natural')).toHaveValue('7');

  // B reloads: A's content, nothing of B's.
  await stale.getByRole('button', { name: '重新载入' }).click();
  await expect(stale).toBeHidden();
  await expect(cell(tabB, 't3.new.natural')).toHaveValue('7');
});

test('输入后立即刷新：刚打的字不丢（卸载时的保存）', async ({ page }) => {
  await page.goto(serverUrl());
  const id = await createReport(page, '宁陵县民政局', 2021);
  await openStep(page, '一、总体情况');
  const block = page.locator('[data-paragraphs="s1:0"]');
  await block.click();
  await page.keyboard.type('本年度主动公开');
  // Well within the 300 ms debounce: nothing has been saved by the timer yet.
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: '一、总体情况' })).toBeVisible();
  await expect(page.locator('[data-paragraphs="s1:0"]')).toHaveValue('本年度主动公开');
  expect((await storedReport(id)).content.s1[0]!.paragraphs.join('')).toContain('本年度主动公开');
});

test('单元格拒收小数、超过 10 亿的数，提示原因并保留原值', async ({ page }) => {
  await page.goto(serverUrl());
  await createReport(page, '宁陵县林业局', 2021);
  await openStep(page, T3);
  await typeInCell(page, 't3.new.natural', '12');
  await page.keyboard.press('Enter');
  await expect(cell(page, 't3.new.natural')).toHaveValue('12');

  // A decimal point in a count cell.
  await typeInCell(page, 't3.new.natural', '1.');
  await expect(page.getByRole('alert').filter({ hasText: '必须是整数' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(cell(page, 't3.new.natural')).toHaveValue('12');

  // Over a billion: refused on the keystroke that crosses it.
  await typeInCell(page, 't3.new.natural', '10000000000');
  await expect(page.getByRole('alert').filter({ hasText: '超过 10 亿' })).toBeVisible();
  await expect(cell(page, 't3.new.natural')).toHaveValue('1000000000');
  await snap(page, '72-cell-refused');
  await page.keyboard.press('Escape');
  await expect(cell(page, 't3.new.natural')).toHaveValue('12');
});
