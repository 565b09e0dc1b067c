import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio, parseColour, relativeLuminance } from '../helpers/contrast.ts';

// The colours of renderer/styles.css judged by the WCAG formula (issue 14.10): the focus ring needs 3:1
// against whatever it is drawn on (1.4.11 non-text contrast), small text 4.5:1 (1.4.3).
const css = readFileSync(join(process.cwd(), 'renderer', 'styles.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
const rules = [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map((m) => ({
  selectors: m[1]!.split(',').map((s) => s.trim()),
  declarations: Object.fromEntries(
    m[2]!
      .split(';')
      .map((d) => d.split(/:(.*)/s).map((part) => part.trim()))
      .filter((d) => d.length >= 2 && d[0] !== '')
      .map(([name, value]) => [name!, value!]),
  ) as Record<string, string>,
}));
const rule = (selector: string) => {
  const found = rules.find((r) => r.selectors.includes(selector));
  if (!found) throw new Error(`no rule for ${selector}`);
  return found.declarations;
};
const root = rule(':root');
/** Resolves var(--x) against :root (and `scope` first), to the colour it stands for. */
const resolve = (value: string, scope: Record<string, string> = {}): string => {
  const v = /^var\((--[\w-]+)\)$/.exec(value.trim());
  if (!v) return value.trim();
  const next = scope[v[1]!] ?? root[v[1]!];
  if (next === undefined) throw new Error(`undefined custom property ${v[1]}`);
  return resolve(next, v[1]! in scope && scope[v[1]!] !== value ? {} : scope);
};
/** Every solid background colour the stylesheet paints, with the selector that paints it. */
const backgrounds = rules.flatMap((r) => {
  const value = r.declarations['background'] ?? r.declarations['background-color'];
  if (!value || !/^(#[0-9a-f]{3,6}|var\(--[\w-]+\)|rgb\()/i.test(value.trim())) return [];
  const colour = resolve(value.split(/\s(?![^(]*\))/)[0]!);
  return r.selectors.map((selector) => ({ selector, colour }));
});
const inSidebar = (selector: string) => selector.startsWith('.sidebar') || selector.startsWith('.brand') || selector === '.shell';

describe('focus ring contrast (WCAG 1.4.11)', () => {
  it('the ring in the content has 3:1 against every light surface a control sits on', () => {
    const ring = resolve(rule(':focus-visible')['outline']!.split(' ').at(-1)!);
    // Light surfaces: the ring is drawn 2px outside the control (outline-offset), on the surface around it.
    const light = backgrounds.filter((b) => !inSidebar(b.selector) && relativeLuminance(parseColour(b.colour)) > 0.4);
    expect(light.length).toBeGreaterThan(10);
    const failing = light.filter((b) => contrastRatio(ring, b.colour) < 3).map((b) => `${b.selector} ${b.colour}`);
    expect(failing).toEqual([]);
    expect(contrastRatio(ring, resolve('var(--surface)'))).toBeGreaterThanOrEqual(3);
  });

  it('the ring in the dark sidebar has 3:1 against the sidebar and its hovered and active items', () => {
    const ring = resolve('var(--focus)', rule('.sidebar'));
    const dark = backgrounds.filter((b) => inSidebar(b.selector) && relativeLuminance(parseColour(b.colour)) < 0.2);
    expect(dark.map((b) => b.selector)).toEqual(
      expect.arrayContaining(['.sidebar', '.sidebar .nav-item:hover', '.sidebar .nav-item.active']),
    );
    for (const b of dark) expect(contrastRatio(ring, b.colour), `${b.selector} ${b.colour}`).toBeGreaterThanOrEqual(3);
  });
});

describe('text contrast where axe cannot see it (WCAG 1.4.3)', () => {
  it('the shortcut hints in the sidebar read 4.5:1 on every sidebar background', () => {
    const hint = resolve(rule('.sidebar kbd')['color']!);
    for (const selector of ['.sidebar', '.sidebar .nav-item:hover', '.sidebar .nav-item.active'])
      expect(contrastRatio(hint, resolve(rule(selector)['background']!)), selector).toBeGreaterThanOrEqual(4.5);
  });

  it('the progress label is not blended over the moving fill and reads 4.5:1 on the surface; the fill 3:1 on its track', () => {
    const label = rule('.progress-label');
    expect(label['mix-blend-mode']).toBeUndefined();
    expect(label['position']).toBeUndefined();
    expect(contrastRatio(resolve(label['color']!), resolve('var(--surface)'))).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(resolve(label['color']!), resolve('var(--bg)'))).toBeGreaterThanOrEqual(4.5);
    expect(
      contrastRatio(resolve(rule('.progress-fill')['background']!), resolve(rule('.progress-track')['background']!)),
    ).toBeGreaterThanOrEqual(3);
  });
});
