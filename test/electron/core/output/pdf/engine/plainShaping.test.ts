import PDFDocument from 'pdfkit';
import { beforeAll, describe, expect, it } from 'vitest';
import { fontFiles, fontPath } from '../../../../../../electron/core/output/pdf/pdfWriter.ts';
import type { EmbeddedFont } from '../../../../../../electron/core/output/pdf/engine/pdfkitInternals.ts';
import { pdfkitInternals } from '../../../../../../electron/core/output/pdf/engine/pdfkitInternals.ts';
import { usePlainShaping } from '../../../../../../electron/core/output/pdf/engine/plainShaping.ts';
import { seedTestDatabase } from '../../../../../helpers/demoDatabase.ts';
import { demoExtractModel } from '../../../../../helpers/demoExtractModel.ts';
import { useTempDirs } from '../../../../../helpers/tempDir.ts';

function loadFont(name: keyof typeof fontFiles): EmbeddedFont {
  const doc = new PDFDocument({ size: 'A4' });
  doc.registerFont(name, fontPath(fontFiles[name]));
  doc.font(name);
  return pdfkitInternals().currentFont(doc);
}

/** The glyph run pdfkit lays `word` out as in `font` (its layoutRun, replaced or not). */
const runOf = (font: EmbeddedFont, word: string) => {
  const run = pdfkitInternals().shaping(font)!.layoutRun(word);
  return {
    ids: run.glyphs.map((glyph) => glyph.id),
    positions: run.positions.map((position) => ({ ...position })),
    advanceWidth: run.advanceWidth,
  };
};

describe('plain layout of words that shaping leaves unchanged', () => {
  const tempDir = useTempDirs('suite');
  let words: string[] = [];

  // The words pdfkit lays out one by one (split after spaces) in the heavy debtor's extract: ids, amounts, dates, names, e-mail addresses.
  beforeAll(() => {
    const { db, result } = seedTestDatabase(tempDir(), 120, 'plain-shaping');
    const model = demoExtractModel(db, result.landmarks.heavyDebtor, { language: 'nl', kind: 'both', reference: 'INZ-2026-0001' });
    db.close();
    const texts = model.categories.flatMap((category) => [
      category.label,
      category.description,
      ...category.records.flatMap((record) => record.fields.flatMap((field) => [field.label, field.display])),
    ]);
    words = [
      ...new Set(
        [...texts, 'AVATAR Tő fi fl ffi office Łukasz Müller-Öztürk', 'Wa To Yo 1.234,56 € 17/11/2026'].flatMap((text) =>
          text.split(/(?<= )/),
        ),
      ),
    ];
  });

  it.each(['cond', 'condBold', 'body', 'bold'] as const)(
    '%s: every word of the demo extract gets the glyphs and positions fontkit shaping gives it',
    (name) => {
      const shaped = loadFont(name);
      const plain = loadFont(name);
      usePlainShaping(plain);
      expect(words.length).toBeGreaterThan(300);
      for (const word of words) expect(runOf(plain, word), word).toEqual(runOf(shaped, word));
    },
  );

  it('lays ids and amounts out without shaping the word, and still shapes a word with a kerning pair', () => {
    const font = loadFont('body');
    const reference = loadFont('body');
    usePlainShaping(font);
    const shapedTexts: string[] = [];
    const { fontkit } = pdfkitInternals().shaping(font)!;
    const layout = fontkit.layout.bind(fontkit);
    fontkit.layout = (text: string) => {
      shapedTexts.push(text);
      return layout(text);
    };
    expect(runOf(font, 'NL91ABNA0417164300')).toEqual(runOf(reference, 'NL91ABNA0417164300'));
    expect(shapedTexts.every((text) => text.length <= 2)).toBe(true);
    const kerned = runOf(font, 'AVATAR');
    expect(kerned.positions.some((position) => position.xAdvance !== position.advanceWidth)).toBe(true);
    expect(kerned).toEqual(runOf(reference, 'AVATAR'));
    expect(shapedTexts).toContain('AVATAR');
  });
});
