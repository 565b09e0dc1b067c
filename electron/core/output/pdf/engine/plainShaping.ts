/**
 * Glyph layout without OpenType shaping for words that shaping would not change.
 *
 * pdfkit shapes every distinct word with fontkit (substitutions, kerning), the costliest step of
 * drawing text; a copy of someone's data is mostly ids, amounts, dates and codes, each a new word.
 * Shaping only changes a word where two neighbouring glyphs interact (a ligature such as "fi", a
 * kerning pair such as "AV") or a glyph is replaced or moved on its own. So each character and each
 * neighbouring pair is shaped once per font (the real fontkit layout); a word whose characters and
 * pairs all come out unchanged is laid out from the character map and advance widths, which is
 * exactly what shaping would have returned. Other words go to fontkit as before.
 */

import type { EmbeddedFont, FontkitGlyph, GlyphPosition, GlyphRun } from './pdfkitInternals.ts';
import { pdfkitInternals } from './pdfkitInternals.ts';

/**
 * Words tried plainly: with a digit (ids, amounts, dates, IBANs, phone numbers, case numbers), made of
 * letters, digits and the signs such values use. Words without digits are mostly the same words over
 * and over, which pdfkit lays out once per document anyway.
 */
const plainCandidate = /^(?=.*\d)[0-9A-Za-z .,\-/:;()+%€@_'#&]+$/;

const patched = new WeakSet<EmbeddedFont>();

/** Makes `font` (an embedded font of one document) lay out plain words without shaping; other words as before. */
export function usePlainShaping(font: EmbeddedFont): void {
  if (patched.has(font)) return;
  const shaping = pdfkitInternals().shaping(font);
  if (!shaping) return;
  patched.add(font);
  const { fontkit, scale, layoutRun: shaped } = shaping;
  /** Character or pair → whether shaping leaves it as the character map and advance widths have it. */
  const unchanged = new Map<string, boolean>();
  const isUnchanged = (text: string): boolean => {
    let known = unchanged.get(text);
    if (known === undefined) {
      const run = fontkit.layout(text);
      known =
        run.glyphs.length === text.length &&
        run.glyphs.every((glyph, index) => {
          const position = run.positions[index]!;
          return (
            glyph.id === fontkit.glyphForCodePoint(text.charCodeAt(index)).id &&
            position.xAdvance === glyph.advanceWidth &&
            position.yAdvance === 0 &&
            position.xOffset === 0 &&
            position.yOffset === 0
          );
        });
      unchanged.set(text, known);
    }
    return known;
  };
  shaping.replace((text: string, features?: unknown): GlyphRun => {
    if (features || !plainCandidate.test(text)) return shaped(text, features);
    for (let index = 0; index < text.length; index++) {
      if (!isUnchanged(text[index]!) || (index + 1 < text.length && !isUnchanged(text.slice(index, index + 2)))) return shaped(text);
    }
    // What pdfkit's layoutRun makes of an unshaped fontkit run: positions scaled to 1000 units, with each glyph's advance width.
    const glyphs: FontkitGlyph[] = [];
    const positions: GlyphPosition[] = [];
    let advanceWidth = 0;
    for (let index = 0; index < text.length; index++) {
      const glyph = fontkit.glyphForCodePoint(text.charCodeAt(index));
      const advance = glyph.advanceWidth * scale;
      glyphs.push(glyph);
      positions.push({ xAdvance: advance, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: advance });
      advanceWidth += advance;
    }
    return { glyphs, positions, advanceWidth };
  });
}
