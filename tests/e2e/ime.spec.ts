import { expect, test, type Page } from '@playwright/test';
import { cell, createReport, openStep, serverUrl, waitSaved } from './support/clerk';

/** What a Chinese input method does: shows the pinyin while composing, then commits the text. */
async function typeWithIme(page: Page, pinyin: string, committed: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  for (let i = 1; i <= pinyin.length; i++) {
    await cdp.send('Input.imeSetComposition', {
      text: pinyin.slice(0, i),
      selectionStart: i,
      selectionEnd: i,
    });
  }
  await cdp.send('Input.insertText', { text: committed });
  await cdp.detach();
}

test('用输入法输入：正文中拼音组字后只留下汉字并保存；表格中全角数字可直接填写（输入法）', async ({
  page,
}) => {
  await page.goto(serverUrl());
  const id = await createReport(page, '输入法测试局', 2024);
  await openStep(page, '一、总体情况');
  const block = page.locator('[data-paragraphs="s1:0"]');
  await block.click();
  await page.keyboard.type('本年度');
  // Mid-composition the pinyin shows in the field (a real composition, not plain typing)…
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'gong', selectionStart: 4, selectionEnd: 4 });
  await expect(block).toHaveValue('本年度gong');
  await cdp.detach();
  // …and the committed characters replace it.
  await typeWithIme(page, 'gongkai', '公开');
  await typeWithIme(page, 'xinxi', '信息');
  await expect(block).toHaveValue('本年度公开信息');
  // The caret stays at the end of what was typed: the next word goes after it.
  await typeWithIme(page, 'shitiao', '十条');
  await expect(block).toHaveValue('本年度公开信息十条');
  await waitSaved(page);

  // In a number cell the IME's full-width digits are taken as numbers; pinyin is refused.
  await openStep(page, '三、收到和处理政府信息公开申请情况');
  const natural = cell(page, 't3.new.natural');
  await natural.click();
  await typeWithIme(page, '１２', '１２');
  await page.keyboard.press('Enter');
  await expect(natural).toHaveValue('12');
  const commercial = cell(page, 't3.new.commercial');
  await commercial.click();
  await typeWithIme(page, 'san', '三');
  await expect(commercial).toHaveValue('');
  await page.keyboard.press('Escape');
  await waitSaved(page);

  await page.reload();
  await expect(page).toHaveURL(new RegExp(`#/report/${id}`));
  await openStep(page, '一、总体情况');
  await expect(page.locator('[data-paragraphs="s1:0"]')).toHaveValue('本年度公开信息十条');
  await openStep(page, '三、收到和处理政府信息公开申请情况');
  await expect(cell(page, 't3.new.natural')).toHaveValue('12');
});
