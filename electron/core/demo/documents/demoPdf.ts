import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { pdfkitInternals } from '../../output/pdf/engine/pdfkitInternals.ts';
import { fontPath } from '../../output/pdf/pdfWriter.ts';

/** A letter on paper: the blocks are laid out top to bottom, each block's text wrapped to the page width. */
export interface PdfLetter {
  /** The sender's letterhead, top right. */
  letterhead: readonly string[];
  /** The address window, top left. */
  addressee: readonly string[];
  /** Place and date, reference lines ("Dossier: …"), then the body paragraphs, closing and signature. */
  meta: readonly string[];
  subject: string;
  paragraphs: readonly string[];
  closing: readonly string[];
}

export interface PdfOptions {
  /** The document's creation date, fixed so the same seed gives the same bytes (pdfkit otherwise stamps the clock). */
  createdOn: string;
  title: string;
  author: string;
  /** A letter from another organisation's system (a bank, a payroll office): the standard Helvetica, not embedded. */
  standardFont?: boolean;
  /**
   * Encrypt with this user password. RC4 (PDF 1.4) rather than AES: AES draws a random IV per stream, and the demo
   * must be byte-for-byte the same for the same seed; the reader only needs to see that the file is locked.
   */
  userPassword?: string;
}

/** A font as pdfkit parsed it (a fontkit font): pdfkit's font factory takes one back as a source, as it takes a file. */
type ParsedFont = { layout: (text: string) => unknown };
let parsedFont: ParsedFont | Buffer | null = null;

/**
 * DejaVu Sans, parsed once per process. Parsing its layout tables for every letter costs more than the
 * letter, and the seed renders several letters and runs in many tests; one font (no bold) halves what
 * each letter embeds. pdfkit keeps the parsed font of a registered font in a private field; should
 * that change, the file's bytes are used instead: slower, with the same output.
 */
function letterFont(): ParsedFont | Buffer {
  if (parsedFont) return parsedFont;
  const bytes = readFileSync(fontPath('DejaVuSans.ttf'));
  const probe = new PDFDocument({ autoFirstPage: false });
  probe.registerFont('probe', bytes);
  probe.font('probe');
  // Through the one door to pdfkit's private members (engine/pdfkitInternals.ts), which checks the pdfkit version.
  const internals = pdfkitInternals();
  const parsed = internals.shaping(internals.currentFont(probe))?.fontkit as Partial<ParsedFont> | undefined;
  parsedFont = typeof parsed?.layout === 'function' ? (parsed as ParsedFont) : bytes;
  return parsedFont;
}

/**
 * Renders a one-page letter synchronously. Seeding is one synchronous transaction on the database, so
 * the PDF is not streamed: pdfkit pushes its whole output into the stream's buffer during `end()`,
 * and reading that buffer right away gives the bytes without waiting for an event.
 */
export function renderPdfLetter(letter: PdfLetter, options: PdfOptions): Uint8Array {
  const created = new Date(`${options.createdOn}T09:00:00Z`);
  // pdfkit's typings name only a font's name here; at run time it takes a parsed font or a file's bytes as well.
  const font = options.standardFont ? 'Helvetica' : (letterFont() as never as string);
  const doc = new PDFDocument({
    size: 'A4',
    // The letter's font from the start: pdfkit would otherwise load Helvetica's metrics for every document.
    font,
    margins: { top: 60, bottom: 60, left: 70, right: 70 },
    info: { Title: options.title, Author: options.author, Creator: 'Inzage demo', Producer: 'Inzage demo', CreationDate: created },
    ...(options.userPassword
      ? { userPassword: options.userPassword, ownerPassword: options.userPassword, pdfVersion: '1.4' as const }
      : {}),
  });
  const width = doc.page.width - 140;

  doc.fontSize(14).text(letter.letterhead[0] ?? '', 70, 60, { width, align: 'right' });
  doc.fontSize(8.5).text(letter.letterhead.slice(1).join('\n'), { width, align: 'right' });
  doc.fontSize(10.5).text(letter.addressee.join('\n'), 70, 150, { width: 260 });
  doc.text(letter.meta.join('\n'), 70, 250, { width });
  doc.moveDown(1.2).fontSize(11.5).text(letter.subject, { width });
  doc.fontSize(10.5).moveDown(0.8);
  for (const paragraph of letter.paragraphs) doc.text(paragraph, { width, align: 'left' }).moveDown(0.7);
  doc.moveDown(0.5).text(letter.closing.join('\n'), { width });
  doc.end();
  return readWholeOutput(doc);
}

/** The bytes pdfkit has pushed so far; after `end()` that is the whole file. */
function readWholeOutput(doc: PDFKit.PDFDocument): Uint8Array {
  const chunks: Buffer[] = [];
  for (let chunk = doc.read() as Buffer | null; chunk !== null; chunk = doc.read() as Buffer | null) chunks.push(chunk);
  return new Uint8Array(Buffer.concat(chunks));
}
