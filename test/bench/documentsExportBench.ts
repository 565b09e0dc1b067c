import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import type { PageWord } from '../../shared/documents/documentModel.ts';
import { readLandmarks } from '../../electron/core/demo/seedDatabase.ts';
import { fontPath } from '../../electron/core/output/pdf/pdfWriter.ts';
import { linkSubjects } from '../../electron/core/requests/useCases/subjectDecisions.ts';
import { registerRequest } from '../../electron/core/requests/useCases/registerRequest.ts';
import type { Store } from '../../electron/core/store/store.ts';
import { addFixtureDocument } from '../helpers/documentFixtures.ts';
import { seedTestDatabase } from '../helpers/demoDatabase.ts';
import { testUseCaseDeps } from '../helpers/useCaseDeps.ts';
import type { BenchResult } from './benchKit.ts';
import { benchDir, envInt } from './benchKit.ts';

/**
 * Issue 16.6: memory of the heaviest export with documents (target ≤ 500 MB). The heavy debtor of the
 * demo data (hundreds of records, the longest extract) gets a case file of 120 documents and 300 pages:
 * 60 four-page PDF letters, 40 scanned letters (A4 at 150 dpi, PNG and JPEG) and 20 call notes, a
 * third of them with a redaction (a word of a letter, an area of a scan, a stretch of a note). The
 * export runs as the worker runs it (the export use case, bundled, plain node) in a child process; its
 * peak RSS is read from the OS (getrusage maxrss).
 */
export async function documentsExportBench(): Promise<BenchResult> {
  const { dir, cleanup } = benchDir();
  try {
    const letters = envInt('BENCH_DOC_LETTERS', 60);
    const scans = envInt('BENCH_DOC_SCANS', 40);
    const notes = envInt('BENCH_DOC_NOTES', 20);
    const { db, file } = seedTestDatabase(dir, 200, 'documents-export');
    const { heavyDebtor } = readLandmarks(db)!;
    const { store, on } = testUseCaseDeps(db);
    const deps = on('2026-03-02');
    const { reference } = await registerRequest(deps, { receivedOn: '2026-03-01', channel: 'letter', requester: { name: 'Aanvrager' } });
    await linkSubjects(deps, reference, [heavyDebtor], { matched: ['name'] });
    const pages = await addCaseFile(store, reference, heavyDebtor, { letters, scans, notes });
    db.close();
    mkdirSync(join(dir, 'out'));
    const child = await bundledChild();
    const load = loadavg()[0]!.toFixed(2);
    const out = execFileSync(process.execPath, [child, file, reference, join(dir, 'out')], { encoding: 'utf8' });
    const result = JSON.parse(out.trim().split('\n').at(-1)!) as { peakRssMb: number; ms: number; bytes: Record<string, number> };
    const mb = (bytes: number | undefined) => ((bytes ?? 0) / 1e6).toFixed(1);
    return {
      name: 'documents: export',
      lines: [
        `heavy debtor + ${letters + scans + notes} documents (${pages} pages: ${letters} PDF letters, ${scans} scans, ${notes} notes)`,
        `export in a child process: ${(result.ms / 1000).toFixed(1)} s, ` +
          `PDF ${mb(result.bytes.pdf)} MB, archive ${mb(result.bytes.archive)} MB`,
        `peak RSS of the bundled export (plain node, as the app's worker runs it) ${result.peakRssMb.toFixed(0)} MB`,
        `load ${load} at start, ${loadavg()[0]!.toFixed(2)} at end`,
      ],
      targets: [
        {
          label: `memory of the heaviest export with documents ${result.peakRssMb.toFixed(0)} MB ≤ 500 MB`,
          met: result.peakRssMb <= 500,
        },
      ],
    };
  } finally {
    cleanup();
  }
}

/**
 * The child as the app runs the export: bundled by esbuild with the packages left external (as
 * electron/build does for the worker), run by plain node. Under tsx the same export measured about
 * 200 MB more, nearly all of it tsx transforming pdf.js's two 2 MB modules in memory, which the app
 * never does; the bundle sits in dist/bench (two levels below the root, so resources/ is found).
 */
async function bundledChild(): Promise<string> {
  const { build } = await import('esbuild');
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const outfile = join(root, 'dist', 'bench', 'documentsExportChild.mjs');
  await build({
    absWorkingDir: root,
    entryPoints: ['test/bench/documentsExportChild.ts'],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    outfile,
    logLevel: 'warning',
  });
  return outfile;
}

