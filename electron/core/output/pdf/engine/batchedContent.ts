/**
 * Collects a page's content-stream operators as strings and turns them into bytes once, when pdfkit
 * ends the page. pdfkit converts every operator (often a dozen bytes) to its own byte array and
 * keeps them all until the page is written; a table page holds thousands. The bytes written are the
 * same: each operator followed by a newline, in order.
 */
import { pdfkitInternals } from './pdfkitInternals.ts';

const batched = new WeakSet<object>();

/** Batches the writes to the document's current page (once per page). */
export function batchContentWrites(doc: PDFKit.PDFDocument): void {
  const internals = pdfkitInternals();
  const content = internals.pageContent(doc);
  if (!content || batched.has(content)) return;
  batched.add(content);
  internals.overridePageContent(doc, (original) => {
    let pending: string[] = [];
    const flush = () => {
      if (pending.length === 0) return;
      // Operators are ASCII (text is written as hex glyph ids); latin1 keeps the low byte like pdfkit does.
      original.write(Buffer.from(`${pending.join('\n')}\n`, 'latin1'));
      pending = [];
    };
    return {
      write: (chunk) => {
        if (typeof chunk === 'string') pending.push(chunk);
        else {
          flush();
          original.write(chunk);
        }
      },
      finalize: () => {
        flush();
        original.finalize();
      },
    };
  });
}
