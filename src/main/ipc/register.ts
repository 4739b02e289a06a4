import { ipcMain } from 'electron';
import type { IpcMainInvokeEvent } from 'electron';
import { CHANNELS } from '../../shared/ipc';
import type { Handlers, Result } from '../../shared/ipc';
import { isAppUrl } from '../window/app-origin';
import { dispatch } from './dispatch';

const UNTRUSTED_SENDER: Result<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: '请求不是来自本程序的窗口，已拒绝。' },
};

/** Only the top frame of the app's own page may call services (never an iframe or a foreign page). */
function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  return isAppUrl(frame.url);
}

/**
 * The one place that calls `ipcMain.handle(`: every contract channel goes through `dispatch`.
 * Returns a function removing the handlers (used on shutdown).
 */
export function registerIpcHandlers(handlers: Handlers): () => void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, input: unknown) =>
      isTrustedSender(event) ? dispatch(handlers, channel, input) : UNTRUSTED_SENDER,
    );
  }
  return () => {
    for (const channel of CHANNELS) ipcMain.removeHandler(channel);
  };
}
