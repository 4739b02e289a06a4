/**
 * Fingerprints tie an acknowledgement to the values a warning was about: a stable
 * serialisation hashed with cyrb53 (53-bit, fast, no node:crypto in shared code). Collisions
 * only risk keeping an acknowledgement, never losing data.
 */
function cyrb53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** Fingerprint of plain values (numbers, strings, null, arrays, records of those). */
export function fingerprintOf(values: unknown): string {
  return cyrb53(JSON.stringify(values) ?? 'undefined');
}
