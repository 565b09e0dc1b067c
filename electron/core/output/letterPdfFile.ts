import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { FixedLetter, Letter } from '../../../shared/letters/letterModel.ts';
import { ownerOnlyFolder, writeFileAtomic } from '../files/atomicWrite.ts';
import type { LetterPdfWriter } from '../requests/useCases/letters.ts';
import { renderLetterPdf } from './pdf/renderLetterPdf.ts';

/** The file name of a letter in the request's export folder: the reference and the letter, no personal data. */
export function letterPdfFileName(reference: string, letterId: string): string {
  return `${reference}-letter-${letterId.replace(/[^A-Za-z0-9-]/g, '-')}.pdf`;
}

/** Where the window saves a request's letters: beside its extract, in the request's export folder. */
export function letterPdfInFolder(folder: string): (letter: Letter, fixed: FixedLetter) => string {
  return (letter, fixed) => join(folder, letterPdfFileName(letter.reference, fixed.letterId));
}

/**
 * Renders the fixed letter with pdfkit and writes it like every file Inzage hands out (files/atomicWrite.ts):
 * a temporary name in the target folder, flushed and checked (it must be a whole PDF), then renamed. The
 * SHA-256 is of the bytes written, for the request's outputs (Art. 5(2): what was sent can be proved).
 */
export function letterPdfWriter(pathOf: (letter: Letter, fixed: FixedLetter) => string): LetterPdfWriter {
  return async (letter, fixed) => {
    const file = pathOf(letter, fixed);
    mkdirSync(dirname(file), { recursive: true, mode: ownerOnlyFolder });
    const pdf = await renderLetterPdf(letter, { createdAt: new Date(fixed.fixedAt) });
    await writeFileAtomic(file, pdf, {
      check: () => {
        if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-' || !pdf.subarray(-8).toString('latin1').includes('%%EOF'))
          throw new Error('the letter PDF is incomplete');
      },
    });
    return { fileName: basename(file), sha256: createHash('sha256').update(pdf).digest('hex') };
  };
}
