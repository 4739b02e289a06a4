import type { PreloadApi } from '../shared/ipc/preload-api';

declare global {
  interface Window {
    /** Set by the Electron preload; undefined in browser mode (use the HTTP transport there). */
    readonly api?: PreloadApi;
  }
}

export {};
