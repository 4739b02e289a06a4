import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLES_DIR } from '../helpers/samples';
import { createReport, openStep, serverUrl, snap, waitSaved } from './support/clerk';

/**
 * The main screens at Windows display scaling on a 1366×768 screen: 125 % leaves 1093×614 CSS
 * pixels, 150 % leaves 911×512. The screenshots are for a person to look at (artifacts/screenshots);
 * the assertions catch the worst: a primary button pushed off screen.
 */
const SCALES = [
  { factor: 1.25, viewport: { width: 1093, height: 614 }, tag: 'scale125', organ: '宁陵县审计局' },
  { factor: 1.5, viewport: { width: 911, height: 512 }, tag: 'scale150', organ: '宁陵县统计局' },
] as const;

const SAMPLE_TEXT = SAMPLES_DIR ? join(SAMPLES_DIR, '01_huaian_city_2024_pdftotext.txt') : null;

for (const scale of SCALES) {
  test.describe(`${Math.round(scale.factor * 100)}% 缩放（${scale.viewport.width}×${scale.viewport.height}）`, () => {
    test.use({ viewport: scale.viewport, deviceScaleFactor: scale.factor });

    test(`主要界面截图（${scale.tag}）`, async ({ page }) => {
      test.setTimeout(180_000);
      const shot = (name: string) => snap(page, `${scale.tag}-${name}`);
      await page.goto(serverUrl());
      await createReport(page, scale.organ, 2023);
      await shot('10-basic');
      await openStep(page, '一、总体情况');
      await page
        .locator('[data-paragraphs="s1:0"]')
        .fill(
          '2023年，我局认真贯彻《中华人民共和国政府信息公开条例》，全年主动公开政府信息86条。2023年共收到政府信息公开申请2件，均按期答复。',
        );
      await waitSaved(page);
      await shot('11-section1');
      await openStep(page, '三、收到和处理政府信息公开申请情况');
      await shot('12-table3');
      await openStep(page, '检查与导出');
      await expect(page.getByTestId('preview-frame')).toBeVisible({ timeout: 60_000 });
      await expect(page.getByTestId('export-button')).toBeVisible();
      await shot('13-check-export');
      await page.getByTestId('preview-frame').scrollIntoViewIfNeeded();
      await shot('14-preview');

      await page.getByRole('button', { name: '← 报告列表' }).click();
      await expect(page.getByRole('button', { name: '新建报告' })).toBeInViewport();
      await expect(page.getByRole('button', { name: '导入已发布的报告' })).toBeInViewport();
      await shot('01-home');
      await page
        .getByRole('button', { name: `以此为模板新建下一年度 ${scale.organ} 2023年` })
        .click();
      await shot('02-template-dialog');
      await page
        .getByRole('dialog', { name: '以此为模板新建下一年度' })
        .getByRole('button', { name: '创建' })
        .click();
      await expect(page.getByTestId('year-suggestions')).toBeVisible();
      await expect(page.getByRole('button', { name: '全部接受' })).toBeInViewport();
      await shot('20-year-suggestions');
      await openStep(page, '一、总体情况');
      await page.getByRole('button', { name: '与上年对比' }).click();
      await expect(page.getByTestId('compare-panel')).toBeVisible();
      await shot('21-compare');
      await page.getByRole('button', { name: '与上年对比' }).click();

      await page.getByRole('button', { name: '← 报告列表' }).click();
      await page.getByRole('button', { name: '设置' }).click();
      await expect(page.getByRole('heading', { name: '设置', level: 1 })).toBeVisible();
      await shot('30-settings');

      await page.getByRole('button', { name: '返回报告列表' }).click();
      await page.getByRole('button', { name: '导入已发布的报告' }).click();
      await shot('40-import-choose');
      if (SAMPLE_TEXT && existsSync(SAMPLE_TEXT)) {
        await page.getByLabel('或粘贴报告全文').fill(readFileSync(SAMPLE_TEXT, 'utf8'));
        await page.getByRole('button', { name: '读取粘贴的文字' }).click();
        await expect(page.getByTestId('import-review')).toBeVisible({ timeout: 60_000 });
        await expect(page.getByRole('button', { name: '接受' })).toBeInViewport();
        await shot('41-import-review');
        await page.getByRole('tab', { name: '表三' }).click();
        await shot('42-import-review-table3');
      } else {
        console.log('未找到样本文字，跳过导入核对界面的截图');
      }
    });
  });
}
