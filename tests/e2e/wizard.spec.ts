import { expect, test, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLES_DIR } from '../helpers/samples';
import {
  activeCellKey,
  cell,
  createReport,
  fillTableWithZeros,
  openStep,
  pasteInto,
  serverUrl,
  snap,
  waitSaved,
} from './support/clerk';

const ORGAN = '宁陵县工业信息化和科技局';
const SEED = SAMPLES_DIR ? join(SAMPLES_DIR, '000_dcd80c00dea1f0d9.txt') : null;
const seedPresent = SEED !== null && existsSync(SEED);

/** Section 一 of the seed as extracted from its PDF (radical code points, broken lines). */
function sectionOneText(): string {
  if (!seedPresent) {
    return '（⼀）主动公开情况。我局通过政府⻔⼾⽹站主动公开政府信息，\n\n深⼊推进各部⻔信息公开。\n\n— 1 —\n（⼆）依申请公开办理情况。没有收到申请。';
  }
  const lines = readFileSync(SEED!, 'utf8').split('\n');
  const start = lines.findIndex((l) => l.trim().startsWith('（⼀）'));
  const end = lines.findIndex((l) => l.includes('主动公开政府信息情况'));
  return lines.slice(start, end).join('\n');
}

const RADICALS = /[\u2e80-\u2fdf]/u;
const APPLICANTS = ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other'];

async function cellValue(page: Page, key: string): Promise<string> {
  return cell(page, key).inputValue();
}

