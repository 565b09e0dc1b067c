import PDFDocument from 'pdfkit';
import { beforeAll, describe, expect, it } from 'vitest';
import { fontFiles, fontPath } from '../../../../../../electron/core/output/pdf/pdfWriter.ts';
import { TextRuns } from '../../../../../../electron/core/output/pdf/engine/textRuns.ts';
import { seedTestDatabase } from '../../../../../helpers/demoDatabase.ts';
import { demoExtractModel } from '../../../../../helpers/demoExtractModel.ts';
import { useTempDirs } from '../../../../../helpers/tempDir.ts';

type Doc = PDFKit.PDFDocument & { page: { content: { buffer: Uint8Array[] } } };

function newDoc(): Doc {
  const doc = new PDFDocument({ size: 'A4', compress: false }) as Doc;
  for (const [name, file] of Object.entries(fontFiles)) doc.registerFont(name, fontPath(file));
  return doc;
}

/** The first page's content stream as pdfkit would write it. */
const content = (doc: Doc) => Buffer.concat(doc.page.content.buffer).toString('latin1');

describe('TextRuns writes the text operators pdfkit writes', () => {
  const tempDir = useTempDirs('suite');
  let strings: string[] = [];

  // Every label and value of the heavy debtor's copy (names with diacritics, ids, amounts, dates, descriptions), in Dutch.
  beforeAll(() => {
    const { db, result } = seedTestDatabase(tempDir(), 120, 'text-runs');
    const model = demoExtractModel(db, result.landmarks.heavyDebtor, { language: 'nl', kind: 'both', reference: 'INZ-2026-0001' });
    db.close();
    const values = model.categories.flatMap((category) => [
      category.label,
      category.description,
      ...category.records.flatMap((record) => record.fields.flatMap((field) => [field.label, field.display])),
    ]);
    strings = [...new Set([model.request.requesterName, 'Łukasz Müller-Öztürk', 'Zoë Çelik', 'ﬁjne café — “quoted” 1.234,56 €', ...values])]
      .filter((value) => value !== '')
      .slice(0, 800);
  });

  it('one-line text: the same bytes as text(…, {lineBreak: false}), in every font', () => {
    expect(strings.length).toBeGreaterThan(200);
    for (const font of ['cond', 'condBold', 'body', 'bold'] as const) {
      const plain = newDoc().font(font).fontSize(8.5) as Doc;
      const fast = newDoc().font(font).fontSize(8.5) as Doc;
      const runs = new TextRuns(fast);
      let drawnByRuns = 0;
      strings.forEach((text, index) => {
        const y = 80 + (index % 60) * 11.3;
        plain.text(text, 62.5, y, { lineBreak: false });
        if (runs.line(text, 62.5, y)) drawnByRuns++;
        else fast.text(text, 62.5, y, { lineBreak: false });
      });
      expect(drawnByRuns).toBeGreaterThan(strings.length * 0.9);
      expect(content(fast)).toBe(content(plain));
    }
  });

  it("wrapped text: measure finds heightOfString's height, and drawing its lines gives the same bytes as text() with that box", () => {
    const plain = newDoc().font('cond').fontSize(8.5) as Doc;
    const fast = newDoc().font('cond').fontSize(8.5) as Doc;
    const runs = new TextRuns(fast);
    let wrappedByRuns = 0;
    strings.forEach((text, index) => {
      const width = 60 + (index % 5) * 25;
      const y = 80 + (index % 40) * 17.1;
      const height = plain.heightOfString(text, { width, lineGap: 1.5 });
      const measured = runs.measure(text, width, 1.5);
      expect(measured.height).toBe(height);
      const options = { width, height, ellipsis: true, lineGap: 1.5 };
      plain.text(text, 62, y, options);
      if (measured.lines && runs.wrapped(measured.lines, 62, y, options)) wrappedByRuns += measured.lines.length > 1 ? 1 : 0;
      else fast.text(text, 62, y, options);
      // Measured again from another position (the lines come from the cache): still heightOfString's height to the last bit.
      expect(fast.y).toBe(plain.y);
      expect(runs.measure(text, width, 1.5).height).toBe(plain.heightOfString(text, { width, lineGap: 1.5 }));
    });
    expect(wrappedByRuns).toBeGreaterThan(50);
    expect(content(fast)).toBe(content(plain));
  });

  it('leaves a text that would be cut with an ellipsis to pdfkit', () => {
    const doc = newDoc().font('cond').fontSize(8.5) as Doc;
    const runs = new TextRuns(doc);
    const text = strings.find((value) => value.length > 80)!;
    const { lines, height } = runs.measure(text, 80, 1.5);
    expect(lines!.length).toBeGreaterThan(2);
    expect(runs.wrapped(lines!, 62, 100, { width: 80, height: height / 2, ellipsis: true, lineGap: 1.5 })).toBe(false);
    expect(runs.wrapped(lines!, 62, 100, { width: 80, height, ellipsis: true, lineGap: 1.5 })).toBe(true);
  });
});
