import { expect, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const SCREENSHOT_DIR = resolve(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'artifacts',
  'screenshots',
);

export function serverUrl(): string {
  const url = process.env.NIANBAO_E2E_URL;
  if (!url)
    throw new Error('NIANBAO_E2E_URL 未设置：请通过 playwright.config.ts 的 globalSetup 运行。');
  return url;
}

/** Full-window screenshot at the test's viewport (1366×768), kept as a test artifact. */
export async function snap(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
}

/** A paste as Excel/WPS or a PDF viewer delivers it: a ClipboardEvent carrying text/plain. */
export async function pasteInto(target: Locator, text: string): Promise<void> {
  await target.focus();
  await target.evaluate((el, t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    el.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
}

export function cell(page: Page, key: string): Locator {
  return page.locator(`[data-cell="${key}"]`);
}

export async function activeCellKey(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.getAttribute('data-cell') ?? null);
}

export async function createReport(page: Page, organ: string, year: number): Promise<number> {
  await page.getByRole('button', { name: '新建报告' }).click();
  const dialog = page.getByRole('dialog', { name: '新建报告' });
  await dialog.getByLabel('机关名称').fill(organ);
  await dialog.getByLabel('年度').fill(String(year));
  await dialog.getByRole('button', { name: '创建' }).click();
  await expect(page).toHaveURL(/#\/report\/\d+$/);
  return Number(/#\/report\/(\d+)$/.exec(page.url())![1]);
}

export async function openStep(page: Page, label: string): Promise<void> {
  await page
    .getByRole('navigation', { name: '编写步骤' })
    .getByText(label, { exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 2, name: label })).toBeVisible();
}

export async function waitSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-save-state', 'saved');
}

/**
 * 本表全部填 0 and its confirmation. The dialog opens with a short animation; a click that lands
 * while it is still moving can miss the button, so the confirmation is repeated until the dialog
 * has closed (the table's values are then asserted by the caller).
 */
export async function fillTableWithZeros(page: Page): Promise<void> {
  await page.getByRole('button', { name: '本表全部填 0' }).click();
  const dialog = page.getByRole('dialog', { name: '本表全部填 0' });
  await expect(async () => {
    if (await dialog.isVisible()) await dialog.getByRole('button', { name: '全部填 0' }).click();
    await expect(dialog).toBeHidden({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
}

/**
 * On the import page: pastes `text`, reads it, and waits for the review's list of cells to check
 * (the caller expects some). Returns that list.
 */
export async function readPastedReport(page: Page, text: string): Promise<Locator> {
  await page.getByLabel('或粘贴报告全文').fill(text);
  await page.getByRole('button', { name: '读取粘贴的文字' }).click();
  const list = page.getByTestId('uncertain-list').locator('[data-uncertain-key]');
  await expect(list.first()).toBeVisible({ timeout: 60_000 });
  return list;
}

/** The cell keys of the review's list of cells to check. */
export async function uncertainKeys(list: Locator): Promise<string[]> {
  return (await list.evaluateAll((els) =>
    els.map((e) => e.getAttribute('data-uncertain-key')),
  )) as string[];
}
