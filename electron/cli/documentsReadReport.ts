import { fillPlaceholders } from '../../shared/errors/errorMessages.ts';
import type { ReadDocumentsResult, ReadProgress } from '../core/documents/readDocuments.ts';
import { readPendingDocuments } from '../core/documents/readDocuments.ts';
import { ocrEngineFrom } from '../core/documents/reading/tesseract.ts';
import type { UseCaseDeps } from '../core/store/useCaseDeps.ts';
import { cliErrorMessages } from './cliErrorMessages.ts';
import type { CliIo } from './cliTypes.ts';

/** Progress on stderr, at most once a second and at the end, as `import` reports its own. */
export function readProgressReporter(io: CliIo, label: string): (progress: ReadProgress) => void {
  let last = 0;
  return (progress) => {
    const now = performance.now();
    const finished = progress.documentsDone === progress.documents && progress.page === undefined;
    if (!finished && now - last < 1000) return;
    last = now;
    const page = progress.page !== undefined ? `, page ${progress.page} of ${progress.pages}` : '';
    io.err(`${label}: ${progress.documentsDone} of ${progress.documents} documents read${page}\n`);
  };
}

/**
 * What a reading run did, for the terminal: counts, then each document it could not read with the
 * reason and what to do (cliErrorMessages), then the OCR notice. Ids and reasons only, no content.
 */
export function reportDocumentsRead(result: ReadDocumentsResult, io: CliIo, prefix = ''): void {
  if (result.documents === 0) {
    io.out(`${prefix}No documents waiting to be read.\n`);
    return;
  }
  io.out(
    `${prefix}Read the text of ${result.documents} documents: ${result.read} read, ${result.unreadable} unreadable, ` +
      `${result.ocrUnavailable} waiting for OCR.\n`,
  );
  for (const entry of result.notRead) {
    if (entry.notice) io.out(`  ${fillPlaceholders(cliErrorMessages[entry.notice.code], entry.notice.params)}\n`);
    else io.out(`  document ${entry.documentId} (${entry.kind}) waits for OCR\n`);
  }
  if (result.ocrNotice) io.out(`  ${fillPlaceholders(cliErrorMessages[result.ocrNotice.code], result.ocrNotice.params)}\n`);
}

/**
 * Reads the documents waiting to be read, for a command that needs their text next: `import` after
 * importing (so the search finds what the new documents say) and `demo-request` before its export
 * (so the copy holds every document's text). Says what it did, or nothing when nothing waits.
 */
export async function readPendingBefore(deps: UseCaseDeps, io: CliIo, label: string): Promise<ReadDocumentsResult> {
  const result = await readPendingDocuments(deps, { onProgress: readProgressReporter(io, label), ocr: ocrEngineFrom(io.env) });
  if (result.documents > 0) reportDocumentsRead(result, io, `${label}: `);
  return result;
}
