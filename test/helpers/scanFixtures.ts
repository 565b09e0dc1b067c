import { GlobalFonts, createCanvas } from '@napi-rs/canvas';
import { spawnSync } from 'node:child_process';
import PDFDocument from 'pdfkit';
import type { CaseDocument, DocumentMediaType } from '../../shared/documents/documentModel.ts';
import { fontPath } from '../../electron/core/output/pdf/pdfWriter.ts';
import type { Store } from '../../electron/core/store/store.ts';

/** Whether Debian's tesseract with Dutch and English runs here; OCR tests skip with this reason when not. */
export function tesseractMissingReason(): string | null {
  const result = spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) return 'tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-nld)';
  const languages = new Set(result.stdout.split('\n').map((line) => line.trim()));
  return languages.has('nld') && languages.has('eng') ? null : 'tesseract has no nld+eng data (apt-get install tesseract-ocr-nld)';
}

export const SCAN_SIZE = { width: 1240, height: 1754 };
const LINE_START = { x: 100, y: 200 };
const LINE_HEIGHT = 70;
const FONT_PX = 40;

/** A page image as a scanner would give it (150 dpi A4, black text on white), the lines at known places. */
export async function scanPng(lines: readonly string[]): Promise<{ png: Uint8Array; lineTops: number[] }> {
  GlobalFonts.registerFromPath(fontPath('DejaVuSans.ttf'), 'Scan Font');
  const canvas = createCanvas(SCAN_SIZE.width, SCAN_SIZE.height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.fillStyle = '#111111';
  context.font = `${FONT_PX}px "Scan Font"`;
  context.textBaseline = 'top';
  const lineTops = lines.map((line, index) => {
    const y = LINE_START.y + index * LINE_HEIGHT;
    context.fillText(line, LINE_START.x, y);
    return y;
  });
  return { png: new Uint8Array(await canvas.encode('png')), lineTops };
}

/** A "scanned PDF": the page image placed over a whole A4 page, no text layer. */
export async function scannedPdf(png: Uint8Array, options: { userPassword?: string } = {}): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false, ...options });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  doc.addPage();
  doc.image(Buffer.from(png), 0, 0, { width: doc.page.width, height: doc.page.height });
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

/** A PDF with a user password: opening it needs the password (pdfkit encrypts the content). */
export async function encryptedPdf(text: string): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', userPassword: 'geheim', ownerPassword: 'eigenaar' });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  doc.font(fontPath('DejaVuSans.ttf')).fontSize(12).text(text, 72, 72);
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

/** A MIME message (RFC 5322/2045) with a text body and one base64 attachment. */
export function emlWithAttachment(options: {
  from: string;
  to: string;
  subject: string;
  date: string;
  body: string;
  attachment: { fileName: string; mediaType: string; bytes: Uint8Array };
}): Uint8Array {
  const boundary = 'inzage-boundary-1';
  const base64 = Buffer.from(options.attachment.bytes).toString('base64').replace(/.{76}/g, '$&\r\n');
  const lines = [
    `From: ${options.from}`,
    `To: ${options.to}`,
    `Subject: ${options.subject}`,
    `Date: ${options.date}`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    options.body,
    `--${boundary}`,
    `Content-Type: ${options.attachment.mediaType}; name="${options.attachment.fileName}"`,
    `Content-Disposition: attachment; filename="${options.attachment.fileName}"`,
    'Content-Transfer-Encoding: base64',
    '',
    base64,
    `--${boundary}--`,
    '',
  ];
  return new TextEncoder().encode(lines.join('\r\n'));
}

/** Puts a file and an unread document naming it into the store, as an import would (docs-store), for the reader to find. */
export async function addUnreadDocument(
  store: Store,
  fixture: { id: string; subjectId: string; mediaType: DocumentMediaType; bytes: Uint8Array; kind?: CaseDocument['kind'] },
): Promise<CaseDocument> {
  const sha256 = await store.documents.putFile(fixture.bytes);
  const document: CaseDocument = {
    id: fixture.id,
    caseId: null,
    subjectId: fixture.subjectId,
    kind: fixture.kind ?? 'letter-received',
    date: '2026-02-10',
    direction: 'incoming',
    sender: null,
    recipient: null,
    title: null,
    fileName: fixture.id,
    mediaType: fixture.mediaType,
    sha256,
    bytes: fixture.bytes.byteLength,
    parentId: null,
  };
  await store.documents.addDocuments([document]);
  return document;
}
