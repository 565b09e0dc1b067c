import { spawn } from 'node:child_process';
import type { OcrPage } from './tesseractTsv.ts';
import { parseTesseractTsv } from './tesseractTsv.ts';

/**
 * OCR with Debian's `tesseract` (package tesseract-ocr with tesseract-ocr-nld and -eng; installed by
 * .ci/run) as a child process: the image goes in on stdin and the TSV comes out on stdout, so no
 * page of personal data is ever written to a temporary file. The command is configurable (option,
 * or INZAGE_TESSERACT) so a machine with tesseract elsewhere works, and so tests can point it at a
 * missing binary to see the "OCR not available" path.
 */
export interface OcrEngine {
  command: string;
  /** Dutch first: the agency's letters are Dutch; English for the rest (issue 16.2). */
  languages: readonly string[];
}

/** The engine an environment names: INZAGE_TESSERACT, else `tesseract` on the PATH. */
export function ocrEngineFrom(env: NodeJS.ProcessEnv): OcrEngine {
  return { command: env.INZAGE_TESSERACT || 'tesseract', languages: ['nld', 'eng'] };
}

export const defaultOcrEngine: OcrEngine = ocrEngineFrom(process.env);

export type OcrAvailability =
  | { available: true }
  | { available: false; reason: 'command-missing'; command: string }
  | { available: false; reason: 'languages-missing'; command: string; missing: string[] };

interface RunResult {
  code: number | null;
  stdout: Buffer;
  stderr: string;
  spawnError: NodeJS.ErrnoException | null;
}

function run(command: string, args: readonly string[], input: Uint8Array | null, env: NodeJS.ProcessEnv = process.env): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'], env });
    const out: Buffer[] = [];
    let stderr = '';
    let spawnError: NodeJS.ErrnoException | null = null;
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', (error: NodeJS.ErrnoException) => (spawnError = error));
    // A child that dies early closes stdin under us (EPIPE): its exit code says what happened.
    child.stdin.on('error', () => undefined);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out), stderr, spawnError }));
    child.stdin.end(input ?? undefined);
  });
}

const availability = new Map<string, Promise<OcrAvailability>>();

/** Whether the engine runs here with its languages; asked once per command and language set (a process start each time would cost). */
export function ocrAvailability(engine: OcrEngine): Promise<OcrAvailability> {
  const key = `${engine.command}\0${engine.languages.join('+')}`;
  let known = availability.get(key);
  if (!known) {
    known = run(engine.command, ['--list-langs'], null).then((result): OcrAvailability => {
      if (result.spawnError || result.code !== 0) return { available: false, reason: 'command-missing', command: engine.command };
      // tesseract 4/5 print the list on stdout (older ones on stderr), after a heading line.
      const listed = new Set(`${result.stdout.toString('utf8')}\n${result.stderr}`.split(/\r?\n/).map((line) => line.trim()));
      const missing = engine.languages.filter((language) => !listed.has(language));
      return missing.length === 0
        ? { available: true }
        : { available: false, reason: 'languages-missing', command: engine.command, missing };
    });
    availability.set(key, known);
  }
  return known;
}

export class OcrFailed extends Error {}

/**
 * The words of an image (PNG, JPEG, TIFF; every page of a multipage TIFF), with pixel boxes.
 * `dpi` tells tesseract the resolution of a page we rendered ourselves; a scan says its own.
 * OMP_THREAD_LIMIT=1: tesseract's OpenMP threads only fight each other and the app on a busy
 * laptop; one page at a time on one core is what the bench measures against the bare command.
 */
export async function ocrImage(engine: OcrEngine, image: Uint8Array, options: { dpi?: number } = {}): Promise<OcrPage[]> {
  const args = ['stdin', 'stdout', '-l', engine.languages.join('+'), ...(options.dpi ? ['--dpi', String(options.dpi)] : []), 'tsv'];
  const result = await run(engine.command, args, image, { ...process.env, OMP_THREAD_LIMIT: process.env.OMP_THREAD_LIMIT ?? '1' });
  if (result.spawnError || result.code !== 0) throw new OcrFailed(`tesseract exited with ${result.code ?? result.spawnError?.code}`);
  const pages = parseTesseractTsv(result.stdout.toString('utf8'));
  if (pages.length === 0) throw new OcrFailed('tesseract gave no page');
  return pages;
}