const words = 'Geachte heer mevrouw betreft uw dossier openstaand bedrag betaling regeling termijn aanmaning incasso vordering'.split(' ');

function line(seed: number): string {
  return Array.from({ length: 9 }, (_, i) => words[(seed * 7 + i * 3) % words.length]).join(' ');
}

async function addCaseFile(
  store: Store,
  reference: string,
  subjectId: string,
  counts: { letters: number; scans: number; notes: number },
): Promise<number> {
  let pages = 0;
  const redact = async (documentId: string, target: Parameters<Store['documents']['addRedaction']>[0]['target']) => {
    await store.documents.addRedaction({
      reference,
      documentId,
      target,
      reason: 'third-party-data',
      note: null,
      by: 'Bench',
      on: '2026-03-02',
    });
  };
  for (let i = 0; i < counts.letters; i++) {
    const id = `BENCH-L${i}`;
    const letter = Array.from({ length: 4 }, (_, p) => Array.from({ length: 30 }, (_, l) => line(i + p * 31 + l)));
    await addFixtureDocument(store, { id, subjectId, kind: 'letter-sent', direction: 'outgoing', date: '2025-06-01', pages: letter });
    pages += 4;
    if (i % 3 === 0) await redact(id, { kind: 'text', page: 2, start: 0, end: 7 });
  }
  for (let i = 0; i < counts.scans; i++) {
    const id = `BENCH-S${i}`;
    const format = i % 2 === 0 ? 'png' : 'jpeg';
    const scan = await scannedPage(i, format);
    const sha256 = await store.documents.putFile(scan.bytes);
    await store.documents.addDocuments([
      {
        id,
        caseId: null,
        subjectId,
        kind: 'letter-received',
        date: '2025-07-01',
        direction: 'incoming',
        sender: null,
        recipient: null,
        title: 'Scan',
        fileName: `${id}.${format === 'png' ? 'png' : 'jpg'}`,
        mediaType: format === 'png' ? 'image/png' : 'image/jpeg',
        sha256,
        bytes: scan.bytes.byteLength,
        parentId: null,
      },
    ]);
    await store.documents.saveReading(
      { documentId: id, status: 'read', method: 'ocr', problem: null, readAt: '2026-03-01T09:00:00.000Z', pageCount: 1 },
      [{ documentId: id, page: 1, text: scan.text, width: scan.width, height: scan.height, words: scan.words }],
    );
    pages += 1;
    if (i % 3 === 0) await redact(id, { kind: 'area', page: 1, x: 100, y: 300, width: 600, height: 80 });
  }
  for (let i = 0; i < counts.notes; i++) {
    const id = `BENCH-N${i}`;
    await addFixtureDocument(store, {
      id,
      subjectId,
      kind: 'call-note',
      direction: 'internal',
      format: 'text',
      pages: [[line(i), line(i + 1)]],
    });
    pages += 1;
    if (i % 3 === 0) await redact(id, { kind: 'text', page: 1, start: 0, end: 7 });
  }
  return pages;
}

/** An A4 page scanned at 150 dpi: lines of text, a little grey speckle, its words with their pixel boxes. */
async function scannedPage(
  seed: number,
  format: 'png' | 'jpeg',
): Promise<{ bytes: Uint8Array; text: string; words: PageWord[]; width: number; height: number }> {
  if (!GlobalFonts.has('BenchSans')) GlobalFonts.registerFromPath(fontPath('DejaVuSans.ttf'), 'BenchSans');
  const width = 1240;
  const height = 1754;
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#fbfaf7';
  context.fillRect(0, 0, width, height);
  context.fillStyle = '#c8c8c8';
  for (let i = 0; i < 800; i++) context.fillRect((i * 7919 + seed * 13) % width, (i * 104729 + seed) % height, 2, 2);
  context.fillStyle = '#111111';
  context.font = '26px BenchSans';
  context.textBaseline = 'top';
  const all: PageWord[] = [];
  const lines: string[] = [];
  for (let l = 0; l < 40; l++) {
    const text = line(seed + l);
    const y = 150 + l * 36;
    context.fillText(text, 120, y);
    let x = 120;
    for (const part of text.split(/(\s+)/)) {
      const w = context.measureText(part).width;
      if (part.trim()) all.push({ text: part, x, y, width: w, height: 28 });
      x += w;
    }
    lines.push(text);
  }
  const bytes = format === 'png' ? await canvas.encode('png') : await canvas.encode('jpeg', 85);
  return { bytes: new Uint8Array(bytes), text: lines.join('\n'), words: all, width, height };
}
