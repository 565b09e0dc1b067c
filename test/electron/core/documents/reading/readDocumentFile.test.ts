import { describe, expect, it } from 'vitest';
import type { CaseDocument, DocumentMediaType } from '../../../../../shared/documents/documentModel.ts';
import { wordOffsets } from '../../../../../shared/documents/wordOffsets.ts';
import { readDocumentFile } from '../../../../../electron/core/documents/reading/readDocumentFile.ts';
import { fixturePdf } from '../../../../helpers/documentFixtures.ts';
import {
  emlWithAttachment,
  encryptedPdf,
  multipageTiff,
  scanPng,
  scannedPdf,
  SCAN_SIZE,
  tesseractMissingReason,
} from '../../../../helpers/scanFixtures.ts';

const readAt = '2026-03-02T10:00:00.000Z';
const noOcr = { command: '/nonexistent/bin/tesseract', languages: ['nld', 'eng'] };
const ocrMissing = tesseractMissingReason();

function documentOf(mediaType: DocumentMediaType, id = 'doc-1'): CaseDocument {
  return {
    id,
    caseId: 'case-1',
    subjectId: null,
    kind: 'letter-received',
    date: '2026-02-10',
    direction: 'incoming',
    sender: null,
    recipient: null,
    title: null,
    fileName: 'file',
    mediaType,
    sha256: '0'.repeat(64),
    bytes: 0,
    parentId: null,
  };
}

