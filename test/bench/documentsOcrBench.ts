import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { GlobalFonts, createCanvas } from '@napi-rs/canvas';
import type { CaseDocument } from '../../shared/documents/documentModel.ts';
import { readDocumentFile } from '../../electron/core/documents/reading/readDocumentFile.ts';
import { defaultOcrEngine, ocrAvailability } from '../../electron/core/documents/reading/tesseract.ts';
import { fontPath } from '../../electron/core/output/pdf/pdfWriter.ts';
import type { BenchResult } from './benchKit.ts';
import { benchDir, envInt, median } from './benchKit.ts';

const TARGET_RATIO = 0.8;
const LABEL = "OCR pages per second: the app's reader against the bare tesseract command on the same page images (target ≥ 0.8)";

/** A synthetic incoming letter as a 200 dpi A4 scan: thirty lines of Dutch text, black on white (all data made up). */
async function letterPage(index: number): Promise<Uint8Array> {
  GlobalFonts.registerFromPath(fontPath('DejaVuSans.ttf'), 'Bench Scan');
  const canvas = createCanvas(1654, 2339);
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.fillStyle = '#161616';
  context.font = '30px "Bench Scan"';
  const lines = [
    `Betreft: dossier 2024-${String(10_000 + index).padStart(5, '0')}`,
    'Geachte heer, mevrouw,',
    'Naar aanleiding van uw aanmaning van 12 februari wil ik het volgende laten weten.',
    'Ik heb het bedrag van EUR 412,50 op 3 maart overgemaakt naar rekening',
    `NL91 ABNA 0417 1643 ${String(index).padStart(2, '0')} onder vermelding van het dossiernummer.`,
    'Mijn buurman Gerrit Hoekstra kan bevestigen dat ik die dag bij de bank was.',
  ];
  for (let line = 0; line < 30; line++) context.fillText(lines[line % lines.length]!, 160, 220 + line * 62);
  return new Uint8Array(await canvas.encode('png'));
}

/**
 * The bare command, as a user would run it on the page file: plain text to stdout. `oneThread` runs it
 * as the app does (OMP_THREAD_LIMIT=1, tesseract.ts); without it, with tesseract's own OpenMP defaults.
 */
function bareTesseract(file: string, oneThread: boolean): Promise<void> {
  const env = oneThread ? { ...process.env, OMP_THREAD_LIMIT: '1' } : withoutThreadLimit();
  return new Promise((resolve, reject) => {
    const child = spawn(defaultOcrEngine.command, [file, 'stdout', '-l', defaultOcrEngine.languages.join('+')], {
      stdio: ['ignore', 'ignore', 'ignore'],
      env,
    });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`tesseract exited with ${code}`))));
  });
}

function withoutThreadLimit(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.OMP_THREAD_LIMIT;
  return env;
}

const benchDocument = (id: string): CaseDocument => ({
  id,
  caseId: null,
  subjectId: 'bench',
  kind: 'letter-received',
  date: '2026-02-10',
  direction: 'incoming',
  sender: null,
  recipient: null,
  title: null,
  fileName: `${id}.png`,
  mediaType: 'image/png',
  sha256: '',
  bytes: 0,
  parentId: null,
});

/**
 * Issue 16.6, OCR part: pages per second of the app's reader (readDocumentFile on a PNG scan: tesseract
 * as a child process on stdin, TSV parsed into words with boxes) against the bare `tesseract FILE stdout
 * -l nld+eng` on the same images, run both with tesseract's OpenMP defaults and with one thread as the
 * app runs it; the target is held against the faster of the two. Each run does every page all three
 * ways in a rotating order, so the machine's load (shared: see the load line) falls on all alike; the
 * ratios are of the medians.
 * BENCH_OCR_PAGES (default 2) pages, BENCH_OCR_RUNS (default 3) runs.
 */
export async function documentsOcrBench(): Promise<BenchResult> {
  const availability = await ocrAvailability(defaultOcrEngine);
  if (!availability.available)
    return {
      name: 'documents: ocr',
      lines: [`OCR: tesseract with nld+eng is not available here (${availability.reason})`],
      targets: [{ label: LABEL, met: false }],
    };
  const pageCount = envInt('BENCH_OCR_PAGES', 2);
  const runs = envInt('BENCH_OCR_RUNS', 3);
  const { dir, cleanup } = benchDir();
  try {
    const pages = await Promise.all(Array.from({ length: pageCount }, (_, index) => letterPage(index)));
    const files = pages.map((png, index) => {
      const file = join(dir, `page-${index + 1}.png`);
      writeFileSync(file, png);
      return file;
    });
    const loadBefore = loadavg();
    const app: number[] = [];
    const bare: number[] = [];
    const bareOneThread: number[] = [];
    let words = 0;
    const runApp = async () => {
      const started = performance.now();
      for (const [index, png] of pages.entries()) {
        const { reading, pages: read } = await readDocumentFile(benchDocument(`bench-${index}`), png, {
          readAt: '2026-03-02T09:00:00.000Z',
        });
        if (reading.status !== 'read') throw new Error(`bench page ${index + 1} not read: ${reading.status}`);
        words = read[0]!.words.length;
      }
      app.push((pageCount * 1000) / (performance.now() - started));
    };
    const runBare = (oneThread: boolean) => async () => {
      const started = performance.now();
      for (const file of files) await bareTesseract(file, oneThread);
      (oneThread ? bareOneThread : bare).push((pageCount * 1000) / (performance.now() - started));
    };
    // Each run does all three, in a rotating order, so no one of them always runs first or last.
    const series = [runApp, runBare(false), runBare(true)];
    for (let run = 0; run < runs; run++) for (let at = 0; at < series.length; at++) await series[(run + at) % series.length]!();
    const loadAfter = loadavg();
    const ratioDefault = median(app) / median(bare);
    const ratioOneThread = median(app) / median(bareOneThread);
    // The target is held against the faster of the two ways to run the bare command.
    const ratio = Math.min(ratioDefault, ratioOneThread);
    const loads = (values: number[]) => values.map((l) => l.toFixed(2)).join(' ');
    const perSecond = (values: number[]) => values.map((v) => v.toFixed(3)).join(', ');
    return {
      name: 'documents: ocr',
      lines: [
        `OCR: ${pageCount} synthetic letter pages (200 dpi A4 PNG, ${words} words a page), ${runs} runs, interleaved`,
        `  app reader   : median ${median(app).toFixed(3)} pages/s (runs: ${perSecond(app)})`,
        `  bare command, tesseract's OpenMP defaults: median ${median(bare).toFixed(3)} pages/s (runs: ${perSecond(bare)})`,
        `  bare command, OMP_THREAD_LIMIT=1 as the app: median ${median(bareOneThread).toFixed(3)} pages/s ` +
          `(runs: ${perSecond(bareOneThread)})`,
        `  ratio app/bare: ${ratioDefault.toFixed(2)} against the defaults, ${ratioOneThread.toFixed(2)} against one thread; ` +
          `held to the lower, ${ratio.toFixed(2)} (target ≥ ${TARGET_RATIO})`,
        `  load average (1/5/15 min) before ${loads(loadBefore)}, after ${loads(loadAfter)}`,
      ],
      targets: [{ label: LABEL, met: ratio >= TARGET_RATIO }],
    };
  } finally {
    cleanup();
  }
}
