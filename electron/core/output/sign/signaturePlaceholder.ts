import { DEFAULT_BYTE_RANGE_PLACEHOLDER, SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';

/** Bytes reserved for the CMS: a 2048/3072/4096-bit signature plus a chain of several certificates. */
export const signatureContentsBytes = 24 * 1024;

export interface PlaceholderOptions {
  /** Widget rectangle on the last page, PDF user space [x1, y1, x2, y2] (the visible signature block). */
  rect: [number, number, number, number];
  signingTime: Date;
  signerName: string;
  reason: string;
  location: string;
  contactInfo: string;
}

/** A PDF text string in UTF-16BE with BOM, so names with diacritics survive. */
export function pdfTextString(text: string): string {
  const bytes = Buffer.from(text, 'utf16le').swap16();
  return `<FEFF${bytes.toString('hex').toUpperCase()}>`;
}

/** D:YYYYMMDDHHmmSS+00'00' in UTC. */
export function pdfDate(date: Date): string {
  const iso = date.toISOString();
  return `D:${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}+00'00'`;
}

interface Parsed {
  xrefOffset: number;
  size: number;
  root: number;
  trailerRest: string;
  /** Byte offset of object `number` (undefined when the table has no such object in use). */
  offsetOf(number: number): number | undefined;
}

/**
 * Reads the classic xref table and trailer pdfkit writes (no xref streams, one revision). Entries are
 * fixed 20-byte lines, so an object's offset is read where its line is instead of parsing the whole
 * table (one line per structure element: tens of thousands in a long tagged extract).
 */
function parseTail(pdf: Buffer): Parsed {
  const tail = pdf.subarray(Math.max(0, pdf.length - 2048)).toString('latin1');
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (!startxref) throw new Error('PDF has no startxref at its end');
  const xrefOffset = Number(startxref[1]);
  const trailerAt = pdf.indexOf('trailer', xrefOffset, 'latin1');
  if (pdf.subarray(xrefOffset, xrefOffset + 4).toString('latin1') !== 'xref' || trailerAt < 0)
    throw new Error('PDF has no classic xref table at startxref');
  // Subsections: a header line "first count", then count entries of exactly 20 bytes each.
  const sections: { first: number; count: number; at: number }[] = [];
  let at = pdf.indexOf('\n', xrefOffset, 'latin1') + 1;
  while (at > 0 && at < trailerAt) {
    const lineEnd = pdf.indexOf('\n', at, 'latin1');
    const header = /^(\d+) (\d+)\r?$/.exec(pdf.subarray(at, lineEnd).toString('latin1'));
    if (!header) throw new Error(`PDF xref table is damaged at byte ${at}`);
    const section = { first: Number(header[1]), count: Number(header[2]), at: lineEnd + 1 };
    sections.push(section);
    at = section.at + section.count * 20;
  }
  const offsetOf = (number: number): number | undefined => {
    const section = sections.find((candidate) => number >= candidate.first && number < candidate.first + candidate.count);
    if (!section) return undefined;
    const entry = /^(\d{10}) (\d{5}) ([nf])/.exec(
      pdf.subarray(section.at + (number - section.first) * 20, section.at + (number - section.first + 1) * 20).toString('latin1'),
    );
    return entry && entry[3] === 'n' ? Number(entry[1]) : undefined;
  };
  const trailer = pdf.subarray(trailerAt, pdf.indexOf('startxref', trailerAt, 'latin1')).toString('latin1');
  const size = /\/Size (\d+)/.exec(trailer);
  const root = /\/Root (\d+) 0 R/.exec(trailer);
  if (!size || !root) throw new Error('PDF trailer lacks /Size or /Root');
  const info = /\/Info \d+ 0 R/.exec(trailer)?.[0] ?? '';
  const id = /\/ID \[[^\]]*\]/.exec(trailer)?.[0] ?? '';
  return { xrefOffset, size: Number(size[1]), root: Number(root[1]), trailerRest: `${info}\n${id}`, offsetOf };
}

function objectDictionary(pdf: Buffer, parsed: Parsed, number: number): string {
  const offset = parsed.offsetOf(number);
  if (offset === undefined) throw new Error(`PDF object ${number} is not in the xref table`);
  const end = pdf.indexOf('endobj', offset, 'latin1');
  const text = pdf.subarray(offset, end).toString('latin1');
  const start = text.indexOf('<<');
  const stop = text.lastIndexOf('>>');
  if (start < 0 || stop < 0) throw new Error(`PDF object ${number} is not a dictionary`);
  return text.slice(start + 2, stop);
}

/**
 * The incremental update (appended after the PDF's %%EOF) that adds an empty PAdES signature field to the last page: the signature
 * dictionary (ByteRange placeholder, Contents of fixed size, /M = signing time, SubFilter
 * ETSI.CAdES.detached), a widget over the visible signature block, the AcroForm, and updated page
 * and catalog objects. Written by hand because @signpdf's plain placeholder can only put the widget on
 * the first page, and placeholder-pdfkit does not fit pdfkit 0.20 (see docs/architecture.md).
 */
