/**
 * WCAG 2.2 contrast ratio (success criteria 1.4.3 text, 1.4.11 non-text such as focus rings): relative
 * luminance of sRGB colours, (L1 + 0.05) / (L2 + 0.05). Used by the stylesheet test and the end-to-end
 * keyboard test, so a colour is judged by the formula, not by eye.
 */
export type Rgb = readonly [number, number, number];

/** Parses #rgb, #rrggbb, rgb(r, g, b) and rgba(r, g, b, a) (alpha ignored: callers pass opaque colours). */
export function parseColour(value: string): Rgb {
  const text = value.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(text);
  if (hex) {
    const digits = hex[1]!.length === 3 ? [...hex[1]!].map((d) => d + d) : hex[1]!.match(/../g)!;
    return digits.map((d) => parseInt(d, 16)) as unknown as Rgb;
  }
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(text);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  throw new Error(`not a colour: ${value}`);
}

export function relativeLuminance([r, g, b]: Rgb): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(a: string | Rgb, b: string | Rgb): number {
  const la = relativeLuminance(typeof a === 'string' ? parseColour(a) : a);
  const lb = relativeLuminance(typeof b === 'string' ? parseColour(b) : b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
