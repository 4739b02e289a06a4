import { readFileSync } from 'node:fs';
import { importFile } from '../../src/main/import';

/**
 * Entry of the import benchmark's cold row, run in plain node like the app: the first PDF import
 * of a fresh process, which also loads pdf.js and its in-process worker. Prints one JSON line.
 */
async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) throw new Error('usage: importCold.mjs <pdf file>');
  const bytes = new Uint8Array(readFileSync(file));
  const start = performance.now();
  const first = await importFile(bytes, file);
  const coldMs = performance.now() - start;
  const again = performance.now();
  await importFile(bytes, file);
  const secondMs = performance.now() - again;
  if (!first.report.organ) throw new Error(`${file}: 未读出机关名称`);
  process.stdout.write(`${JSON.stringify({ coldMs, secondMs })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