export function signatureUpdate(pdf: Buffer, options: PlaceholderOptions): Buffer {
  const parsed = parseTail(pdf);
  const rootDict = objectDictionary(pdf, parsed, parsed.root);
  const pagesRef = /\/Pages (\d+) 0 R/.exec(rootDict);
  if (!pagesRef) throw new Error('PDF catalog has no /Pages');
  const kids = /\/Kids \[([^\]]*)\]/.exec(objectDictionary(pdf, parsed, Number(pagesRef[1])));
  const pageNumbers = [...(kids?.[1] ?? '').matchAll(/(\d+) 0 R/g)].map((match) => Number(match[1]));
  const lastPage = pageNumbers.at(-1);
  if (lastPage === undefined) throw new Error('PDF has no pages');
  const pageDict = objectDictionary(pdf, parsed, lastPage);

  const sig = parsed.size;
  const widget = sig + 1;
  const form = sig + 2;
  const appearance = sig + 3;
  const [x1, y1, x2, y2] = options.rect;
  const objects = new Map<number, string>();
  objects.set(
    sig,
    `<<\n/Type /Sig\n/Filter /Adobe.PPKLite\n/SubFilter /${SUBFILTER_ETSI_CADES_DETACHED}\n/ByteRange ` +
      `[0 /${DEFAULT_BYTE_RANGE_PLACEHOLDER} /${DEFAULT_BYTE_RANGE_PLACEHOLDER} ` +
      `/${DEFAULT_BYTE_RANGE_PLACEHOLDER}]\n/Contents <${'0'.repeat(signatureContentsBytes * 2)}>\n/M ` +
      `(${pdfDate(options.signingTime)})\n/Name ${pdfTextString(options.signerName)}\n/Reason ` +
      `${pdfTextString(options.reason)}\n/Location ${pdfTextString(options.location)}\n/ContactInfo ` +
      `${pdfTextString(options.contactInfo)}\n/Prop_Build << /App << /Name /Inzage ` +
      `>> >>\n>>`,
  );
  objects.set(
    widget,
    `<<\n/Type /Annot\n/Subtype /Widget\n/FT /Sig\n/T ${pdfTextString('Signature1')}\n/TU ` +
      `${pdfTextString(options.reason)}\n/V ${sig} 0 R\n/F 132\n/Rect [${x1.toFixed(2)} ` +
      `${y1.toFixed(2)} ${x2.toFixed(2)} ${y2.toFixed(2)}]\n/P ${lastPage} 0 R\n/AP ` +
      `<< /N ${appearance} 0 R >>\n>>`,
  );
  objects.set(form, `<<\n/Fields [${widget} 0 R]\n/SigFlags 3\n>>`);
  // The block itself is drawn in the page content; the widget's own appearance is empty.
  objects.set(
    appearance,
    `<<\n/Type /XObject\n/Subtype /Form\n/BBox [0 0 ${(x2 - x1).toFixed(2)} ${(y2 - y1).toFixed(2)}]\n/Length 0\n>>\nstream\n\nendstream`,
  );
  const annots = /\/Annots \[([^\]]*)\]/.exec(pageDict);
  objects.set(
    lastPage,
    annots ? `<<${pageDict.replace(annots[0], `/Annots [${annots[1]} ${widget} 0 R]`)}>>` : `<<${pageDict}/Annots [${widget} 0 R]\n>>`,
  );
  if (/\/AcroForm/.test(rootDict)) throw new Error('PDF already has a form; signing an already signed or form PDF is not supported');
  objects.set(parsed.root, `<<${rootDict}/AcroForm ${form} 0 R\n>>`);

  const chunks: Buffer[] = [Buffer.from('\n')];
  let position = pdf.length + 1;
  const written: [number, number][] = [];
  for (const [number, body] of [...objects].sort((a, b) => a[0] - b[0])) {
    const chunk = Buffer.from(`${number} 0 obj\n${body}\nendobj\n`, 'latin1');
    written.push([number, position]);
    chunks.push(chunk);
    position += chunk.length;
  }
  const xrefAt = position;
  let xref = 'xref\n';
  for (const [number, offset] of written) xref += `${number} 1\n${String(offset).padStart(10, '0')} 00000 n \n`;
  xref +=
    `trailer\n<<\n/Size ${appearance + 1}\n/Root ${parsed.root} 0 R\n${parsed.trailerRest}\n/Prev ` +
    `${parsed.xrefOffset}\n>>\nstartxref\n${xrefAt}\n%%EOF\n`;
  chunks.push(Buffer.from(xref, 'latin1'));
  return Buffer.concat(chunks);
}
