import { defineConfig } from '@playwright/test';

/** The Electron smoke test alone (no browser-mode server): npx playwright test -c tests/e2e/electron.config.ts */
export default defineConfig({
  testDir: '.',
  testMatch: 'electron.spec.ts',
  outputDir: '../../test-results/electron',
  workers: 1,
  retries: 0,
  timeout: 120_000,
  reporter: [['list']],
});
