import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importFile } from '../src/main/import';
import { SAMPLES_DIR, sampleFiles } from '../tests/helpers/samples';
import { runPlainNode } from './plainNode';
import { percentile, register, row } from './registry';
import type { BenchRow } from './registry';

const RUNS = 7;
const IMPORTABLE = /\.(txt|pdf)$/i;

async function timedImport(bytes: Uint8Array, fileName: string): Promise<number> {
  const start = performance.now();
  const result = await importFile(bytes, fileName);
  const elapsed = performance.now() - start;
  if (!result.report.organ) throw new Error(`${fileName}: 未读出机关名称`);
  return elapsed;
}

/**
 * Import of each real sample (text and PDF) ≤ 200 ms once pdf.js is loaded. The first PDF import
 * of a process also loads pdf.js and its in-process worker (a few MB of JavaScript): that start
 * cost is its own row, measured in plain node as the app runs (tsx would add its loader).
 */
register('import', async (ctx) => {
  if (!SAMPLES_DIR) {
    ctx.log('import: 未找到真实样本目录 ../shared/samples（或 NIANBAO_SAMPLES），导入基准已跳过。');
    return [
      { ...row('import: skipped, real samples absent (../shared/samples)', 0, ''), ok: true },
    ];
  }
  ctx.log(`import: samples from ${SAMPLES_DIR}`);
  const files = sampleFiles().filter((f) => IMPORTABLE.test(f));
  const bytes = new Map(files.map((f) => [f, new Uint8Array(readFileSync(join(SAMPLES_DIR!, f)))]));
  const pdfs = files.filter((f) => f.toLowerCase().endsWith('.pdf'));
  const rows: BenchRow[] = [];
  if (pdfs.length > 0) {
    const first = pdfs[0]!;
    const cold = await runPlainNode<{ coldMs: number; secondMs: number }>('importCold.ts', [
      join(SAMPLES_DIR, first),
    ]);
    rows.push(
      row(
        `import: cold, first PDF of a fresh process incl. loading pdf.js (${first})`,
        cold.coldMs,
        'ms',
      ),
      row(`import: same PDF again in that process (${first})`, cold.secondMs, 'ms'),
    );
  }
  // One unmeasured pass: JIT-compiled code and pdf.js's lazily built tables, as after any import.
  for (const f of files) await timedImport(bytes.get(f)!, f);
  for (const f of files) {
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) times.push(await timedImport(bytes.get(f)!, f));
    rows.push(row(`import: ${f} (median)`, percentile(times, 50), 'ms', 200));
  }
  return rows;
});
