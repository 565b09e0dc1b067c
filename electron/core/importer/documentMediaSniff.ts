import type { DocumentMediaType } from '../../../shared/documents/documentModel.ts';

/**
 * What a file's first bytes say it is (issue 16.1): the importer refuses a document whose declared
 * media type its bytes contradict, so the reader (docs/documents.md § Reading the text) never gets a
 * PNG announced as a PDF. Magic numbers: PDF 1.7 (ISO 32000-1 § 7.5.2: "%PDF-" in the first 1024
 * bytes, as readers tolerate), JPEG (SOI FF D8 FF), PNG (its 8-byte signature), TIFF ("II*\0" or
 * "MM\0*", BigTIFF 43), an e-mail (RFC 5322 § 2.2: it starts with header fields "Name: value").
 * A damaged or encrypted PDF still starts as a PDF: it is accepted here and listed as unreadable by
 * the reader later, never refused or skipped silently.
 */
export function sniffMediaType(bytes: Uint8Array): DocumentMediaType | null {
  const at = (i: number) => bytes[i];
  if (bytes.length >= 3 && at(0) === 0xff && at(1) === 0xd8 && at(2) === 0xff) return 'image/jpeg';
  if (bytes.length >= 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => at(i) === b)) return 'image/png';
  if (bytes.length >= 4 && at(0) === 0x49 && at(1) === 0x49 && (at(2) === 0x2a || at(2) === 0x2b) && at(3) === 0) return 'image/tiff';
  if (bytes.length >= 4 && at(0) === 0x4d && at(1) === 0x4d && at(2) === 0 && (at(3) === 0x2a || at(3) === 0x2b)) return 'image/tiff';
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024)).toString('latin1');
  if (head.includes('%PDF-')) return 'application/pdf';
  if (!isUtf8Text(bytes)) return null;
  return looksLikeEmail(head) ? 'message/rfc822' : 'text/plain';
}

/** UTF-8 text without NUL bytes (the JSONL itself must be UTF-8; a call note saved as Latin-1 is refused by name). */
function isUtf8Text(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Header fields an e-mail carries; the first lines of the file must be header fields and one of them among these. */
const mailHeaders = /^(from|to|subject|date|message-id|received|return-path|mime-version|delivered-to|cc|reply-to):/i;

function looksLikeEmail(head: string): boolean {
  const lines = head.split(/\r?\n/).slice(0, 5);
  let known = false;
  for (const line of lines) {
    if (line === '') break;
    // RFC 5322 § 2.2: a field name is printable ASCII without ':' or space; folded lines start with white space.
    if (/^[ \t]/.test(line)) continue;
    if (!/^[!-9;-~]+:/.test(line)) return false;
    if (mailHeaders.test(line)) known = true;
  }
  return known;
}

/**
 * Whether bytes of the sniffed type may be declared as `declared`. Plain text is what remains, so an
 * e-mail may be declared as text (a saved message read as text loses nothing), never the other way round.
 */
export function mediaTypeMatches(declared: DocumentMediaType, sniffed: DocumentMediaType | null): boolean {
  if (sniffed === declared) return true;
  return declared === 'text/plain' && sniffed === 'message/rfc822';
}
