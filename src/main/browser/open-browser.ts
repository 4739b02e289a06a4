import { spawn } from 'node:child_process';

/** True when a browser window could appear (a desktop session, not a bare server or CI). */
export function hasDisplay(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
): boolean {
  if (env.CI) return false;
  if (platform === 'win32' || platform === 'darwin') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

/** Opens the URL in the default browser; failure is harmless, the URL is printed anyway. */
export function openInBrowser(url: string, platform = process.platform): void {
  const [command, args] =
    platform === 'win32'
      ? ['rundll32', ['url.dll,FileProtocolHandler', url]]
      : platform === 'darwin'
        ? ['open', [url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(command, args, { detached: true, stdio: 'ignore' });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // No opener installed: the printed URL is enough.
  }
}
