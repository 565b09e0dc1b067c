import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../electron/main/contentSecurityPolicy.ts';

const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name!, values]),
  );

describe('the Content-Security-Policy', () => {
  it('allows no remote origin, no eval and no inline script', () => {
    const csp = directives(contentSecurityPolicy);
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('connect-src')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    for (const [name, values] of csp) {
      for (const value of values) expect(value, name).toMatch(/^('self'|'none'|'unsafe-inline'|data:)$/);
      if (name !== 'style-src') expect(values, name).not.toContain("'unsafe-inline'");
    }
  });

  it('is the same policy the renderer page declares for itself', () => {
    const html = readFileSync(new URL('../../../renderer/index.html', import.meta.url), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBeDefined();
    const fromPage = directives(meta!);
    // frame-ancestors is ignored in a <meta> policy, so the header alone carries it.
    for (const [name, values] of directives(contentSecurityPolicy))
      if (name !== 'frame-ancestors') expect(fromPage.get(name), name).toEqual(values);
  });
});
