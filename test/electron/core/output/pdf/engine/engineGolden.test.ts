import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readLandmarks } from '../../../../../../electron/core/demo/seedDatabase.ts';
import type { PdfEngineName } from '../../../../../../electron/core/output/pdf/engine/pdfEngine.ts';
import type { RenderedPdf } from '../../../../../../electron/core/output/pdf/renderExtractPdf.ts';
import { renderExtractPdf } from '../../../../../../electron/core/output/pdf/renderExtractPdf.ts';
import { seedTestDatabase } from '../../../../../helpers/demoDatabase.ts';
import { demoExtractModel } from '../../../../../helpers/demoExtractModel.ts';
import { useTempDirs } from '../../../../../helpers/tempDir.ts';

/**
 * The golden test of the fast PDF engine (engineVersions.ts: run it before moving `writtenFor` to a
 * new pdfkit or fontkit). The heaviest demo subject (the heavy debtor landmark, ~280 pages: every
 * table, wrapped cell, page break and font the extract has) is rendered through the stock engine
 * (pdfkit's public text() only) and the fast one, and both must give the same text on every page
 * (pdftotext) and the same pixels on every page at 30 dpi (pdftoppm; all pages, they take ~1 s).
 */
describe('the fast PDF engine draws what the stock engine draws', () => {
  const tempDir = useTempDirs('suite');
  let dir = '';
  const rendered = {} as Record<PdfEngineName, RenderedPdf>;

  beforeAll(async () => {
    dir = tempDir();
    const { db } = seedTestDatabase(dir, 120, 'engine-golden');
    const heavyDebtor = readLandmarks(db)!.heavyDebtor;
    const model = demoExtractModel(db, heavyDebtor, { language: 'nl', kind: 'both', reference: 'INZ-2026-0001' });
    db.close();
    const signature = {
      signerName: 'Zoë Çelik',
      organisation: 'Demo Incasso B.V.',
      signedAt: new Date('2026-11-24T10:00:00Z'),
      isDemo: true,
    };
    for (const engine of ['stock', 'fast'] as const) {
      rendered[engine] = await renderExtractPdf(model, signature, { engine });
      writeFileSync(join(dir, `${engine}.pdf`), rendered[engine].pdf);
    }
  });

  /** The text of each page as pdftotext reads it (it ends every page with a form feed). */
  const pageTexts = (engine: PdfEngineName) =>
    execFileSync('pdftotext', ['-layout', join(dir, `${engine}.pdf`), '-'], { encoding: 'utf8', maxBuffer: 1 << 28 })
      .split('\f')
      .slice(0, -1);

  /** Each page at 30 dpi as decoded RGB pixels (PPM: a short header, then the raw samples). */
  const pageImages = (engine: PdfEngineName): Buffer[] => {
    const out = join(dir, `${engine}-pages`);
    mkdirSync(out);
    execFileSync('pdftoppm', ['-r', '30', join(dir, `${engine}.pdf`), join(out, 'page')]);
    return readdirSync(out)
      .sort()
      .map((file) => readFileSync(join(out, file)));
  };

  it('renders the heavy subject to the same number of pages with the same text on every page', () => {
    expect(rendered.fast.pageCount).toBe(rendered.stock.pageCount);
    expect(rendered.stock.pageCount).toBeGreaterThan(200);
    expect(rendered.fast.signatureRect).toEqual(rendered.stock.signatureRect);
    const stock = pageTexts('stock');
    const fast = pageTexts('fast');
    expect(stock).toHaveLength(rendered.stock.pageCount);
    expect(fast).toHaveLength(stock.length);
    for (let index = 0; index < stock.length; index++) {
      expect(stock[index]!.trim(), `page ${index + 1} has text`).not.toBe('');
      expect(fast[index], `page ${index + 1}`).toBe(stock[index]);
    }
  });

  it('gives every page the same image at 30 dpi', () => {
    const stock = pageImages('stock');
    const fast = pageImages('fast');
    expect(stock).toHaveLength(rendered.stock.pageCount);
    expect(fast).toHaveLength(stock.length);
    for (let index = 0; index < stock.length; index++) {
      // A page with ink on it (not all white; small grey text at 30 dpi has no sample below mid-grey), so equal images mean equal drawings.
      expect(
        stock[index]!.subarray(20).some((sample) => sample < 250),
        `page ${index + 1} has ink`,
      ).toBe(true);
      expect(fast[index]!.equals(stock[index]!), `page ${index + 1} looks the same`).toBe(true);
    }
  });

  it('writes the same bytes, apart from the creation time and the file id pdfkit stamps on each document', () => {
    const normalise = (pdf: Buffer) =>
      pdf
        .toString('latin1')
        .replace(/\(D:\d{14}Z\)/g, '(D:…)')
        .replace(/<xmp:CreateDate>[^<]*<\/xmp:CreateDate>/g, '<xmp:CreateDate>…</xmp:CreateDate>')
        .replace(/\/ID \[<[0-9a-f]+> <[0-9a-f]+>\]/, '/ID […]');
    expect(rendered.fast.pdf.length).toBe(rendered.stock.pdf.length);
    expect(normalise(rendered.fast.pdf) === normalise(rendered.stock.pdf)).toBe(true);
  });
});
