import { fixedClock } from '../clock/clock.ts';
import type { ReadDocumentsResult } from '../documents/readDocuments.ts';
import { readPendingDocuments } from '../documents/readDocuments.ts';
import type { OcrEngine } from '../documents/reading/tesseract.ts';
import { readRegister } from '../settings/registerErrors.ts';
import { openStore } from '../store/openStore.ts';
import type { TaskEnv, TaskProgress } from './tasks.ts';

export interface ReadDocumentsTaskInput {
  /** The handlers' own location (file or team URL), handed over in memory, never written or logged (as exportTask's). */
  databaseLocation: string;
  policyFile: string;
  clerk: string;
  clerkRole: string | null;
  today: string;
  /** The instant the clerk started the reading (ISO): every reading's readAt and the audit entry's time. */
  startedAt: string;
  /** The installation's audit and query keys (hex): the worker's connection seals its audit entry as the app's does. */
  auditKeys: { audit: string; query: string };
  /** Another OCR command (Settings / INZAGE_TESSERACT); tesseract on the PATH when absent. */
  ocr?: OcrEngine;
}

/**
 * Progress stages, each with its words in the window (docs-window): 'documents-ocr-check' while it
 * looks for tesseract, 'documents-read' per document done (with the page at hand of the document
 * being read), 'documents-done' at the end.
 */
export const readDocumentsStages = ['documents-ocr-check', 'documents-read', 'documents-done'] as const;

/**
 * Reading the documents' text (issue 16.2) in a worker thread: OCR of a scan takes seconds a page, and
 * the thread that hosts the IPC handlers must never wait on it (architecture.md). The worker opens its
 * own connection and saves each reading as it goes.
 */
export async function readDocumentsTask(raw: unknown, progress: TaskProgress, env: TaskEnv): Promise<ReadDocumentsResult> {
  const input = raw as ReadDocumentsTaskInput;
  progress('documents-ocr-check', 0, 1);
  const keys = { audit: Buffer.from(input.auditKeys.audit, 'hex'), query: Buffer.from(input.auditKeys.query, 'hex') };
  const store = await openStore(input.databaseLocation, { keys: { ...keys, database: env.databaseKey }, maxConnections: 2 });
  try {
    const clock = fixedClock(input.today, new Date(input.startedAt));
    const deps = { store, clock, clerk: { name: input.clerk, role: input.clerkRole }, register: readRegister(input.policyFile) };
    const result = await readPendingDocuments(deps, {
      ...(input.ocr ? { ocr: input.ocr } : {}),
      onProgress: (p) =>
        progress('documents-read', p.documentsDone, p.documents, {
          ...(p.page !== undefined ? { page: p.page } : {}),
          ...(p.pages !== undefined ? { pages: p.pages } : {}),
        }),
    });
    progress('documents-done', result.documents, result.documents);
    return result;
  } finally {
    await store.close();
  }
}
