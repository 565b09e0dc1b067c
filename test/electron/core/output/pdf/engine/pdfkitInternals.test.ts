import { describe, expect, it, vi } from 'vitest';
import { PdfEngineVersionError } from '../../../../../../electron/core/output/pdf/engine/engineVersions.ts';
import { pdfkitInternals } from '../../../../../../electron/core/output/pdf/engine/pdfkitInternals.ts';
import { PdfWriter } from '../../../../../../electron/core/output/pdf/pdfWriter.ts';

// This file runs as if a newer pdfkit were installed (as after `npm install pdfkit@0.21.0`).
vi.mock(import('../../../../../../electron/core/output/pdf/engine/engineVersions.ts'), async (importOriginal) => ({
  ...(await importOriginal()),
  installedVersions: () => ({ pdfkit: '0.21.0', fontkit: '2.0.4' }),
}));

const documentOptions = { title: 'T', language: 'nl-NL', author: 'A', subject: 'S' };

describe('the private members on a pdfkit they were not written for', () => {
  it('are refused, naming the installed and the expected version', () => {
    expect(() => pdfkitInternals()).toThrow(PdfEngineVersionError);
    expect(() => pdfkitInternals()).toThrow(/written for pdfkit 0\.20\.2, but pdfkit 0\.21\.0 is installed/);
  });

  it('make the fast engine refuse to start, while the stock engine still writes the document', async () => {
    expect(() => new PdfWriter({ ...documentOptions, engine: 'fast' })).toThrow(PdfEngineVersionError);
    expect(() => new PdfWriter(documentOptions)).toThrow(PdfEngineVersionError);
    const writer = new PdfWriter({ ...documentOptions, engine: 'stock' });
    writer.heading(1, 'Kop');
    writer.table(
      [
        { header: 'A', weight: 1 },
        { header: 'B', weight: 2 },
      ],
      [
        ['1', 'een'],
        ['2', 'twee'],
      ],
    );
    const pdf = await writer.toBuffer();
    expect(pdf.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
    expect(pdf.subarray(-6).toString('latin1')).toBe('%%EOF\n');
  });
});
