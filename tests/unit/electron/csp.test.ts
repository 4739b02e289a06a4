import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../src/shared/security/csp';

const repoRoot = join(import.meta.dirname, '..', '..', '..');

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((tokens) => tokens[0])
      .map(([name, ...sources]) => [name as string, sources]),
  );
}

describe('content security policy', () => {
  it('is the exact text of the renderer index.html meta tag', () => {
    const html = readFileSync(join(repoRoot, 'src', 'renderer', 'index.html'), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
    expect(meta, 'index.html 缺少 CSP meta 标签').not.toBeNull();
    expect(meta![1]).toBe(CONTENT_SECURITY_POLICY);
  });

  it('allows no remote origin, no eval, no plugins and no base/form hijack', () => {
    const policy = directives(CONTENT_SECURITY_POLICY);
    for (const [name, sources] of policy) {
      for (const source of sources) {
        expect(source, `${name} ${source}`).toMatch(
          /^('self'|'none'|'unsafe-inline'|data:|blob:)$/,
        );
      }
    }
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
  });
});
