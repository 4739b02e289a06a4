// `npm test`: lint, typecheck, unit and e2e suites, then one plain line `N passed, N failed`.
// Each suite writes a JSON report so the counts are summed from what actually ran.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const results = resolve('test-results');
mkdirSync(results, { recursive: true });
const only = process.argv.slice(2);
const counts = { passed: 0, failed: 0, skipped: 0 };

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const r = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, ...env },
    shell: false,
  });
  return r.status === 0;
}

function step(label, command, args) {
  if (only.length && !only.includes(label)) return;
  const ok = run(label, command, args);
  counts[ok ? 'passed' : 'failed'] += 1;
  if (!ok) console.log(`✗ ${label} 未通过`);
}

function suite(label, command, args, reportFile, read, env = {}) {
  if (only.length && !only.includes(label)) return;
  rmSync(reportFile, { force: true });
  const ok = run(label, command, args, env);
  if (!existsSync(reportFile)) {
    console.log(`✗ ${label}: 没有生成测试报告 ${reportFile}`);
    counts.failed += 1;
    return;
  }
  const c = read(JSON.parse(readFileSync(reportFile, 'utf8')));
  counts.passed += c.passed;
  counts.failed += c.failed;
  counts.skipped += c.skipped;
  if (!ok && c.failed === 0) counts.failed += 1; // the runner failed outside any test
}

const bin = (name) => `node_modules/.bin/${name}`;

step('lint', bin('eslint'), ['.']);
step('format', bin('prettier'), ['--check', 'src/**/*.{ts,tsx}', 'tests/**/*.ts']);
step('typecheck', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
suite(
  'unit',
  bin('vitest'),
  ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${results}/vitest.json`],
  `${results}/vitest.json`,
  (j) => ({
    passed: j.numPassedTests ?? 0,
    failed: (j.numFailedTests ?? 0) + (j.numFailedTestSuites ?? 0),
    skipped: (j.numPendingTests ?? 0) + (j.numTodoTests ?? 0),
  }),
);
if (!only.length || only.includes('e2e')) {
  const built = run('build:renderer', bin('vite'), [
    'build',
    '--config',
    'vite.renderer.config.ts',
    '--logLevel',
    'warn',
  ]);
  if (!built) counts.failed += 1;
}
const playwrightCounts = (j) => {
  const s = j.stats ?? {};
  return {
    passed: (s.expected ?? 0) + (s.flaky ?? 0),
    failed: s.unexpected ?? 0,
    skipped: s.skipped ?? 0,
  };
};
suite(
  'e2e',
  bin('playwright'),
  ['test', '--reporter=list,json'],
  `${results}/playwright.json`,
  playwrightCounts,
  {
    PLAYWRIGHT_JSON_OUTPUT_NAME: `${results}/playwright.json`,
  },
);
// The Electron smoke test runs where the binary exists and says plainly that it was skipped elsewhere.
suite(
  'electron',
  bin('playwright'),
  ['test', '-c', 'tests/e2e/electron.config.ts', '--reporter=list,json'],
  `${results}/electron.json`,
  playwrightCounts,
  {
    PLAYWRIGHT_JSON_OUTPUT_NAME: `${results}/electron.json`,
  },
);
step('security', 'node', ['scripts/electronegativity.mjs']);

// The last line is exactly “N passed, N failed” (what CI reads); skipped tests are counted on the
// line before, and each says above why it was skipped.
const line = `${counts.passed} passed, ${counts.failed} failed`;
writeFileSync(`${results}/summary.txt`, line + '\n');
if (counts.skipped) console.log(`\n${counts.skipped} skipped`);
console.log(`\n${line}`);
process.exit(counts.failed ? 1 : 0);
