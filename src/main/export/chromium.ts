/**
 * Debian's Chromium, as the PDF printer, the e2e tests and the bench launch it: Playwright's own
 * browser download does not work on the build machines, and the offline machine refuses the
 * background connections Chromium would otherwise try.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

export function chromiumPath(): string {
  return process.env.NIANBAO_CHROMIUM || '/usr/bin/chromium';
}
