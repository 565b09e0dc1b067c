import PDFDocument from 'pdfkit';
import type { CaseDocument } from '../../../../shared/documents/documentModel.ts';
import { fontPath } from '../../output/pdf/pdfWriter.ts';
import { drawImagePage } from './imagePageLayer.ts';
import type { RedactionInput } from './redactedPages.ts';
import { redactedPages, redactedScan } from './redactedPages.ts';

/** A document's file as it goes into the archive, with the name it gets under documents/. */
export interface ArchiveDocumentFile {
  fileName: string;
  data: Buffer;
  redacted: boolean;
}

/** A scan's pixels become points at this resolution in a redacted PDF (only its page size depends on it). */
const scanDpi = 150;

/** The file name with its extension replaced (a redacted e-mail becomes text, a redacted PDF stays a PDF). */
function withExtension(fileName: string, extension: string): string {
  const dot = fileName.lastIndexOf('.');
  return `${dot > 0 ? fileName.slice(0, dot) : fileName}${extension}`;
}

/** The name of a document's file in the archive: as delivered, but an e-mail or text with redactions is handed out as text. */
export function archiveFileName(document: Pick<CaseDocument, 'fileName' | 'mediaType'>, redacted: boolean): string {
  const textual = document.mediaType === 'message/rfc822' || document.mediaType === 'text/plain';
  return redacted && textual ? withExtension(document.fileName, '.txt') : document.fileName;
}

/**
 * The file of a document for the portability archive (issue 16.4): the file as delivered when nothing
 * in it is redacted, else its REDACTED version, never the original: a PDF becomes a PDF of page images
 * with an invisible text layer of the words not redacted; a scan the same image with the areas painted
 * in its pixels; an e-mail or text file its text with each redacted stretch replaced by the marker.
 */
export async function archiveDocumentFile(input: RedactionInput): Promise<ArchiveDocumentFile> {
  const { document } = input;
  if (input.redactions.length === 0) return { fileName: document.fileName, data: Buffer.from(input.bytes), redacted: false };
  if (document.mediaType === 'application/pdf') return { fileName: document.fileName, data: await redactedPdf(input), redacted: true };
  if (document.mediaType === 'image/png' || document.mediaType === 'image/jpeg') {
    const data = await redactedScan(input);
    return { fileName: document.fileName, data: data ?? Buffer.from(input.bytes), redacted: data !== null };
  }
  const texts: string[] = [];
  for await (const page of redactedPages(input)) if (page.kind === 'text') texts.push(page.text);
  return { fileName: archiveFileName(document, true), data: Buffer.from(texts.join('\n\f\n'), 'utf8'), redacted: true };
}

/** A redacted PDF of page images with their text layers, page by page (one page's pixels in memory at a time). */
export async function redactedPdf(input: RedactionInput, document: CaseDocument = input.document): Promise<Buffer> {
  const doc = new PDFDocument({
    autoFirstPage: false,
    compress: true,
    info: { Title: document.title ?? document.fileName, Producer: 'Inzage' },
  });
  doc.registerFont('body', fontPath('DejaVuSans.ttf'));
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  for await (const page of redactedPages(input)) {
    if (page.kind !== 'image') continue;
    const toPoints = document.mediaType === 'application/pdf' ? 1 : 72 / scanDpi;
    const size = { width: page.width * toPoints, height: page.height * toPoints };
    doc.addPage({ size: [size.width, size.height], margin: 0 });
    drawImagePage(doc, page.image, page, { x: 0, y: 0, ...size }, 'body');
  }
  doc.end();
  await done;
  return Buffer.concat(chunks);
}
