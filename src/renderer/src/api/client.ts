import {
  HTTP_API_PATH,
  HTTP_TOKEN_HEADER,
  HTTP_TOKEN_QUERY,
  appErrorSchema,
  type ApiTransport,
  type AppErrorData,
  type CallInput,
  type CallOutput,
  type Channel,
  type Result,
} from '../../../shared/ipc';

/** What the Electron preload exposes: one function per channel of the contract. */
export type PreloadApi = {
  [C in Channel]: (input: CallInput<C>) => Promise<Result<CallOutput<C>>>;
};

/** A failed call, carrying the Chinese message and the machine-readable extras of the service. */
export class ApiError extends Error {
  readonly code: AppErrorData['code'];
  readonly details: Record<string, unknown> | undefined;
  constructor(data: AppErrorData) {
    super(data.message);
    this.name = 'ApiError';
    this.code = data.code;
    this.details = data.details;
  }
}

const TOKEN_STORAGE_KEY = 'nianbao.token';

const UNREACHABLE: AppErrorData = {
  code: 'INTERNAL',
  message: '无法连接到本机的年报编制助手服务。请确认启动窗口仍在运行，然后刷新本页面重试。',
};
const FORBIDDEN: AppErrorData = {
  code: 'FORBIDDEN',
  message: '访问令牌无效或已失效。请关闭本页面，从启动时显示的地址重新打开。',
};

/**
 * Browser mode: the server hands the token once in `?token=`; keep it for this tab only and
 * remove it from the address bar so it is not bookmarked or shown over the clerk's shoulder.
 */
export function takeBrowserToken(
  location: Location,
  storage: Storage,
  history: History,
): string | null {
  const url = new URL(location.href);
  const fromUrl = url.searchParams.get(HTTP_TOKEN_QUERY);
  if (fromUrl) {
    storage.setItem(TOKEN_STORAGE_KEY, fromUrl);
    url.searchParams.delete(HTTP_TOKEN_QUERY);
    history.replaceState(history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return storage.getItem(TOKEN_STORAGE_KEY);
}

function asResult<T>(body: unknown): Result<T> {
  if (typeof body === 'object' && body !== null && 'ok' in body) {
    const r = body as { ok: unknown; value?: unknown; error?: unknown };
    if (r.ok === true) return { ok: true, value: r.value as T };
    const parsed = appErrorSchema.safeParse(r.error);
    if (parsed.success) return { ok: false, error: parsed.data };
  }
  return {
    ok: false,
    error: { code: 'INTERNAL', message: '本机服务返回了无法识别的结果，请刷新页面后重试。' },
  };
}

export interface HttpTransport extends ApiTransport {
  /** Fire-and-forget call that survives page unload (fetch keepalive), for the last save. */
  callKeepalive<C extends Channel>(channel: C, input: CallInput<C>): void;
}

export function createHttpTransport(token: string | null, baseUrl = ''): HttpTransport {
  const request = (channel: Channel, input: unknown, keepalive: boolean): Promise<Response> =>
    fetch(baseUrl + HTTP_API_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [HTTP_TOKEN_HEADER]: token ?? '' },
      body: JSON.stringify({ channel, input }),
      keepalive,
    });
  return {
    async call<C extends Channel>(channel: C, input: CallInput<C>): Promise<Result<CallOutput<C>>> {
      let response: Response;
      try {
        response = await request(channel, input, false);
      } catch {
        return { ok: false, error: UNREACHABLE };
      }
      if (response.status === 401 || response.status === 403)
        return { ok: false, error: FORBIDDEN };
      try {
        return asResult<CallOutput<C>>(await response.json());
      } catch {
        return { ok: false, error: UNREACHABLE };
      }
    },
    callKeepalive(channel, input) {
      void request(channel, input, true).catch(() => undefined);
    },
  };
}

export function createPreloadTransport(preload: PreloadApi): ApiTransport {
  return {
    async call<C extends Channel>(channel: C, input: CallInput<C>): Promise<Result<CallOutput<C>>> {
      const fn = preload[channel] as unknown as ((i: CallInput<C>) => Promise<unknown>) | undefined;
      if (!fn)
        return {
          ok: false,
          error: { code: 'INTERNAL', message: `程序缺少功能“${channel}”，请更新年报编制助手。` },
        };
      try {
        return asResult<CallOutput<C>>(await fn(input));
      } catch {
        return { ok: false, error: UNREACHABLE };
      }
    },
  };
}

/** The typed client the pages use: resolves with the value, rejects with an ApiError. */
export interface ApiClient {
  readonly transport: 'electron' | 'browser';
  call<C extends Channel>(channel: C, input: CallInput<C>): Promise<CallOutput<C>>;
  result<C extends Channel>(channel: C, input: CallInput<C>): Promise<Result<CallOutput<C>>>;
  /** Best effort during unload; the preload call is already in flight when the page goes. */
  callOnUnload<C extends Channel>(channel: C, input: CallInput<C>): void;
}

export function createApiClient(env: Window): ApiClient {
  const preload = (env as unknown as { api?: PreloadApi }).api;
  const http = preload
    ? null
    : createHttpTransport(takeBrowserToken(env.location, env.sessionStorage, env.history));
  const transport: ApiTransport = preload ? createPreloadTransport(preload) : http!;
  return {
    transport: preload ? 'electron' : 'browser',
    result: (channel, input) => transport.call(channel, input),
    async call(channel, input) {
      const r = await transport.call(channel, input);
      if (!r.ok) throw new ApiError(r.error);
      return r.value;
    },
    callOnUnload(channel, input) {
      if (http) http.callKeepalive(channel, input);
      else void transport.call(channel, input);
    },
  };
}

let singleton: ApiClient | null = null;

/** The app's client, created on first use (reads the token from the address on first load). */
export function apiClient(): ApiClient {
  singleton ??= createApiClient(window);
  return singleton;
}
