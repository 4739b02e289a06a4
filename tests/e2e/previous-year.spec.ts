import { expect, test } from '@playwright/test';
import {
  cell,
  createReport,
  fillTableWithZeros,
  openStep,
  serverUrl,
  snap,
  waitSaved,
} from './support/clerk';

const ORGAN = '宁陵县市场监督管理局';

/** Last year's 一、总体情况 as a clerk wrote it: several sentences naming the year. */
const TEXT_2021 = [
  '2021年，我局深入贯彻落实《中华人民共和国政府信息公开条例》，把政务公开作为转变工作作风的重要抓手。',
  '全年通过门户网站主动公开政府信息326条，其中行政许可信息198条、行政处罚信息37条。',
  '我局调整了政务公开工作领导小组，明确一名副局长分管，办公室具体负责日常工作。',
  '2021年共收到政府信息公开申请3件，均在法定期限内答复。',
  '我局完善了信息发布审核制度，坚持先审后发，全年未发生泄密事件。',
].join('');

const TEXT_2022 = [
  '2022年，我局围绕食品安全和营商环境两项重点，调整主动公开目录，新增市场主体信用信息栏目。',
  '全年在县政府门户网站发布双随机抽查结果41批次，公开行政处罚决定52件。',
  '针对申请人反映的查询不便问题，我局在政务服务大厅设立了信息查阅点并配备专人值守。',
  '本年度共收到政府信息公开申请5件，全部按期办结，未发生行政复议和行政诉讼。',
].join('');

test('以 2021 年报告为模板新建 2022：年份建议全部接受，上年结转取自上年结转下年度，表二提示，重复率与 REUSE 警告随修改消失', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.goto(serverUrl());
  await createReport(page, ORGAN, 2021);
  await openStep(page, '一、总体情况');
  await page.locator('[data-paragraphs="s1:0"]').fill(TEXT_2021);
  await openStep(page, '三、收到和处理政府信息公开申请情况');
  await fillTableWithZeros(page);
  await cell(page, 't3.carried_forward.natural').click();
  await page.keyboard.type('2');
  await page.keyboard.press('Tab');
  await page.keyboard.type('1');
  await page.keyboard.press('Enter');
  await expect(cell(page, 't3.carried_forward.total')).toHaveValue('3');
  await waitSaved(page);
  await page.getByRole('button', { name: '← 报告列表' }).click();

  // 以此为模板新建下一年度: the year defaults to 2022.
  await page.getByRole('button', { name: `以此为模板新建下一年度 ${ORGAN} 2021年` }).click();
  const dialog = page.getByRole('dialog', { name: '以此为模板新建下一年度' });
  await expect(dialog.getByLabel('新报告的年度')).toHaveValue('2022');
  await snap(page, '50-template-dialog');
  await dialog.getByRole('button', { name: '创建' }).click();
  await expect(page).toHaveURL(/#\/report\/\d+$/);

  const panel = page.getByTestId('year-suggestions');
  await expect(panel).toBeVisible();
  const items = panel.locator('[data-suggestion]');
  await expect(items.first()).toBeVisible();
  expect(await items.count()).toBeGreaterThanOrEqual(2);
  await expect(items.first().locator('del')).toHaveText(/2021/);
  await expect(items.first().locator('ins')).toHaveText(/2022/);
  await snap(page, '51-year-suggestions');
  await panel.getByRole('button', { name: '全部接受' }).click();
  await expect(panel).toHaveCount(0);

  await openStep(page, '一、总体情况');
  const s1 = page.locator('[data-paragraphs="s1:0"]');
  await expect(s1).toHaveValue(/^2022年，我局/);
  await expect(s1).toHaveValue(/2022年共收到/);
  expect(await s1.inputValue()).not.toContain('2021年');

  await openStep(page, '三、收到和处理政府信息公开申请情况');
  await expect(cell(page, 't3.carried_over.natural')).toHaveValue('2');
  await expect(cell(page, 't3.carried_over.commercial')).toHaveValue('1');
  await expect(cell(page, 't3.carried_over.total')).toHaveValue('3');

  await openStep(page, '二、主动公开政府信息情况');
  await expect(page.getByTestId('t2-hints')).toContainText('上年现行有效件数');
  await snap(page, '52-t2-hints');

  // 与上年对比: the text is last year's, so 一 is copied in full.
  await openStep(page, '一、总体情况');
  await page.getByRole('button', { name: '与上年对比' }).click();
  const compare = page.getByTestId('compare-panel');
  await expect(compare).toBeVisible();
  const ratio = Number(
    await compare.locator('[data-reuse-section="s1"]').getAttribute('data-ratio'),
  );
  expect(ratio).toBeGreaterThanOrEqual(0.5);
  await expect(compare.getByTestId('reuse-warning-s1')).toContainText('REUSE');
  await expect(compare.locator('[data-reuse-section="s1"] mark').first()).toBeVisible();
  await snap(page, '53-compare-reuse');
  await compare.getByRole('tab', { name: '表格' }).click();
  await expect(compare.getByTestId('compare-t3')).toBeVisible();
  await snap(page, '54-compare-tables');

  // Rewriting the section: the warning goes while typing, without saving first.
  await s1.fill(TEXT_2022);
  await compare.getByRole('tab', { name: '重复率' }).click();
  await expect(compare.getByTestId('reuse-warning-s1')).toHaveCount(0);
  expect(
    Number(await compare.locator('[data-reuse-section="s1"]').getAttribute('data-ratio')),
  ).toBeLessThan(0.5);
  await snap(page, '55-compare-reuse-rewritten');
  await compare.getByRole('tab', { name: '正文' }).click();
  await expect(compare.locator('ins.diff-added').first()).toBeVisible();
  await expect(compare.locator('del.diff-removed').first()).toBeVisible();
  await snap(page, '56-compare-texts');
  await waitSaved(page);
});