/** The page text's words, as the convention has them: words in order, whitespace apart. */
function textWords(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

const letterLines = [
  ['Geachte heer Jansen,', 'Uw buurman Gerrit Hoekstra belde op 3 maart over dossier 2024-00017.', 'IBAN NL91 ABNA 0417 1643 00'],
  ['Met vriendelijke groet,', 'Incassobureau Noord'],
];

describe('readDocumentFile: PDF text (pdf.js)', () => {
  it('reads every page of a pdfkit PDF: its words in order, with boxes in points from the top-left where they were drawn', async () => {
    const { bytes, layout } = await fixturePdf(letterLines);
    const { reading, pages } = await readDocumentFile(documentOf('application/pdf'), bytes, { readAt, ocr: noOcr });
    expect(reading).toEqual({ documentId: 'doc-1', status: 'read', method: 'pdf-text', problem: null, readAt, pageCount: 2 });
    expect(pages.map((page) => page.text)).toEqual(letterLines.map((lines) => lines.join('\n')));
    pages.forEach((page, index) => {
      const drawn = layout[index]!;
      expect(page).toMatchObject({ documentId: 'doc-1', page: index + 1, width: drawn.width, height: drawn.height });
      expect(page.words.map((word) => word.text)).toEqual(drawn.words.map((word) => word.text));
      page.words.forEach((word, w) => {
        const expected = drawn.words[w]!;
        // Estimated inside a run from the font's character widths: within 1.5 pt of where pdfkit put them.
        expect(Math.abs(word.x - expected.x)).toBeLessThan(1.5);
        expect(Math.abs(word.x + word.width - (expected.x + expected.width))).toBeLessThan(1.5);
        // The box spans ascent to descent: it holds the glyphs pdfkit drew from y to y + font size.
        expect(word.y).toBeLessThanOrEqual(expected.y + 0.5);
        expect(word.y + word.height).toBeGreaterThanOrEqual(expected.y + expected.height - 0.5);
      });
      // The shared convention: every word is found in the text, left to right.
      expect(wordOffsets(page)).toHaveLength(page.words.length);
    });
  });

  it('says a password-protected PDF is unreadable because it is encrypted', async () => {
    const { reading, pages } = await readDocumentFile(documentOf('application/pdf'), await encryptedPdf('Geheim'), { readAt, ocr: noOcr });
    expect(reading).toMatchObject({ status: 'unreadable', problem: 'encrypted', method: null, pageCount: 0 });
    expect(pages).toEqual([]);
  });

  it('says a truncated PDF is unreadable because it is damaged', async () => {
    const { bytes } = await fixturePdf(letterLines);
    const truncated = bytes.slice(0, Math.floor(bytes.byteLength / 3));
    const { reading } = await readDocumentFile(documentOf('application/pdf'), truncated, { readAt, ocr: noOcr });
    expect(reading).toMatchObject({ status: 'unreadable', problem: 'damaged' });
  });

  it('says an empty file is unreadable because it is empty', async () => {
    const { reading } = await readDocumentFile(documentOf('application/pdf'), new Uint8Array(), { readAt, ocr: noOcr });
    expect(reading).toMatchObject({ status: 'unreadable', problem: 'empty' });
  });

  it('leaves a scanned PDF waiting for OCR when tesseract is not there, with its page kept empty', async () => {
    const { png } = await scanPng(['Geachte heer Jansen,']);
    const { reading, pages } = await readDocumentFile(documentOf('application/pdf'), await scannedPdf(png), { readAt, ocr: noOcr });
    expect(reading).toMatchObject({ status: 'ocr-unavailable', method: null, problem: null, pageCount: 1 });
    expect(pages).toMatchObject([{ page: 1, text: '', words: [] }]);
  });
});

describe.skipIf(ocrMissing !== null)(
  `readDocumentFile: scans by OCR (tesseract nld+eng)${ocrMissing ? ` — skipped: ${ocrMissing}` : ''}`,
  () => {
    const scanLines = ['Geachte heer Jansen,', 'Mijn buurman Gerrit Hoekstra heeft', 'de brief van dossier 2024-00017 gezien.'];

    it('reads a PNG scan: the words with pixel boxes where they were drawn, the page the image size', async () => {
      const { png, lineTops } = await scanPng(scanLines);
      const { reading, pages } = await readDocumentFile(documentOf('image/png'), png, { readAt });
      expect(reading).toMatchObject({ status: 'read', method: 'ocr', problem: null, pageCount: 1 });
      const [page] = pages;
      expect(page).toMatchObject({ page: 1, width: SCAN_SIZE.width, height: SCAN_SIZE.height });
      expect(textWords(page!.text)).toEqual(expect.arrayContaining(['Jansen,', 'Gerrit', 'Hoekstra', '2024-00017']));
      const hoekstra = page!.words.find((word) => word.text === 'Hoekstra')!;
      expect(Math.abs(hoekstra.y - lineTops[1]!)).toBeLessThan(20);
      expect(wordOffsets(page!)).toHaveLength(page!.words.length);
      expect(page!.text.split('\n')).toHaveLength(3);
    });

    it('reads a scanned PDF page by rendering and OCR, its boxes in the PDF page points', async () => {
      const { png, lineTops } = await scanPng(scanLines);
      const { reading, pages } = await readDocumentFile(documentOf('application/pdf'), await scannedPdf(png), { readAt });
      expect(reading).toMatchObject({ status: 'read', method: 'ocr', pageCount: 1 });
      expect(pages[0]).toMatchObject({ width: 595.28, height: 841.89 });
      expect(textWords(pages[0]!.text)).toEqual(expect.arrayContaining(['Gerrit', 'Hoekstra']));
      const gerrit = pages[0]!.words.find((word) => word.text === 'Gerrit')!;
      const pointsPerPixel = 841.89 / SCAN_SIZE.height;
      expect(Math.abs(gerrit.y - lineTops[1]! * pointsPerPixel)).toBeLessThan(10);
    });

    it('reads every page of a multipage TIFF scan as its own page', async () => {
      const tiff = await multipageTiff([['Eerste pagina van de brief'], ['Tweede pagina met Gerrit Hoekstra']]);
      const { reading, pages } = await readDocumentFile(documentOf('image/tiff'), tiff, { readAt });
      expect(reading).toMatchObject({ status: 'read', method: 'ocr', pageCount: 2 });
      expect(pages.map((page) => [page.page, page.width, page.height])).toEqual([
        [1, SCAN_SIZE.width, SCAN_SIZE.height],
        [2, SCAN_SIZE.width, SCAN_SIZE.height],
      ]);
      expect(textWords(pages[0]!.text)).toContain('Eerste');
      expect(textWords(pages[1]!.text)).toEqual(expect.arrayContaining(['Tweede', 'Hoekstra']));
    });

    it('says an image tesseract cannot decode is unreadable: OCR failed', async () => {
      const { png } = await scanPng(scanLines);
      const { reading } = await readDocumentFile(documentOf('image/png'), png.slice(0, 200), { readAt });
      expect(reading).toMatchObject({ status: 'unreadable', problem: 'ocr-failed' });
    });
  },
);

describe('readDocumentFile: scans without OCR', () => {
  it('leaves an image waiting for OCR when the OCR command is missing', async () => {
    const { png } = await scanPng(['Geachte heer Jansen,']);
    const { reading, pages } = await readDocumentFile(documentOf('image/png'), png, { readAt, ocr: noOcr });
    expect(reading).toEqual({ documentId: 'doc-1', status: 'ocr-unavailable', method: null, problem: null, readAt, pageCount: 0 });
    expect(pages).toEqual([]);
  });
});

describe('readDocumentFile: e-mail (mailparser) and plain text', () => {
  it('reads an .eml: headers and body on page 1, the attached PDF as the next page', async () => {
    const { bytes: pdf } = await fixturePdf([['Aanmaning dossier 2024-00017', 'Openstaand bedrag EUR 412,50']]);
    const eml = emlWithAttachment({
      from: 'Incasso Noord <post@incassonoord.example>',
      to: 'J. Jansen <j.jansen@example.nl>',
      subject: 'Uw dossier 2024-00017',
      date: 'Tue, 10 Feb 2026 09:15:00 +0100',
      body: 'Geachte heer Jansen,\r\n\r\nIn de bijlage vindt u de aanmaning.',
      attachment: { fileName: 'aanmaning.pdf', mediaType: 'application/pdf', bytes: pdf },
    });
    const { reading, pages } = await readDocumentFile(documentOf('message/rfc822'), eml, { readAt, ocr: noOcr });
    expect(reading).toMatchObject({ status: 'read', method: 'email', pageCount: 2 });
    expect(pages[0]!.text).toBe(
      [
        // mailparser's own rendering of the address lists.
        'From: "Incasso Noord" <post@incassonoord.example>',
        'To: "J. Jansen" <j.jansen@example.nl>',
        'Date: 2026-02-10T08:15:00.000Z',
        'Subject: Uw dossier 2024-00017',
        'Attachment: aanmaning.pdf',
        '',
        'Geachte heer Jansen,\n\nIn de bijlage vindt u de aanmaning.',
      ].join('\n'),
    );
    expect(pages[1]).toEqual({
      documentId: 'doc-1',
      page: 2,
      text: 'Aanmaning dossier 2024-00017\nOpenstaand bedrag EUR 412,50',
      width: 0,
      height: 0,
      words: [],
    });
  });

  it('says a message that is not a message at all is empty', async () => {
    const { reading } = await readDocumentFile(documentOf('message/rfc822'), new TextEncoder().encode('\r\n\r\n'), { readAt, ocr: noOcr });
    expect(reading).toMatchObject({ status: 'unreadable', problem: 'empty' });
  });

  it('reads a text file as one page, UTF-8 or else Windows-1252', async () => {
    const utf8 = await readDocumentFile(
      documentOf('text/plain'),
      new TextEncoder().encode('Belnotitie: mevrouw Öztürk belde.\r\nTerugbellen.'),
      {
        readAt,
        ocr: noOcr,
      },
    );
    expect(utf8.reading).toMatchObject({ status: 'read', method: 'plain', pageCount: 1 });
    expect(utf8.pages[0]!.text).toBe('Belnotitie: mevrouw Öztürk belde.\nTerugbellen.');
    const cp1252 = Uint8Array.from([
      ...Buffer.from('Gesprek met mevrouw ', 'latin1'),
      0xe9,
      ...Buffer.from('n euro: ', 'latin1'),
      0x80,
      0x20,
      0x93,
      0x6f,
      0x6b,
      0x94,
    ]);
    const legacy = await readDocumentFile(documentOf('text/plain'), cp1252, { readAt, ocr: noOcr });
    expect(legacy.pages[0]!.text).toBe('Gesprek met mevrouw én euro: € “ok”');
  });
});
