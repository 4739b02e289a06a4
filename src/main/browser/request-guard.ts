import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/** Host names the browser may use to reach the server; anything else is DNS rebinding. */
export function allowedHosts(port: number): ReadonlySet<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function allowedOrigins(port: number): ReadonlySet<string> {
  return new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
}

/** A page on another site (or another port) must not drive the API with the clerk's browser. */
export function isForeignRequest(headers: IncomingHttpHeaders, port: number): boolean {
  const host = headers.host?.toLowerCase();
  if (!host || !allowedHosts(port).has(host)) return true;
  const origin = headers.origin;
  if (origin !== undefined && !allowedOrigins(port).has(origin.toLowerCase())) return true;
  const fetchSite = headers['sec-fetch-site'];
  return fetchSite === 'cross-site' || fetchSite === 'same-site';
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/** Constant-time token comparison (hashing first makes the lengths equal). */
export function tokenMatches(presented: string | string[] | undefined, expected: string): boolean {
  if (typeof presented !== 'string' || presented.length === 0) return false;
  return timingSafeEqual(digest(presented), digest(expected));
}
