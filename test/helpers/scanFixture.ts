import { createCanvas } from '@napi-rs/canvas';
import type { CaseDocument, PageWord } from '../../shared/documents/documentModel.ts';
import type { Store } from '../../electron/core/store/store.ts';

const WIDTH = 1240;
const HEIGHT = 1754;
const MARGIN = 120;
const LINE = 60;
const FONT_PX = 36;

/**
 * A scanned letter as a PNG (issue 16): lines drawn on an A4-sized page at 150 dpi, kept in the store with
 * its reading as OCR would give it (words with pixel boxes from the page's top-left; page size in pixels),
 * so the window's area marking can be tested without running tesseract.
 */
export async function addFixtureScan(
  store: Store,
  fixture: { id: string; subjectId: string | null; caseId: string | null; lines: readonly string[] },
): Promise<{ document: CaseDocument; size: { width: number; height: number } }> {
  const canvas = createCanvas(WIDTH, HEIGHT);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, WIDTH, HEIGHT);
  ctx.fillStyle = '#111111';
  ctx.font = `${FONT_PX}px sans-serif`;
  ctx.textBaseline = 'top';
  const words: PageWord[] = [];
  fixture.lines.forEach((line, index) => {
    const y = MARGIN + index * LINE;
    ctx.fillText(line, MARGIN, y);
    let x = MARGIN;
    for (const part of line.split(/(\s+)/)) {
      const width = ctx.measureText(part).width;
      if (part.trim()) words.push({ text: part, x, y, width, height: FONT_PX });
      x += width;
    }
  });
  const bytes = new Uint8Array(canvas.toBuffer('image/png'));
  const sha256 = await store.documents.putFile(bytes);
  const document: CaseDocument = {
    id: fixture.id,
    caseId: fixture.caseId,
    subjectId: fixture.subjectId,
    kind: 'letter-received',
    date: '2026-02-12',
    direction: 'incoming',
    sender: null,
    recipient: 'Agency',
    title: 'Scan',
    fileName: `${fixture.id}.png`,
    mediaType: 'image/png',
    sha256,
    bytes: bytes.byteLength,
    parentId: null,
  };
  await store.documents.addDocuments([document]);
  await store.documents.saveReading(
    { documentId: document.id, status: 'read', method: 'ocr', problem: null, readAt: '2026-03-01T09:00:00.000Z', pageCount: 1 },
    [{ documentId: document.id, page: 1, text: fixture.lines.join('\n'), width: WIDTH, height: HEIGHT, words }],
  );
  return { document, size: { width: WIDTH, height: HEIGHT } };
}
