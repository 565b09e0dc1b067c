import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCanvas, GlobalFonts, loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import type {
  CaseDocument,
  DocumentPage,
  DocumentRedaction,
  DocumentRedactionTarget,
  PageWord,
} from '../../../../../shared/documents/documentModel.ts';
import { archiveDocumentFile, redactedPdf } from '../../../../../electron/core/documents/redaction/redactedFile.ts';
import { redactedPages } from '../../../../../electron/core/documents/redaction/redactedPages.ts';
import { fontPath } from '../../../../../electron/core/output/pdf/pdfWriter.ts';
import { fixturePdf } from '../../../../helpers/documentFixtures.ts';
import { useTempDirs } from '../../../../helpers/tempDir.ts';

/** What poppler's pdftotext (an independent reader) finds in a PDF. */
function pdftotext(dir: string, pdf: Buffer): string {
  const file = join(dir, 'out.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
}

function documentOf(id: string, mediaType: CaseDocument['mediaType'], fileName: string): CaseDocument {
  return {
    id,
    caseId: null,
    subjectId: 'S1',
    kind: 'letter-received',
    date: '2026-02-10',
    direction: 'incoming',
    sender: null,
    recipient: null,
    title: 'Brief',
    fileName,
    mediaType,
    sha256: '0'.repeat(64),
    bytes: 0,
    parentId: null,
  };
}

function redaction(documentId: string, target: DocumentRedactionTarget, id = 1): DocumentRedaction {
  return { id, reference: 'INZ-1', documentId, target, reason: 'third-party-data', note: null, by: 'clerk', on: '2026-03-01' };
}

const letterLines = [
  'Geachte heer Jansen,',
  'Mijn buurman Gerrit Hoekstra betaalt de huur van de schuur.',
  'Zijn rekening is niet de mijne. Met vriendelijke groet',
];

describe('true redaction inside documents (issue 16.5)', () => {
  const dir = useTempDirs();

  it('a text redaction in a PDF: pdftotext of the output lacks the name and keeps the rest of the page', async () => {
    const { bytes, layout } = await fixturePdf([letterLines, ['Tweede pagina zonder derden.']]);
    const pages: DocumentPage[] = layout.map((p) => ({ ...p, documentId: 'D1' }));
    const text = pages[0]!.text;
    const start = text.indexOf('Gerrit Hoekstra');
    const document = documentOf('D1', 'application/pdf', 'brief.pdf');
    // The original has the name as live text (the test can fail: the fixture really carries it).
    expect(pdftotext(dir(), Buffer.from(bytes))).toContain('Hoekstra');

    const input = {
      document,
      bytes,
      pages,
      redactions: [redaction('D1', { kind: 'text', page: 1, start, end: start + 'Gerrit Hoekstra'.length })],
      marker: '[x]',
    };
    const file = await archiveDocumentFile(input);
    expect(file.redacted).toBe(true);
    expect(file.fileName).toBe('brief.pdf');
    const out = pdftotext(dir(), file.data);
    expect(out).not.toMatch(/Gerrit|Hoekstra/);
    for (const word of ['Geachte', 'Jansen,', 'buurman', 'betaalt', 'schuur.', 'rekening', 'vriendelijke', 'Tweede', 'derden.'])
      expect(out).toContain(word);
    expect(execFileSync('pdfinfo', [writeTemp(dir(), file.data)], { encoding: 'utf8' })).toMatch(/Pages:\s+2/);
  });

  it('paints the redacted words in the page image itself: their boxes are solid black pixels', async () => {
    const { bytes, layout } = await fixturePdf([letterLines]);
    const pages: DocumentPage[] = layout.map((p) => ({ ...p, documentId: 'D1' }));
    const start = pages[0]!.text.indexOf('Hoekstra');
    const input = {
      document: documentOf('D1', 'application/pdf', 'brief.pdf'),
      bytes,
      pages,
      redactions: [redaction('D1', { kind: 'text', page: 1, start, end: start + 3 })],
      marker: '[x]',
    };
    const rendered = [];
    for await (const page of redactedPages(input)) rendered.push(page);
    const page = rendered[0]!;
    if (page.kind !== 'image') throw new Error('expected an image page');
    expect(page.redacted).toBe(true);
    // The whole word goes, though the stretch covered three of its letters.
    expect(page.words.map((w) => w.text)).not.toContain('Hoekstra');
    expect(page.words.map((w) => w.text)).toContain('Gerrit');
    const word = pages[0]!.words.find((w) => w.text === 'Hoekstra')!;
    const image = await loadImage(page.image);
    const scale = image.width / page.width;
    const canvas = createCanvas(image.width, image.height);
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    const inside = context.getImageData(
      Math.round(word.x * scale) + 2,
      Math.round(word.y * scale) + 2,
      Math.floor(word.width * scale) - 4,
      Math.floor(word.height * scale) - 4,
    );
    expect(maxChannel(inside.data)).toBeLessThan(40);
    // The neighbouring word is still drawn (dark glyphs on white).
    const gerrit = pages[0]!.words.find((w) => w.text === 'Gerrit')!;
    const next = context.getImageData(
      Math.round(gerrit.x * scale),
      Math.round(gerrit.y * scale),
      Math.floor(gerrit.width * scale),
      Math.floor(gerrit.height * scale),
    );
    expect(maxChannel(next.data)).toBeGreaterThan(200);
  });

  it('an area redaction on a scanned page (PNG): the area is painted in the pixels and its words leave the text layer', async () => {
    const { png, words, text } = await scannedPng(['Brief van de heer Bakker', 'Gerrit Hoekstra woont naast mij', 'Dossier 2024-00017']);
    const document = documentOf('D2', 'image/png', 'scan.png');
    const pages: DocumentPage[] = [{ documentId: 'D2', page: 1, text, width: 800, height: 300, words }];
    const hoekstra = words.find((w) => w.text === 'Hoekstra')!;
    const gerrit = words.find((w) => w.text === 'Gerrit')!;
    const area = {
      kind: 'area' as const,
      page: 1,
      x: gerrit.x - 4,
      y: gerrit.y - 4,
      width: hoekstra.x + hoekstra.width - gerrit.x + 8,
      height: gerrit.height + 8,
    };
    const input = { document, bytes: png, pages, redactions: [redaction('D2', area)], marker: '[x]' };

    const file = await archiveDocumentFile(input);
    expect(file.fileName).toBe('scan.png');
    const image = await loadImage(file.data);
    const canvas = createCanvas(image.width, image.height);
    canvas.getContext('2d').drawImage(image, 0, 0);
    const painted = canvas.getContext('2d').getImageData(area.x, area.y, area.width, area.height);
    expect(maxChannel(painted.data)).toBe(0);
    const untouched = canvas.getContext('2d').getImageData(0, 0, 800, 40);
    expect(maxChannel(untouched.data)).toBe(255);

    // The same page as a PDF with its text layer: the other words are findable, the covered ones are not there.
    const out = pdftotext(dir(), await redactedPdf(input));
    expect(out).not.toMatch(/Gerrit|Hoekstra/);
    for (const word of ['Bakker', 'woont', 'naast', 'Dossier', '2024-00017']) expect(out).toContain(word);
  });

  it('a text file: each redacted stretch is replaced by the marker, the rest is kept', async () => {
    const text = 'Gesprek met mevrouw Jansen.\nZij noemde haar zus Petra de Wit als borg.\nAfspraak: 50 euro per maand.';
    const bytes = new TextEncoder().encode(text);
    const start = text.indexOf('Petra de Wit');
    const input = {
      document: documentOf('D3', 'text/plain', 'notitie.txt'),
      bytes,
      pages: [{ documentId: 'D3', page: 1, text, width: 0, height: 0, words: [] }],
      redactions: [redaction('D3', { kind: 'text', page: 1, start, end: start + 'Petra de Wit'.length })],
      marker: '[weggelaten]',
    };
    const file = await archiveDocumentFile(input);
    const out = file.data.toString('utf8');
    expect(out).not.toContain('Petra');
    expect(out).toContain('zus [weggelaten] als borg');
    expect(out).toContain('Afspraak: 50 euro per maand.');
  });

  it('hands out the file as delivered when nothing in it is redacted', async () => {
    const { bytes } = await fixturePdf([letterLines]);
    const file = await archiveDocumentFile({
      document: documentOf('D1', 'application/pdf', 'brief.pdf'),
      bytes,
      pages: [],
      redactions: [],
      marker: '[x]',
    });
    expect(file.redacted).toBe(false);
    expect(Buffer.compare(file.data, Buffer.from(bytes))).toBe(0);
  });
});

function writeTemp(dir: string, data: Buffer): string {
  const file = join(dir, 'check.pdf');
  writeFileSync(file, data);
  return file;
}

function maxChannel(data: Uint8ClampedArray): number {
  let max = 0;
  for (let i = 0; i < data.length; i += 4) max = Math.max(max, data[i]!, data[i + 1]!, data[i + 2]!);
  return max;
}

/** A scanned letter drawn with @napi-rs/canvas: black text on white, its word boxes measured as drawn. */
async function scannedPng(lines: string[]): Promise<{ png: Uint8Array; words: PageWord[]; text: string }> {
  GlobalFonts.registerFromPath(fontPath('DejaVuSans.ttf'), 'FixtureSans');
  const canvas = createCanvas(800, 300);
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, 800, 300);
  context.fillStyle = '#000000';
  context.font = '28px FixtureSans';
  context.textBaseline = 'top';
  const words: PageWord[] = [];
  lines.forEach((line, index) => {
    const y = 60 + index * 60;
    context.fillText(line, 40, y);
    let x = 40;
    for (const part of line.split(/(\s+)/)) {
      const width = context.measureText(part).width;
      if (part.trim()) words.push({ text: part, x, y, width, height: 30 });
      x += width;
    }
  });
  return { png: new Uint8Array(await canvas.encode('png')), words, text: lines.join('\n') };
}
