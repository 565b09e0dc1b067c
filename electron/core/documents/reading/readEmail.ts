import { simpleParser } from 'mailparser';
import type { AddressObject } from 'mailparser';
import type { DocumentPage } from '../../../../shared/documents/documentModel.ts';
import type { FileReadResult, ReadContext } from './readResult.ts';
import { decodeText } from './readPlainText.ts';

export type ReadAttachment = (mediaType: string, bytes: Uint8Array, context: ReadContext) => Promise<FileReadResult | null>;

function addresses(value: AddressObject | AddressObject[] | undefined): string | null {
  if (!value) return null;
  return (Array.isArray(value) ? value : [value]).map((address) => address.text).join(', ');
}

/**
 * An .eml message with mailparser (issue 16.2). Page 1 is the message itself: its From, To, Cc, Date
 * and Subject headers (by their RFC 5322 names), one "Attachment:" line per attachment, a blank line
 * and the text body (mailparser turns an HTML-only body into text). Each attachment it can read (PDF,
 * scan, text, a forwarded message) follows as further pages in order, read by the same reader, so a
 * name in an attached letter is found like one in the message; an attachment it cannot read is still
 * named on page 1. E-mail pages have no layout (width/height 0, no word boxes).
 */
export async function readEmail(
  documentId: string,
  bytes: Uint8Array,
  context: ReadContext,
  readAttachment: ReadAttachment,
): Promise<FileReadResult> {
  let parsed;
  try {
    parsed = await simpleParser(Buffer.from(bytes), { skipImageLinks: true, skipTextToHtml: true });
  } catch {
    return { kind: 'unreadable', problem: 'damaged' };
  }
  const headers: [string, string | null][] = [
    ['From', addresses(parsed.from)],
    ['To', addresses(parsed.to)],
    ['Cc', addresses(parsed.cc)],
    ['Date', parsed.date && !Number.isNaN(parsed.date.getTime()) ? parsed.date.toISOString() : null],
    ['Subject', parsed.subject ?? null],
    ...parsed.attachments.map((attachment): [string, string | null] => ['Attachment', attachment.filename ?? attachment.contentType]),
  ];
  const body = decodeText(new TextEncoder().encode(parsed.text ?? '')).trim();
  const headerText = headers
    .filter((header): header is [string, string] => header[1] !== null && header[1] !== '')
    .map(([name, value]) => `${name}: ${value}`)
    .join('\n');
  if (headerText === '' && body === '' && parsed.attachments.length === 0) return { kind: 'unreadable', problem: 'empty' };
  const pages: DocumentPage[] = [
    { documentId, page: 1, text: body ? `${headerText}\n\n${body}` : headerText, width: 0, height: 0, words: [] },
  ];
  let waitsForOcr = false;
  for (const attachment of parsed.attachments) {
    const read = await readAttachment(attachment.contentType, new Uint8Array(attachment.content), { ...context, depth: context.depth + 1 });
    if (read?.kind === 'ocr-unavailable') waitsForOcr = true;
    if (read?.kind === 'read') {
      for (const page of read.pages) pages.push({ documentId, page: pages.length + 1, text: page.text, width: 0, height: 0, words: [] });
    }
  }
  // A scan attached to the message waits for OCR like a scan on its own: the message is re-read then.
  return waitsForOcr ? { kind: 'ocr-unavailable', pages } : { kind: 'read', method: 'email', pages };
}