test(`${ORGAN} 2021：粘贴第一部分（${seedPresent ? '读取样本 000_dcd80c00dea1f0d9.txt' : '样本缺失，使用含 ⼀ ⻔ ⼾ 的输入文字'}），键盘填表三、勾稽检查与跳转、块粘贴、撤销重做、定稿、刷新后只读`, async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.goto(serverUrl());
  await createReport(page, ORGAN, 2021);
  await expect(page.getByRole('heading', { level: 2, name: '基本信息' })).toBeVisible();
  await expect(page.getByLabel('报告标题')).toHaveValue(`${ORGAN}2021年政府信息公开工作年度报告`);
  await snap(page, '10-basic');

  // 一、总体情况: paste the seed's text → no radical look-alikes left.
  await openStep(page, '一、总体情况');
  const firstBlock = page.locator('[data-paragraphs="s1:0"]');
  await pasteInto(firstBlock, sectionOneText());
  const pasted = await firstBlock.inputValue();
  expect(pasted).not.toMatch(RADICALS);
  expect(pasted).toContain('部门');
  expect(pasted).toContain('门户');
  expect(pasted).not.toContain('— 1 —');
  await expect(page.getByTestId('char-count')).not.toContainText('共 0 字');
  await waitSaved(page);
  await snap(page, '11-section1-pasted');

  // Typing in the middle, then Ctrl+Z: the text is back and the caret stays where the clerk typed.
  await page.waitForTimeout(1600); // past the undo stack's 1.5 s coalescing of one block's typing
  await firstBlock.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(10, 10));
  await page.keyboard.type('插入');
  await expect(firstBlock).toHaveValue(`${pasted.slice(0, 10)}插入${pasted.slice(10)}`);
  await page.keyboard.press('Control+z');
  await expect(firstBlock).toHaveValue(pasted);
  expect(await firstBlock.evaluate((el: HTMLTextAreaElement) => el.selectionStart)).toBe(10);
  await page.keyboard.press('Control+y');
  await expect(firstBlock).toHaveValue(`${pasted.slice(0, 10)}插入${pasted.slice(10)}`);
  expect(await firstBlock.evaluate((el: HTMLTextAreaElement) => el.selectionStart)).toBe(12);
  await page.keyboard.press('Control+z');
  await expect(firstBlock).toHaveValue(pasted);
  await waitSaved(page);

  // 三: zeros, then typed values with the keyboard so the table does not balance.
  await openStep(page, '三、收到和处理政府信息公开申请情况');
  await fillTableWithZeros(page);
  await expect(cell(page, 't3.total_handled.total')).toHaveValue('0');
  await cell(page, 't3.new.natural').click();
  await page.keyboard.type('3');
  await page.keyboard.press('Tab');
  await page.keyboard.type('1');
  await page.keyboard.press('Enter');
  await expect.poll(() => activeCellKey(page)).toBe('t3.carried_over.commercial');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => activeCellKey(page)).toBe('t3.granted.natural');
  await page.keyboard.type('2');
  await page.keyboard.press('Enter');
  await expect(cell(page, 't3.new.total')).toHaveValue('4');
  await expect(cell(page, 't3.total_handled.natural')).toHaveValue('2');

  // Refused at the cell: letters, negatives, decimals — the value stays.
  await cell(page, 't3.new.research').click();
  await page.keyboard.type('a');
  await expect(page.getByRole('alert').filter({ hasText: '只能填写数字' })).toBeVisible();
  await page.keyboard.type('-');
  await expect(page.getByRole('alert').filter({ hasText: '不能为负数' })).toBeVisible();
  await expect(cell(page, 't3.new.research')).toHaveValue('0');
  await page.keyboard.press('Escape');

  const balance = page.getByTestId('step-issues').locator('[data-rule="T3-BALANCE"]');
  await expect(balance.first()).toBeVisible();
  await expect(balance.first()).toContainText(/3|4/);
  await snap(page, '12-table3-unbalanced');
  await balance.first().getByRole('button').first().click();
  // The jump focuses the cell once the step has rendered: wait for it rather than racing it.
  await expect.poll(() => activeCellKey(page)).toMatch(/^t3\./);
  const focused = await activeCellKey(page);
  await expect(cell(page, focused!)).toHaveAttribute('data-highlight', 'true');
  await snap(page, '13-table3-jump');

  // Fix: 3 granted to natural persons, the commercial one carried forward.
  await cell(page, 't3.granted.natural').click();
  await page.keyboard.type('3');
  await page.keyboard.press('Enter');
  await cell(page, 't3.carried_forward.commercial').click();
  await page.keyboard.type('1');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('step-issues').locator('[data-rule="T3-BALANCE"]')).toHaveCount(0);

  // Paste a 3×6 block of full-width digits into the applicant columns.
  await pasteInto(
    cell(page, 't3.new.natural'),
    '２\t１\t０\t０\t０\t０\r\n０\t０\t０\t０\t０\t０\r\n２\t０\t０\t０\t０\t０\r\n',
  );
  await expect(page.getByTestId('paste-report')).toContainText('已粘贴3行×6列');
  await expect(cell(page, 't3.new.natural')).toHaveValue('2');
  await expect(cell(page, 't3.granted.natural')).toHaveValue('2');
  await expect(cell(page, 't3.new.total')).toHaveValue('3');
  await expect(page.getByTestId('step-issues').locator('[data-rule="T3-BALANCE"]')).toHaveCount(0);

  // A 2×7 block whose 总计 column disagrees: values pasted, the difference reported.
  await pasteInto(cell(page, 't3.new.natural'), '3\t1\t0\t0\t0\t0\t9\n0\t0\t0\t0\t0\t0\t0');
  await expect(page.getByTestId('paste-report')).toContainText('粘贴的合计为9');
  await expect(page.getByTestId('paste-report')).toContainText('按各项相加为4');
  await expect(cell(page, 't3.new.natural')).toHaveValue('3');
  await expect(cell(page, 't3.new.total')).toHaveValue('4');
  await snap(page, '14-table3-paste-mismatch');

  // A block with “abc”: refused whole, nothing changed.
  const before = await Promise.all(APPLICANTS.map((c) => cellValue(page, `t3.new.${c}`)));
  await pasteInto(cell(page, 't3.new.natural'), '5\t5\t5\n5\tabc\t5');
  await expect(page.getByTestId('paste-report')).toContainText('“abc”');
  await expect(page.getByTestId('paste-report')).toContainText('未粘贴');
  expect(await Promise.all(APPLICANTS.map((c) => cellValue(page, `t3.new.${c}`)))).toEqual(before);
  await snap(page, '15-table3-paste-refused');

  // Undo the 2×7 paste, redo it, undo again (back to the balanced table).
  await page.keyboard.press('Control+z');
  await expect(cell(page, 't3.new.natural')).toHaveValue('2');
  await page.keyboard.press('Control+y');
  await expect(cell(page, 't3.new.natural')).toHaveValue('3');
  await page.keyboard.press('Control+Shift+z');
  await expect(cell(page, 't3.new.natural')).toHaveValue('3');
  await page.keyboard.press('Control+z');
  await expect(cell(page, 't3.new.natural')).toHaveValue('2');
  await expect(cell(page, 't3.new.total')).toHaveValue('3');

  // The other tables: nothing happened this year.
  for (const [step, key] of [
    ['二、主动公开政府信息情况', 't2.regulations.made'],
    ['四、政府信息公开行政复议、行政诉讼情况', 't4.review.upheld'],
  ] as const) {
    await openStep(page, step);
    await fillTableWithZeros(page);
    await expect(cell(page, key)).toHaveValue('0');
    await snap(page, step.startsWith('二') ? '16-table2' : '17-table4');
  }
  await openStep(page, '五、存在的主要问题及改进情况');
  await page
    .locator('[data-paragraphs="s5:0"]')
    .fill('政府信息公开工作人员业务水平有待提高，主动公开内容不够全面，更新不够及时。');
  await page
    .locator('[data-paragraphs="s5:1"]')
    .fill('加强业务培训，健全信息发布审核机制，及时更新公开内容。');
  await snap(page, '18-section5');

  // 检查与导出: no errors left; acknowledge every warning, then 定稿.
  await openStep(page, '检查与导出');
  const panel = page.getByTestId('checks-panel');
  await expect(panel.getByTestId('checks-summary')).toContainText('错误 0 项');
  await snap(page, '19-checks');
  for (let i = 0; i < 30; i++) {
    const next = panel.getByRole('button', { name: '确认无误' }).first();
    if ((await next.count()) === 0) break;
    await next.click();
    const dialog = page.getByRole('dialog', { name: '确认警告' });
    await dialog.getByLabel('说明（选填）').fill('已核实。');
    await dialog.getByRole('button', { name: '确认', exact: true }).click();
    await expect(dialog).toBeHidden();
  }
  await expect(panel.getByTestId('checks-summary')).toContainText('未确认 0 项');
  await waitSaved(page);
  await page.getByRole('button', { name: '定稿', exact: true }).click();
  await expect(page.getByTestId('final-banner')).toBeVisible();
  await expect(page.getByTestId('report-status')).toHaveText('已定稿');
  await snap(page, '20-finalized');

  // Reload: everything is there and read-only.
  await page.reload();
  await expect(page.getByTestId('final-banner')).toBeVisible();
  await openStep(page, '三、收到和处理政府信息公开申请情况');
  await expect(cell(page, 't3.new.natural')).toHaveValue('2');
  await expect(cell(page, 't3.new.natural')).toHaveAttribute('readonly', '');
  await cell(page, 't3.new.natural').click();
  await page.keyboard.type('7');
  await expect(cell(page, 't3.new.natural')).toHaveValue('2');
  await snap(page, '21-reloaded-readonly');
  await openStep(page, '一、总体情况');
  await expect(page.locator('[data-paragraphs="s1:0"]')).toHaveValue(pasted);
  await expect(page.locator('[data-paragraphs="s1:0"]')).toHaveAttribute('readonly', '');

  // 撤销定稿 needs a reason; afterwards the report is a draft again and editable.
  await openStep(page, '检查与导出');
  await page.getByRole('button', { name: '撤销定稿' }).click();
  const reopen = page.getByRole('dialog', { name: '撤销定稿' });
  const confirmReopen = reopen.getByRole('button', { name: '撤销定稿' });
  await expect(confirmReopen).toBeDisabled();
  await reopen.getByLabel('撤销原因').fill('发现表三数字有误，需要修改。');
  await confirmReopen.click();
  await expect(reopen).toBeHidden();
  await expect(page.getByTestId('report-status')).toHaveText('草稿');
  await expect(page.getByTestId('final-banner')).toBeHidden();
});
