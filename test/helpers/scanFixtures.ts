import { GlobalFonts, createCanvas, loadImage } from '@napi-rs/canvas';
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

/** Several page images as one multipage TIFF (baseline: uncompressed 8-bit grayscale, one strip a page, 150 dpi). */
export async function multipageTiff(pages: readonly (readonly string[])[]): Promise<Uint8Array> {
  const images = await Promise.all(pages.map((lines) => scanGray(lines)));
  const { width, height } = SCAN_SIZE;
  const entries = 12;
  const ifdBytes = 2 + entries * 12 + 4;
  const pageBytes = width * height + 16 + ifdBytes;
  const out = Buffer.alloc(8 + pageBytes * images.length);
  out.write('II', 0, 'ascii');
  out.writeUInt16LE(42, 2);
  let at = 8;
  let previousNext = 4;
  for (const gray of images) {
    const pixels = at;
    out.set(gray, pixels);
    const resolution = pixels + gray.length;
    out.writeUInt32LE(150, resolution);
    out.writeUInt32LE(1, resolution + 4);
    out.writeUInt32LE(150, resolution + 8);
    out.writeUInt32LE(1, resolution + 12);
    const ifd = resolution + 16;
    out.writeUInt32LE(ifd, previousNext);
    out.writeUInt16LE(entries, ifd);
    const tags: [number, number, number][] = [
      [256, 4, width],
      [257, 4, height],
      [258, 3, 8],
      [259, 3, 1],
      [262, 3, 1],
      [273, 4, pixels],
      [277, 3, 1],
      [278, 4, height],
      [279, 4, gray.length],
      [282, 5, resolution],
      [283, 5, resolution + 8],
      [296, 3, 2],
    ];
    tags.forEach(([tag, type, value], index) => {
      const entry = ifd + 2 + index * 12;
      out.writeUInt16LE(tag, entry);
      out.writeUInt16LE(type, entry + 2);
      out.writeUInt32LE(1, entry + 4);
      if (type === 3) out.writeUInt16LE(value, entry + 8);
      else out.writeUInt32LE(value, entry + 8);
    });
    previousNext = ifd + 2 + entries * 12;
    out.writeUInt32LE(0, previousNext);
    at = previousNext + 4;
  }
  return new Uint8Array(out.subarray(0, at));
}

async function scanGray(lines: readonly string[]): Promise<Uint8Array> {
  const { png } = await scanPng(lines);
  const image = await loadImage(Buffer.from(png));
  const canvas = createCanvas(SCAN_SIZE.width, SCAN_SIZE.height);
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  const rgba = context.getImageData(0, 0, SCAN_SIZE.width, SCAN_SIZE.height).data;
  const gray = new Uint8Array(SCAN_SIZE.width * SCAN_SIZE.height);
  for (let i = 0; i < gray.length; i++) gray[i] = rgba[i * 4]!;
  return gray;
}
