import { chromium, type Page } from 'playwright-core';
import { startServerProcess } from '../tests/e2e/support/browserServer';
import { percentile, register, row, type BenchRow } from './registry';

export interface RendererBenchOptions {
  /** Browser-mode address with `?token=…` (as printed by `npm run start:browser`). */
  url: string;
  chromiumPath?: string;
  /** Keystrokes measured in a table 三 cell. */
  keystrokes?: number;
}

export interface RendererBenchResult {
  /** Keystroke in a table 三 cell → its row total and （七）总计 updated in the DOM (ms). */
  keystrokeMedianMs: number;
  keystrokeP95Ms: number;
  /** A full 25×6 block pasted into table 三 → all cells and totals updated (ms). */
  pasteFullBlockMs: number;
  /** One edit → the save call answered (ms; includes the ~300 ms debounce). */
  editToStoredMs: number;
  /** JS heap in use with the filled report open (MB, after GC). */
  heapUsedMB: number;
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

async function openTable3(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: '新建报告' }).click();
  const dialog = page.getByRole('dialog', { name: '新建报告' });
  await dialog.getByLabel('机关名称').fill(`性能测试机关${Date.now()}`);
  await dialog.getByLabel('年度').fill('2024');
  await dialog.getByRole('button', { name: '创建' }).click();
  await page.waitForURL(/#\/report\/\d+$/);
  await page
    .getByRole('navigation', { name: '编写步骤' })
    .getByText('三、收到和处理政府信息公开申请情况')
    .click();
  await page.locator('[data-cell="t3.new.natural"]').waitFor();
  // Totals need every addend: start from a table of zeros.
  await page.getByRole('button', { name: '本表全部填 0' }).click();
  await page
    .getByRole('dialog', { name: '本表全部填 0' })
    .getByRole('button', { name: '全部填 0' })
    .click();
  await page.getByRole('dialog', { name: '本表全部填 0' }).waitFor({ state: 'hidden' });
}

/** A consistent 25×6 block for table 三 (the （七）总计 row is the sum of the result rows). */
function fullBlock(): string {
  const rows: number[][] = [];
  const results: number[][] = [];
  for (let r = 0; r < 25; r++) rows.push([0, 0, 0, 0, 0, 0].map((_, c) => (r * 7 + c * 3) % 10));
  // Rows 2..22 are results, 23 is （七）总计.
  for (let r = 2; r < 23; r++) results.push(rows[r]!);
  rows[23] = [0, 1, 2, 3, 4, 5].map((c) => results.reduce((s, x) => s + x[c]!, 0));
  return rows.map((r) => r.join('\t')).join('\n');
}

/**
 * Measures the renderer in Chromium against a running browser-mode server: keystroke → totals,
 * full-block paste, edit → stored, and the JS heap with a filled report open.
 */
export async function benchRenderer(options: RendererBenchOptions): Promise<RendererBenchResult> {
  const browser = await chromium.launch({
    executablePath: options.chromiumPath ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await openTable3(page, options.url);

    // Keystrokes: an input event into 自然人 of row 一; React handles it synchronously (discrete
    // event), so when dispatch returns the total cells show the new sums.
    const keystrokes = await page.evaluate((runs) => {
      const input = document.querySelector<HTMLInputElement>('[data-cell="t3.new.natural"]')!;
      const rowTotal = document.querySelector<HTMLInputElement>('[data-cell="t3.new.total"]')!;
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      input.focus();
      const times: number[] = [];
      for (let i = 0; i < runs + 20; i++) {
        const text = String((i % 900) + 1);
        const start = performance.now();
        setValue.call(input, text);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        if (rowTotal.value !== text) throw new Error(`合计未更新：${rowTotal.value} ≠ ${text}`);
        if (i >= 20) times.push(performance.now() - start);
      }
      input.blur();
      return times;
    }, options.keystrokes ?? 200);

    // Paste a full 25×6 block at the first cell.
    const pasteMs = await page.evaluate((text) => {
      const input = document.querySelector<HTMLInputElement>('[data-cell="t3.new.natural"]')!;
      input.focus();
      const data = new DataTransfer();
      data.setData('text/plain', text);
      const start = performance.now();
      input.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
      const total = document.querySelector<HTMLInputElement>(
        '[data-cell="t3.total_handled.total"]',
      )!.value;
      const elapsed = performance.now() - start;
      if (total === '') throw new Error('粘贴后总计未更新');
      return elapsed;
    }, fullBlock());

    // Edit → stored: time until the save call answers.
    await page.waitForTimeout(1500);
    const editToStoredMs = await page.evaluate(async () => {
      const original = window.fetch;
      const saved = new Promise<number>((resolve) => {
        window.fetch = async (...args: Parameters<typeof fetch>) => {
          const response = await original(...args);
          if (typeof args[1]?.body === 'string' && args[1].body.includes('"reports:save"'))
            resolve(performance.now());
          return response;
        };
      });
      const input = document.querySelector<HTMLInputElement>(
        '[data-cell="t3.carried_forward.other"]',
      )!;
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      input.focus();
      const start = performance.now();
      setValue.call(input, '7');
      input.dispatchEvent(new Event('input', { bubbles: true }));
      const end = await saved;
      window.fetch = original;
      return end - start;
    });

    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    return {
      keystrokeMedianMs: percentile(keystrokes, 50),
      keystrokeP95Ms: percentile(keystrokes, 95),
      pasteFullBlockMs: pasteMs,
      editToStoredMs,
      heapUsedMB: heap.usedSize / 1024 / 1024,
    };
  } finally {
    await browser.close();
  }
}

export function rendererBenchRows(r: RendererBenchResult): BenchRow[] {
  return [
    row('renderer: keystroke → totals (median)', r.keystrokeMedianMs, 'ms', 16),
    row('renderer: keystroke → totals (p95)', r.keystrokeP95Ms, 'ms'),
    row('renderer: paste 25×6 block', r.pasteFullBlockMs, 'ms', 50),
    row('renderer: edit → stored', r.editToStoredMs, 'ms', 1000),
    row('renderer: JS heap, report open', r.heapUsedMB, 'MB', 60),
  ];
}

register('renderer', async (ctx) => {
  // The CLI builds out/renderer when it is missing.
  const server = await startServerProcess(ctx.tempDir('nianbao-bench-renderer-'));
  try {
    ctx.log(`renderer bench on ${new URL(server.url).origin}`);
    return rendererBenchRows(await benchRenderer({ url: server.url }));
  } finally {
    await server.stop();
  }
});
