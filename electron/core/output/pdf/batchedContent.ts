/**
 * Collects a page's content-stream operators as strings and turns them into bytes once, when pdfkit
 * ends the page. pdfkit converts every operator (often a dozen bytes) to its own byte array and
 * keeps them all until the page is written; a table page holds thousands. The bytes written are the
 * same: each operator followed by a newline, in order.
 */

interface ContentReference {
  write(chunk: string | Uint8Array): void;
  finalize(): void;
}

const batched = new WeakSet<object>();

export function batchContentWrites(page: unknown): void {
  const content = (page as { content?: ContentReference }).content;
  if (!content || batched.has(content)) return;
  batched.add(content);
  const write = content.write.bind(content);
  const finalize = content.finalize.bind(content);
  let pending: string[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    // Operators are ASCII (text is written as hex glyph ids); latin1 keeps the low byte like pdfkit does.
    write(Buffer.from(`${pending.join('\n')}\n`, 'latin1'));
    pending = [];
  };
  content.write = (chunk) => {
    if (typeof chunk === 'string') pending.push(chunk);
    else {
      flush();
      write(chunk);
    }
  };
  content.finalize = () => {
    flush();
    finalize();
  };
}
