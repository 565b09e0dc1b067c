/**
 * Collects the bytes pdfkit writes for a document directly, instead of through its Readable stream.
 * pdfkit writes a long tagged document as hundreds of thousands of small pieces (one per dictionary,
 * keyword and xref line), and pushing each through the stream machinery cost more than writing it.
 * The bytes and the offsets pdfkit records for its xref table are the same: a string piece becomes
 * its characters' low bytes plus a newline, as in pdfkit's own _write.
 */
import { pdfkitInternals } from './pdfkitInternals.ts';

export interface CollectedOutput {
  /** Everything written since collecting began, in order. */
  bytes(): Buffer[];
}

export function collectOutput(doc: PDFKit.PDFDocument): CollectedOutput {
  const chunks: Buffer[] = [];
  let pending: string[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    chunks.push(Buffer.from(`${pending.join('\n')}\n`, 'latin1'));
    pending = [];
  };
  pdfkitInternals().redirectOutput(doc, {
    text: (data) => pending.push(data),
    bytes: (data) => {
      flush();
      chunks.push(Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength));
    },
  });
  return {
    bytes: () => {
      flush();
      return chunks;
    },
  };
}
