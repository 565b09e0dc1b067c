import type { FileReadResult } from './readResult.ts';

/**
 * A text file (a call note) as one page. UTF-8 when the bytes are valid UTF-8, else Windows-1252, the
 * encoding older Dutch systems export in. No layout: width/height 0 and no word boxes; a redaction in
 * it is a stretch of the text itself.
 */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = decodeWindows1252(bytes);
  }
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

export function readPlainText(documentId: string, bytes: Uint8Array): FileReadResult {
  const text = decodeText(bytes);
  if (text.trim() === '') return { kind: 'unreadable', problem: 'empty' };
  return { kind: 'read', method: 'plain', pages: [{ documentId, page: 1, text, width: 0, height: 0, words: [] }] };
}

/**
 * Windows-1252 by hand: Node 20's TextDecoder('windows-1252') decodes as ISO-8859-1 (0x80 stays a
 * control character instead of €). Bytes 0x80–0x9F per the WHATWG Encoding Standard's index.
 */
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  return text;
}
