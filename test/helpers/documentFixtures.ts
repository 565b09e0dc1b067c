import PDFDocument from 'pdfkit';
import type { CaseDocument, DocumentPage, PageWord } from '../../shared/documents/documentModel.ts';
import { fontPath } from '../../electron/core/output/pdf/pdfWriter.ts';
import type { Store } from '../../electron/core/store/store.ts';

/**
 * Test documents with real files (issue 16): a PDF drawn with pdfkit, one page per entry of `pages`,
 * each page's lines at known places, so the word boxes given to the store are where the words really
 * are on the page (points from the top-left corner, as the reader stores them).
 */
export interface FixtureDocument {
  id: string;
  subjectId?: string | null;
  caseId?: string | null;
  kind?: CaseDocument['kind'];
  direction?: CaseDocument['direction'];
  date?: string;
  sender?: string | null;
  recipient?: string | null;
  title?: string | null;
  /** Lines of text per page. */
  pages: readonly (readonly string[])[];
  /** 'pdf' (default) or 'text' (a .txt file, one page). */
  format?: 'pdf' | 'text';
}

const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = 72;
const FONT_SIZE = 12;
const LINE_HEIGHT = 18;

/** The PDF's bytes and, per page, the words with their boxes as drawn. */
export async function fixturePdf(
  pages: readonly (readonly string[])[],
): Promise<{ bytes: Uint8Array; layout: Omit<DocumentPage, 'documentId'>[] }> {
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, autoFirstPage: false, compress: false });
  doc.registerFont('body', fontPath('DejaVuSans.ttf'));
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  const layout: Omit<DocumentPage, 'documentId'>[] = [];
  pages.forEach((lines, index) => {
    doc.addPage();
    doc.font('body').fontSize(FONT_SIZE);
    const words: PageWord[] = [];
    lines.forEach((line, lineIndex) => {
      const y = MARGIN + lineIndex * LINE_HEIGHT;
      doc.text(line, MARGIN, y, { lineBreak: false });
      let x = MARGIN;
      for (const part of line.split(/(\s+)/)) {
        const width = doc.widthOfString(part);
        if (part.trim()) words.push({ text: part, x, y, width, height: FONT_SIZE });
        x += width;
      }
    });
    layout.push({ page: index + 1, text: lines.join('\n'), width: PAGE.width, height: PAGE.height, words });
  });
  doc.end();
  await done;
  return { bytes: new Uint8Array(Buffer.concat(chunks)), layout };
}

/**
 * Puts a document with its file into the store; with `read` (default true) also its reading, as the
 * reader would have saved it, so tests of search and output need not run the reader.
 */
export async function addFixtureDocument(store: Store, fixture: FixtureDocument, options: { read?: boolean } = {}): Promise<CaseDocument> {
  const format = fixture.format ?? 'pdf';
  const { bytes, layout } =
    format === 'pdf'
      ? await fixturePdf(fixture.pages)
      : {
          bytes: new TextEncoder().encode(fixture.pages.flat().join('\n')),
          layout: [{ page: 1, text: fixture.pages.flat().join('\n'), width: 0, height: 0, words: [] }],
        };
  const sha256 = await store.documents.putFile(bytes);
  const document: CaseDocument = {
    id: fixture.id,
    caseId: fixture.caseId ?? null,
    subjectId: fixture.subjectId ?? null,
    kind: fixture.kind ?? 'letter-received',
    date: fixture.date ?? '2026-02-10',
    direction: fixture.direction ?? 'incoming',
    sender: fixture.sender ?? null,
    recipient: fixture.recipient ?? null,
    title: fixture.title ?? null,
    fileName: `${fixture.id}.${format === 'pdf' ? 'pdf' : 'txt'}`,
    mediaType: format === 'pdf' ? 'application/pdf' : 'text/plain',
    sha256,
    bytes: bytes.byteLength,
    parentId: null,
  };
  await store.documents.addDocuments([document]);
  if (options.read ?? true) {
    await store.documents.saveReading(
      {
        documentId: document.id,
        status: 'read',
        method: format === 'pdf' ? 'pdf-text' : 'plain',
        problem: null,
        readAt: '2026-03-01T09:00:00.000Z',
        pageCount: layout.length,
      },
      layout.map((page) => ({ ...page, documentId: document.id })),
    );
  }
  return document;
}
