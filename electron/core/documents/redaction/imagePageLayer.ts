import type { PageWord } from '../../../../shared/documents/documentModel.ts';

/** Where a page image lands on the output page, in PDF points from the top-left. */
export interface PlacedRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Draws a page image at `rect` and over it, invisibly, the words still on it (PDF text rendering mode 3,
 * "neither fill nor stroke", the way OCR'd PDFs carry their text), each word at its box, stretched to
 * the box's width: pdftotext, search and a screen reader find the words, the eye sees the image. A
 * redacted word is neither in the pixels (painted over) nor in this layer (left out), so there is no
 * live text under a box anywhere (issue 16.5).
 *
 * pdfkit has no option for mode 3; it writes `1 Tr` for a stroke-only text, which is swapped for
 * `3 Tr` while the layer is drawn, inside its own save/restore (the mode is graphics state).
 */
export function drawImagePage(
  doc: PDFKit.PDFDocument,
  image: Buffer,
  page: { width: number; height: number; words: readonly PageWord[] },
  rect: PlacedRect,
  font: string,
): void {
  doc.image(image, rect.x, rect.y, { width: rect.width, height: rect.height });
  if (page.words.length === 0) return;
  const scale = rect.width / page.width;
  const addContent = doc.addContent.bind(doc);
  doc.save();
  (doc as { addContent: (data: string) => PDFKit.PDFDocument }).addContent = (data: string) => addContent(data === '1 Tr' ? '3 Tr' : data);
  try {
    doc.font(font);
    for (const word of page.words) {
      const size = Math.max(1, word.height * scale * 0.9);
      doc.fontSize(size);
      const natural = doc.widthOfString(word.text);
      const target = word.width * scale;
      const horizontalScaling = natural > 0 ? Math.max(1, Math.round((target / natural) * 100)) : 100;
      doc.text(word.text, rect.x + word.x * scale, rect.y + word.y * scale, {
        lineBreak: false,
        stroke: true,
        fill: false,
        horizontalScaling,
      } as PDFKit.Mixins.TextOptions);
    }
  } finally {
    (doc as { addContent: (data: string) => PDFKit.PDFDocument }).addContent = addContent;
    doc.restore();
  }
}

/** The largest rect with the page's proportions that fits in `box`, centred horizontally, at its top. */
export function fitPage(page: { width: number; height: number }, box: PlacedRect): PlacedRect {
  const scale = Math.min(box.width / page.width, box.height / page.height);
  const width = page.width * scale;
  return { x: box.x + (box.width - width) / 2, y: box.y, width, height: page.height * scale };
}
