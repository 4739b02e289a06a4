import { expect, test } from '@playwright/test';
import { createReport, serverUrl, snap } from './support/clerk';

test('新建报告后刷新仍在列表中；删除进回收站，可恢复（issue 2）', async ({ page }) => {
  await page.goto(serverUrl());
  await expect(page.getByRole('heading', { name: '年报编制助手' })).toBeVisible();
  await expect(page.getByTestId('deadline')).toContainText('政府部门');
  await expect(page.getByTestId('deadline')).toContainText('县（区）政府本级');
  expect(new URL(page.url()).searchParams.has('token')).toBe(false);
  await snap(page, '01-home-empty');

  await createReport(page, '宁陵县教育体育局', 2025);
  await page.getByRole('button', { name: '← 报告列表' }).click();
  await page.reload();
  const row = page.getByTestId('report-list').getByRole('row', { name: /宁陵县教育体育局/ });
  await expect(row).toContainText('2025年');
  await expect(row).toContainText('草稿');
  await snap(page, '02-home-list');

  // A second report for the same organ and year is refused, with a way to the existing one.
  await page.getByRole('button', { name: '新建报告' }).click();
  const dialog = page.getByRole('dialog', { name: '新建报告' });
  await dialog.getByLabel('机关名称').fill('宁陵县教育体育局');
  await dialog.getByLabel('年度').fill('2025');
  await dialog.getByRole('button', { name: '创建' }).click();
  await expect(dialog.getByTestId('create-error')).toBeVisible();
  await expect(dialog.getByRole('button', { name: '打开已有报告' })).toBeVisible();
  await snap(page, '03-create-duplicate');
  await dialog.getByRole('button', { name: '取消' }).click();

  await row.getByRole('button', { name: /删除/ }).click();
  await page
    .getByRole('dialog', { name: '删除报告' })
    .getByRole('button', { name: '移入回收站' })
    .click();
  await expect(
    page.getByTestId('report-list').getByRole('row', { name: /宁陵县教育体育局/ }),
  ).toHaveCount(0);
  await page.getByRole('tab', { name: /回收站/ }).click();
  const trashed = page.getByTestId('trash-list').getByRole('row', { name: /宁陵县教育体育局/ });
  await expect(trashed).toBeVisible();
  await snap(page, '04-trash');
  await trashed.getByRole('button', { name: /恢复/ }).click();
  await page.getByRole('tab', { name: /报告（/ }).click();
  await expect(
    page.getByTestId('report-list').getByRole('row', { name: /宁陵县教育体育局/ }),
  ).toBeVisible();
});
