import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL, isAppUrl } from '../../../src/main/window/app-origin';
import {
  BLOCKED_REQUEST_URLS,
  hardenSession,
  hardenWebContents,
  WINDOW_WEB_PREFERENCES,
} from '../../../src/main/window/security';

type Listener = (event: { url?: string; preventDefault: () => void }) => void;

/** Just enough of WebContents to capture what hardenWebContents installs. */
function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  const contents = {
    setWindowOpenHandler: (handler: typeof openHandler) => {
      openHandler = handler;
    },
    on: (name: string, listener: Listener) => {
      listeners.set(name, listener);
      return contents;
    },
  };
  const fire = (name: string, url?: string): boolean => {
    const preventDefault = vi.fn();
    const listener = listeners.get(name);
    if (!listener) throw new Error(`no ${name} listener`);
    listener({ url, preventDefault });
    return preventDefault.mock.calls.length > 0;
  };
  return {
    contents: contents as unknown as WebContents,
    fire,
    openWindow: (url: string) => openHandler?.({ url }),
  };
}

describe('window web preferences', () => {
  it('isolates and sandboxes the renderer and keeps web security on', () => {
    expect(WINDOW_WEB_PREFERENCES).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(Object.isFrozen(WINDOW_WEB_PREFERENCES)).toBe(true);
    expect(WINDOW_WEB_PREFERENCES).not.toHaveProperty('preload');
  });
});

describe('app origin', () => {
  it('recognises only the app:// pages', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://nianbao/index.html#/reports/3')).toBe(true);
    for (const url of [
      'app://evil/index.html',
      'app://nianbao.evil/index.html',
      'file:///work/out/renderer/index.html',
      'http://127.0.0.1:5173/',
      'https://nianbao/',
      'javascript:alert(1)',
      'not a url',
      '',
      null,
      undefined,
    ]) {
      expect(isAppUrl(url), String(url)).toBe(false);
    }
  });
});

describe('hardenWebContents', () => {
  it('denies every new window', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents);
    expect(fake.openWindow('https://www.gov.cn/')).toEqual({ action: 'deny' });
    expect(fake.openWindow(APP_ENTRY_URL)).toEqual({ action: 'deny' });
  });

  it('prevents navigation and redirects away from the app, allows in-app navigation', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents);
    for (const event of ['will-navigate', 'will-redirect']) {
      expect(fake.fire(event, 'https://evil.example/')).toBe(true);
      expect(fake.fire(event, 'file:///etc/passwd')).toBe(true);
      expect(fake.fire(event, 'app://other/index.html')).toBe(true);
      expect(fake.fire(event, 'app://nianbao/index.html')).toBe(false);
    }
  });

  it('refuses <webview>', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents);
    expect(fake.fire('will-attach-webview')).toBe(true);
  });
});

describe('hardenSession', () => {
  it('denies every permission request and check, and cancels network requests', () => {
    let requestHandler: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | null =
      null;
    let checkHandler: ((...args: unknown[]) => boolean) | null = null;
    let blocked: {
      filter: { urls: string[] };
      listener: (d: unknown, cb: (r: { cancel: boolean }) => void) => void;
    } | null = null;
    const session = {
      setPermissionRequestHandler: (handler: typeof requestHandler) => {
        requestHandler = handler;
      },
      setPermissionCheckHandler: (handler: typeof checkHandler) => {
        checkHandler = handler;
      },
      webRequest: {
        onBeforeRequest: (
          filter: { urls: string[] },
          listener: NonNullable<typeof blocked>['listener'],
        ) => {
          blocked = { filter, listener };
        },
      },
    };
    hardenSession(session as unknown as Session);

    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
    ]) {
      const callback = vi.fn();
      requestHandler!({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(checkHandler!(null, 'media', 'app://nianbao', {})).toBe(false);
    expect(blocked!.filter.urls).toEqual(BLOCKED_REQUEST_URLS);
    expect(BLOCKED_REQUEST_URLS).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*']));
    const answer = vi.fn();
    blocked!.listener({ url: 'https://example.com/' }, answer);
    expect(answer).toHaveBeenCalledWith({ cancel: true });
  });
});
