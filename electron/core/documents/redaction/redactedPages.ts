import type { CaseDocument, DocumentPage, DocumentRedaction, PageWord } from '../../../../shared/documents/documentModel.ts';
import type { PageCanvas } from './pageImages.ts';
import { imagePageCanvas, pdfPageCanvases } from './pageImages.ts';
import type { PageRedaction } from './redactionPlan.ts';
import { planRedactions, redactText } from './redactionPlan.ts';

/**
 * One page of a document as it goes into the copy (issue 16.5): a page image with the words that are
 * still on it (the invisible text layer), or for an e-mail or text file the text itself.
 */
export type RedactedPage =
  | {
      kind: 'image';
      page: number;
      image: Buffer;
      format: 'jpeg';
      /** Size in the page's units (points for a PDF, pixels for a scan); the words' boxes are in the same units. */
      width: number;
      height: number;
      words: PageWord[];
      redacted: boolean;
    }
  | { kind: 'text'; page: number; text: string; redacted: boolean };

export interface RedactionInput {
  document: CaseDocument;
  bytes: Uint8Array;
  /** What the reader saved (words with boxes); empty when the document was not read. */
  pages: readonly DocumentPage[];
  redactions: readonly DocumentRedaction[];
  /** What replaces a redacted stretch of an e-mail or text file, in the person's language. */
  marker: string;
}

/** Why a document's pages cannot be reproduced: its file cannot be drawn here (encrypted, damaged, TIFF). */
export class NotReproducibleError extends Error {
  constructor(
    readonly documentId: string,
    readonly why: 'encrypted' | 'damaged' | 'unsupported',
  ) {
    super(`document ${documentId} cannot be reproduced (${why})`);
    this.name = 'NotReproducibleError';
  }
}

const paint = '#000000';

/** The JPEG quality of re-encoded pages: text stays crisp at 150 dpi, a page stays around 100–250 kB. */
const jpegQuality = 80;

function paintAreas(page: PageCanvas, redaction: PageRedaction | undefined): boolean {
  if (!redaction || redaction.areas.length === 0) return false;
  page.context.fillStyle = paint;
  for (const area of redaction.areas) {
    // Whole pixels outward, so that no anti-aliased edge of a glyph survives at the border.
    const x = Math.floor(area.x * page.scale);
    const y = Math.floor(area.y * page.scale);
    page.context.fillRect(x, y, Math.ceil((area.x + area.width) * page.scale) - x, Math.ceil((area.y + area.height) * page.scale) - y);
  }
  return true;
}

function keptWords(read: DocumentPage | undefined, redaction: PageRedaction | undefined): PageWord[] {
  if (!read) return [];
  return read.words.filter((_, index) => !redaction?.removedWords.has(index));
}

function pdfjsProblem(error: unknown): 'encrypted' | 'damaged' {
  const name = (error as { name?: string } | null)?.name;
  return name === 'PasswordException' ? 'encrypted' : 'damaged';
}

/**
 * The pages of a document with the clerk's redactions truly applied, one at a time (only one page's
 * pixels are held at once, so the export's memory stays bounded). A PDF page or a scan is drawn as an
 * image and the redacted areas painted over IN the pixels; the text layer carries only the words not
 * redacted. Nothing is laid over live text: the output has no text under a box to copy out (the
 * failure the issue names). An e-mail or text file is text; each redacted stretch becomes `marker`.
 */
export async function* redactedPages(input: RedactionInput): AsyncGenerator<RedactedPage> {
  const { document, pages } = input;
  const plan = planRedactions(pages, input.redactions);
  const read = (page: number) => pages.find((p) => p.page === page);
  if (document.mediaType === 'application/pdf') {
    let pageCanvases: AsyncGenerator<PageCanvas>;
    try {
      pageCanvases = pdfPageCanvases(input.bytes);
      for (;;) {
        const next = await pageCanvases.next();
        if (next.done) return;
        const page = next.value;
        const redacted = paintAreas(page, plan.get(page.page));
        yield {
          kind: 'image',
          page: page.page,
          image: await page.canvas.encode('jpeg', jpegQuality),
          format: 'jpeg',
          width: page.width,
          height: page.height,
          words: keptWords(read(page.page), plan.get(page.page)),
          redacted,
        };
      }
    } catch (error) {
      throw new NotReproducibleError(document.id, pdfjsProblem(error));
    }
  }
  if (document.mediaType === 'image/png' || document.mediaType === 'image/jpeg') {
    const page = await scanCanvas(input);
    const redacted = paintAreas(page, plan.get(1));
    // The page goes into a PDF as JPEG: pdfkit embeds JPEG as it is, but decodes and re-deflates a PNG in
    // JS memory (tens of megabytes per A4 scan). Unredacted, a JPEG scan goes in as delivered.
    const image =
      !redacted && document.mediaType === 'image/jpeg' ? Buffer.from(input.bytes) : await page.canvas.encode('jpeg', jpegQuality);
    yield {
      kind: 'image',
      page: 1,
      image,
      format: 'jpeg',
      width: page.width,
      height: page.height,
      words: keptWords(read(1), plan.get(1)),
      redacted,
    };
    return;
  }
  if (document.mediaType === 'image/tiff') throw new NotReproducibleError(document.id, 'unsupported');
  // E-mail and text: the read text per page (an e-mail's attachments are pages after its body), or a text file's own bytes.
  const textPages =
    pages.length > 0 || document.mediaType !== 'text/plain'
      ? pages.map((p) => ({ page: p.page, text: p.text }))
      : [{ page: 1, text: new TextDecoder().decode(input.bytes) }];
  for (const page of textPages) {
    const stretches = plan.get(page.page)?.textStretches ?? [];
    yield { kind: 'text', page: page.page, text: redactText(page.text, stretches, input.marker), redacted: stretches.length > 0 };
  }
}

async function scanCanvas(input: RedactionInput): Promise<PageCanvas> {
  try {
    return await imagePageCanvas(input.bytes);
  } catch {
    throw new NotReproducibleError(input.document.id, 'damaged');
  }
}

/**
 * A scan with the redacted areas painted in its pixels, in its own format (for the archive: the person
 * gets a PNG as a PNG); null when nothing on it is redacted.
 */
export async function redactedScan(input: RedactionInput): Promise<Buffer | null> {
  const page = await scanCanvas(input);
  if (!paintAreas(page, planRedactions(input.pages, input.redactions).get(1))) return null;
  return input.document.mediaType === 'image/png' ? page.canvas.encode('png') : page.canvas.encode('jpeg', jpegQuality);
}
