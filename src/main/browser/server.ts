import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { HTTP_API_PATH, HTTP_TOKEN_HEADER, HTTP_TOKEN_QUERY } from '../../shared/ipc';
import type { AppErrorData, Handlers, Result } from '../../shared/ipc';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { dispatch } from '../ipc/dispatch';
import { createServices } from '../services';
import type { Services } from '../services';
import { isForeignRequest, tokenMatches } from './request-guard';
import { resolveStaticFile } from './static-files';
import type { StaticRoots } from './static-files';

/** Large enough for an imported PDF or DOCX sent as base64 in the call's input. */
export const MAX_API_BODY_BYTES = 50 * 1024 * 1024;
export const LOOPBACK_HOST = '127.0.0.1';

export interface BrowserServerOptions {
  /** 0 (default) picks a free port. */
  readonly port?: number;
  /** Database folder, used when no handlers are given (the server then owns the services). */
  readonly dataDir: string;
  /** The built renderer (out/renderer). */
  readonly rendererDir: string;
  /** Bundled fonts served under /fonts/; default resources/fonts of this checkout. */
  readonly fontsDir?: string;
  /** Request body limit of the API; MAX_API_BODY_BYTES unless a test needs a small one. */
  readonly maxBodyBytes?: number;
  /** Services to serve; default: the real ones on `dataDir`, closed with the server. */
  readonly handlers?: Handlers;
}

export const DEFAULT_FONTS_DIR = join(import.meta.dirname, '..', '..', '..', 'resources', 'fonts');

export interface BrowserServer {
  /** The page to open, with the launch token in the query string. */
  readonly url: string;
  readonly token: string;
  readonly port: number;
  /** Where the socket is bound (always 127.0.0.1). */
  address(): AddressInfo;
  close(): Promise<void>;
}

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'SAMEORIGIN',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
} as const;

class RequestError extends Error {
  constructor(
    readonly status: number,
    readonly error: AppErrorData,
  ) {
    super(error.message);
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  res.end(text);
}

function sendFailure(res: ServerResponse, status: number, error: AppErrorData): void {
  const body: Result<never> = { ok: false, error };
  sendJson(res, status, body);
}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const tooLarge = new RequestError(413, {
      code: 'VALIDATION',
      message: `提交的内容太大（超过 ${Math.round(limit / 1024 / 1024)} MB），未处理。请拆分后再试。`,
    });
    const chunks: Buffer[] = [];
    let size = 0;
    let overflowed = Number(req.headers['content-length'] ?? 0) > limit;
    if (overflowed) reject(tooLarge);
    req.on('data', (chunk: Buffer) => {
      if (overflowed) return; // keep draining so the 413 answer reaches the client
      size += chunk.length;
      if (size > limit) {
        overflowed = true;
        chunks.length = 0;
        reject(tooLarge);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!overflowed) resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', reject);
  });
}

function parseCall(text: string): { channel: unknown; input: unknown } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = null;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new RequestError(400, {
      code: 'VALIDATION',
      message: '请求格式有误（应为 JSON 对象 {channel, input}），未处理。请刷新页面后重试。',
    });
  }
  const call = parsed as Record<string, unknown>;
  return { channel: call.channel, input: call.input };
}

async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  handlers: Handlers,
  token: string,
  maxBodyBytes: number,
): Promise<void> {
  if (req.method !== 'POST') {
    res.writeHead(405, { ...SECURITY_HEADERS, allow: 'POST' }).end();
    return;
  }
  const presented = req.headers[HTTP_TOKEN_HEADER];
  if (presented === undefined) {
    sendFailure(res, 401, {
      code: 'FORBIDDEN',
      message: '缺少访问令牌，已拒绝。请使用启动时显示的完整网址（含 ?token=）打开本程序。',
    });
    return;
  }
  if (!tokenMatches(presented, token)) {
    sendFailure(res, 403, {
      code: 'FORBIDDEN',
      message: '访问令牌不正确，已拒绝。请使用本次启动时显示的完整网址重新打开本程序。',
    });
    return;
  }
  const contentType = req.headers['content-type'] ?? '';
  if (!contentType.toLowerCase().startsWith('application/json')) {
    sendFailure(res, 415, { code: 'VALIDATION', message: '请求格式有误（应为 JSON），未处理。' });
    return;
  }
  const call = parseCall(await readBody(req, maxBodyBytes));
  sendJson(res, 200, await dispatch(handlers, call.channel, call.input));
}

function handleStatic(
  req: IncomingMessage,
  res: ServerResponse,
  roots: StaticRoots,
  pathname: string,
): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { ...SECURITY_HEADERS, allow: 'GET, HEAD' }).end();
    return;
  }
  const file = resolveStaticFile(roots, pathname);
  if (!file && pathname === '/favicon.ico') {
    // Browsers ask for it unprompted; the renderer has none. No content, no console error.
    res.writeHead(204, SECURITY_HEADERS).end();
    return;
  }
  if (!file) {
    res.writeHead(404, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' });
    res.end('未找到该文件。');
    return;
  }
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'content-type': file.contentType,
    'cache-control': 'no-cache',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file.path)
    .on('error', () => res.destroy())
    .pipe(res);
}

/**
 * Browser mode: the built renderer and the service contract over HTTP, on the loopback
 * interface only. Every API call needs this launch's random token; requests naming another
 * host (DNS rebinding) or coming from another origin (CSRF) are refused.
 */
export async function startBrowserServer(options: BrowserServerOptions): Promise<BrowserServer> {
  const token = randomBytes(32).toString('base64url');
  const roots: StaticRoots = {
    rendererDir: options.rendererDir,
    fontsDir: options.fontsDir ?? DEFAULT_FONTS_DIR,
  };
  let ownServices: Services | null = null;
  let handlers: Handlers;
  if (options.handlers) {
    handlers = options.handlers;
  } else {
    ownServices = createServices({ dataDir: options.dataDir, transport: 'browser' });
    handlers = ownServices.handlers;
  }
  let port = 0;

  const server = createServer((req, res) => {
    if (isForeignRequest(req.headers, port)) {
      sendFailure(res, 403, {
        code: 'FORBIDDEN',
        message: '请求来自其他网站或地址，已拒绝。请直接使用启动时显示的网址。',
      });
      return;
    }
    const pathname = new URL(req.url ?? '/', `http://${LOOPBACK_HOST}`).pathname;
    const work =
      pathname === HTTP_API_PATH
        ? handleApi(req, res, handlers, token, options.maxBodyBytes ?? MAX_API_BODY_BYTES)
        : Promise.resolve(handleStatic(req, res, roots, pathname));
    work.catch((error: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (error instanceof RequestError) {
        res.setHeader('connection', 'close');
        sendFailure(res, error.status, error.error);
        return;
      }
      console.error('[browser] 请求处理失败', error);
      sendFailure(res, 500, {
        code: 'INTERNAL',
        message: '程序内部出错，本次操作未完成。请重试。',
      });
    });
  });
  // Slow or stuck clients must not pin the process open on shutdown.
  server.requestTimeout = 120_000;

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, LOOPBACK_HOST, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    ownServices?.close();
    throw error;
  }
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://${LOOPBACK_HOST}:${port}/?${HTTP_TOKEN_QUERY}=${token}`,
    token,
    port,
    address: () => server.address() as AddressInfo,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => {
          const closing = ownServices ? ownServices.closeAsync() : Promise.resolve();
          closing.then(() => (error ? reject(error) : resolve()), reject);
        });
        server.closeAllConnections();
      }),
  };
}
