import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { startBrowserServer } from '../src/main/browser/server';
import { createServices } from '../src/main/services';
import type { BenchContext } from './registry';
import { call } from './call';
import { fullReport } from './fixtures';
import { percentile, register, row, type BenchRow } from './registry';
import { CHROMIUM_ARGS, chromiumPath } from '../src/main/export/chromium';

export interface RendererBenchOptions {
  /** Browser-mode address with `?token=…` (as printed by `npm run start:browser`). */
  url: string;
  chromiumPath?: string;
  /** Keystrokes measured in a table 三 cell. */
  keystrokes?: number;
  /** A stored report to open; without it a new one is created in the page and table 三 zeroed. */
  reportId?: number;
}

export interface RendererBenchResult {
  /** Keystroke in a table 三 cell → its row total and （七）总计 updated in the DOM (ms). */
  keystrokeMedianMs: number;
  keystrokeP95Ms: number;
  /** A full 25×6 block pasted into table 三 → all cells and totals updated (median, ms). */
  pasteFullBlockMs: number;
  /** One edit → the save call answered (ms; includes the ~300 ms debounce). */
  editToStoredMs: number;
  /** JS heap in use with the filled report open (MB, after GC). */
  heapUsedMB: number;
}

const PASTES = 5;

async function goToTable3(page: Page): Promise<void> {
  await page.waitForURL(/#\/report\/\d+$/);
  await page
    .getByRole('navigation', { name: '编写步骤' })
    .getByText('三、收到和处理政府信息公开申请情况')
    .click();
  await page.locator('[data-cell="t3.new.natural"]').waitFor();
}

async function openTable3(page: Page, url: string, reportId?: number): Promise<void> {
  if (reportId !== undefined) {
    await page.goto(`${url}#/report/${reportId}`);
    await goToTable3(page);
    return;
  }
  await page.goto(url);
  await page.getByRole('button', { name: '新建报告' }).click();
  const dialog = page.getByRole('dialog', { name: '新建报告' });
  await dialog.getByLabel('机关名称').fill(`性能测试机关${Date.now()}`);
  await dialog.getByLabel('年度').fill('2024');
  await dialog.getByRole('button', { name: '创建' }).click();
  await goToTable3(page);
  // Totals need every addend: start from a table of zeros.
  await page.getByRole('button', { name: '本表全部填 0' }).click();
  await page
    .getByRole('dialog', { name: '本表全部填 0' })
    .getByRole('button', { name: '全部填 0' })
    .click();
  await page.getByRole('dialog', { name: '本表全部填 0' }).waitFor({ state: 'hidden' });
}

/** A consistent 25×6 block for table 三 (the （七）总计 row is the sum of the result rows). */
function fullBlockRows(shift = 0): number[][] {
  const rows: number[][] = [];
  const results: number[][] = [];
  for (let r = 0; r < 25; r++)
    rows.push([0, 0, 0, 0, 0, 0].map((_, c) => (r * 7 + c * 3 + shift) % 10));
  // Rows 2..22 are results, 23 is （七）总计.
  for (let r = 2; r < 23; r++) results.push(rows[r]!);
  rows[23] = [0, 1, 2, 3, 4, 5].map((c) => results.reduce((s, x) => s + x[c]!, 0));
  return rows;
}

/**
 * Measures the renderer in Chromium against a running browser-mode server: keystroke → totals,
 * full-block paste, edit → stored, and the JS heap with a filled report open.
 */
export async function benchRenderer(options: RendererBenchOptions): Promise<RendererBenchResult> {
  const browser = await chromium.launch({
    executablePath: options.chromiumPath ?? process.env.CHROMIUM_PATH ?? chromiumPath(),
    args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await openTable3(page, options.url, options.reportId);

    // Keystrokes: an input event into 自然人 of row 一; React handles it synchronously (discrete
    // event), so when dispatch returns the total cells show the new sums. Reading the total's box
    // then makes the browser recalculate styles and layout, which the time includes (not paint).
    const keystrokes = await page.evaluate((runs) => {
      const input = document.querySelector<HTMLInputElement>('[data-cell="t3.new.natural"]')!;
      const rowTotal = document.querySelector<HTMLInputElement>('[data-cell="t3.new.total"]')!;
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      // The row total is the other addends plus this cell.
      const others = Number(rowTotal.value) - Number(input.value || 0);
      input.focus();
      const times: number[] = [];
      for (let i = 0; i < runs + 20; i++) {
        const text = String((i % 900) + 1);
        const start = performance.now();
        setValue.call(input, text);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        const expected = String(others + Number(text));
        if (rowTotal.value !== expected)
          throw new Error(`合计未更新：${rowTotal.value} ≠ ${expected}`);
        if (rowTotal.getBoundingClientRect().width === 0) throw new Error('合计单元格不可见');
        if (i >= 20) times.push(performance.now() - start);
      }
      input.blur();
      return times;
    }, options.keystrokes ?? 200);

    // Paste a full 25×6 block at the first cell.
    // Several pastes, each a different block (so every cell and the total change), median kept.
    const pasteTimes: number[] = [];
    for (let shift = 0; shift < PASTES; shift++) {
      const block = fullBlockRows(shift);
      pasteTimes.push(
        await page.evaluate(
          async ({ text, firstValue }) => {
            const input = document.querySelector<HTMLInputElement>('[data-cell="t3.new.natural"]')!;
            const totalCell = document.querySelector<HTMLInputElement>(
              '[data-cell="t3.total_handled.total"]',
            )!;
            const totalBefore = totalCell.value;
            // No named helpers in here: tsx would wrap them in a __name() the page does not have.
            const channel = new MessageChannel();
            input.focus();
            const data = new DataTransfer();
            data.setData('text/plain', text);
            const start = performance.now();
            input.dispatchEvent(
              new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
            );
            // React renders a paste's updates in a microtask queued during the event, not before
            // dispatchEvent returns: wait until the cells and the total show the block.
            let applied = false;
            for (let i = 0; !applied && performance.now() - start < 5000; i++) {
              applied = input.value === firstValue && totalCell.value !== totalBefore;
              if (applied) break;
              // Microtasks first, then task boundaries as short as the browser allows (what React's
              // scheduler yields with).
              if (i < 100) await Promise.resolve();
              else
                await new Promise<void>((resolve) => {
                  channel.port1.onmessage = () => resolve();
                  channel.port2.postMessage(null);
                });
            }
            // Styles and layout of the updated table are part of the time (as for keystrokes).
            if (applied && totalCell.getBoundingClientRect().width === 0) applied = false;
            const elapsed = performance.now() - start;
            channel.port1.close();
            if (!applied)
              throw new Error(
                `粘贴未生效：首格 ${input.value}，总计 ${totalBefore} → ${totalCell.value}`,
              );
            return elapsed;
          },
          { text: block.map((r) => r.join('\t')).join('\n'), firstValue: String(block[0]![0]) },
        ),
      );
    }

    // Edit → stored: time until the save call answers.
    await page.waitForTimeout(1500);
    const editToStoredMs = await page.evaluate(async () => {
      const original = window.fetch;
      const saved = new Promise<number>((resolve, reject) => {
        setTimeout(() => reject(new Error('10 秒内没有保存调用')), 10_000);
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
      // A value the cell does not hold yet: an unchanged cell is not saved.
      const next = input.value === '7' ? '8' : '7';
      input.focus();
      const start = performance.now();
      setValue.call(input, next);
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
      pasteFullBlockMs: percentile(pasteTimes, 50),
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
    row('renderer: paste 25×6 block (median)', r.pasteFullBlockMs, 'ms', 50),
    row('renderer: edit → stored', r.editToStoredMs, 'ms', 1000),
    row('renderer: JS heap, report open', r.heapUsedMB, 'MB', 60),
  ];
}

const repoRoot = resolve(import.meta.dirname, '..');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile())
      newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/**
 * The built renderer: out/renderer when it is newer than every renderer and shared source file,
 * else a fresh build into a temp folder (out/renderer may be in use by others' e2e runs).
 */
function builtRenderer(ctx: BenchContext): string {
  const out = join(repoRoot, 'out', 'renderer');
  const index = join(out, 'index.html');
  const sources = Math.max(
    newestMtime(join(repoRoot, 'src', 'renderer')),
    newestMtime(join(repoRoot, 'src', 'shared')),
  );
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return out;
  const dir = ctx.tempDir('nianbao-bench-renderer-build-');
  ctx.log(`renderer: out/renderer missing or older than the sources, building into ${dir}…`);
  const build = spawnSync(
    'npx',
    ['vite', 'build', '--config', 'vite.renderer.config.ts', '--outDir', dir, '--logLevel', 'warn'],
    { cwd: repoRoot, encoding: 'utf8' },
  );
  if (build.status !== 0) throw new Error(`renderer build failed:\n${build.stdout}${build.stderr}`);
  return dir;
}

/**
 * Browser-mode server in this process on a temp data dir, with a full report stored first
 * (every cell filled, totals computed, about 8,000 characters of text) and opened in Chromium.
 */
register('renderer', async (ctx) => {
  const rendererDir = builtRenderer(ctx);
  const dataDir = ctx.tempDir('nianbao-bench-renderer-');
  const services = createServices({ dataDir, transport: 'browser' });
  try {
    const report = fullReport('宁陵县工业信息化和科技局', 2024);
    const created = await call(services.handlers, 'reports:create', {
      organ: report.organ,
      year: report.year,
    });
    await call(services.handlers, 'reports:save', {
      id: created.id,
      baseRevision: created.revision,
      content: { ...report, options: { ...report.options, totals: 'computed' } },
    });
    const server = await startBrowserServer({ dataDir, rendererDir, handlers: services.handlers });
    try {
      ctx.log(`renderer bench on ${new URL(server.url).origin}, report ${created.id}`);
      return rendererBenchRows(await benchRenderer({ url: server.url, reportId: created.id }));
    } finally {
      await server.close();
    }
  } finally {
    services.close();
  }
});
