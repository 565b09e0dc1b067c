import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mediaTypeMatches, sniffMediaType } from '../../../../electron/core/importer/documentMediaSniff.ts';
import { fixturePdf } from '../../../helpers/documentFixtures.ts';
import { sampleEmail, sampleScans } from '../../../helpers/documentImportFiles.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';

describe('what a document file is, by its first bytes (issue 16.1)', () => {
  const tempDir = useTempDirs();

  it('knows real PDFs, JPEG and PNG scans, TIFF scans, e-mails and text', async () => {
    const { bytes: pdf } = await fixturePdf([['Aanmaning']]);
    const { png, jpeg } = await sampleScans();
    expect(sniffMediaType(pdf)).toBe('application/pdf');
    expect(sniffMediaType(png)).toBe('image/png');
    expect(sniffMediaType(jpeg)).toBe('image/jpeg');
    // A real TIFF as a scanner writes it: poppler's pdftoppm renders the PDF's page as one.
    const dir = tempDir();
    const pdfFile = join(dir, 'brief.pdf');
    writeFileSync(pdfFile, pdf);
    execFileSync('pdftoppm', ['-tiff', '-r', '20', '-singlefile', pdfFile, join(dir, 'scan')]);
    expect(sniffMediaType(readFileSync(join(dir, 'scan.tif')))).toBe('image/tiff');
    expect(sniffMediaType(new Uint8Array([0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8]))).toBe('image/tiff');
    expect(sniffMediaType(new TextEncoder().encode(sampleEmail))).toBe('message/rfc822');
    expect(sniffMediaType(new TextEncoder().encode('Belnotitie: debiteur belde.\nVan: de klant'))).toBe('text/plain');
    // Latin-1 text (é as 0xE9) and binary data are neither.
    expect(sniffMediaType(new Uint8Array([0x43, 0x61, 0x66, 0xe9]))).toBeNull();
    expect(sniffMediaType(new Uint8Array([0x41, 0x00, 0x42]))).toBeNull();
  });

  it('lets an e-mail be declared as text, not text as an e-mail', () => {
    expect(mediaTypeMatches('text/plain', 'message/rfc822')).toBe(true);
    expect(mediaTypeMatches('message/rfc822', 'text/plain')).toBe(false);
    expect(mediaTypeMatches('application/pdf', 'image/png')).toBe(false);
    expect(mediaTypeMatches('image/tiff', 'image/tiff')).toBe(true);
  });
});
