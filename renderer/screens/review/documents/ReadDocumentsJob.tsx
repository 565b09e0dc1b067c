import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../../../shared/errors/errorMessages.ts';
import type { JobProgress } from '../../../../shared/ipc/types.ts';
import { ApiError, invoke, toApiError } from '../../../api.ts';
import { ProgressBar } from '../../../components/ProgressBar.tsx';
import { ErrorState } from '../../../components/States.tsx';
import type { Translate } from '../../../store.ts';
import { useApp, useT } from '../../../store.ts';
import { useJob } from '../../../useJob.ts';

/** The reading's step in words (stages of electron/core/jobs/readDocumentsTask.ts): never "documents-read · 40%". */
export function readStageText(t: Translate, progress: JobProgress | null): string {
  if (!progress || progress.stage === 'documents-ocr-check') return t('documents.read.stage.ocr-check');
  if (progress.stage === 'documents-done') return t('documents.read.stage.done');
  const document = Math.min(progress.done + 1, progress.total);
  if (progress.page !== undefined && progress.pages !== undefined)
    return t('documents.read.stage.page', { document, documents: progress.total, page: progress.page, pages: progress.pages });
  return t('documents.read.stage.document', { document, documents: progress.total });
}

/**
 * "Read the documents" (issue 16.2; docs-readjob): reads the text of the documents not read yet (or waiting
 * for OCR) in a worker, with its progress in words; when it ends the section reloads its list, where the
 * documents that could not be read are listed as before. Focus moves to the outcome, not to <body>.
 */
export function ReadDocumentsJob({ needed, onRead }: { needed: boolean; onRead: () => void }) {
  const t = useT();
  const language = useApp((s) => s.language);
  const [jobId, setJobId] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const { progress, done } = useJob(jobId);
  const outcome = useRef<HTMLParagraphElement>(null);
  const bar = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const running = jobId !== null && !done;

  useEffect(() => {
    if (running) bar.current?.querySelector<HTMLElement>('.progress')?.focus();
  }, [running]);
  useEffect(() => {
    if (!done) return;
    onRead();
    // The counts when it worked; the button to try again when it failed.
    (outcome.current ?? button.current)?.focus();
    // Only a new end of the job reloads the list; onRead is the section's setter.
  }, [done]);

  const start = async () => {
    setError(null);
    try {
      setJobId((await invoke('document:read', {})).jobId);
    } catch (e) {
      setError(toApiError(e));
    }
  };
  const summary = done?.kind === 'documents' ? done.result : null;
  // Kept on screen after the list no longer needs it, so the outcome (and focus on it) stays.
  if (!needed && !jobId) return null;
  return (
    <div className="read-documents stack">
      {(needed || running) && (
        <p className="actions">
          <button type="button" ref={button} onClick={() => void start()} disabled={running}>
            {t('documents.read.start')}
          </button>
        </p>
      )}
      {running && (
        <div ref={bar}>
          <ProgressBar done={progress?.done ?? 0} total={progress?.total || 1} label={readStageText(t, progress)} />
        </div>
      )}
      {error && <ErrorState error={error} />}
      {done && !done.ok && (
        <ErrorState error={done.error ? new ApiError(done.error.code, done.error.code, done.error.params) : new ApiError('failed', '')} />
      )}
      {summary && (
        <p className="muted small" role="status" tabIndex={-1} ref={outcome}>
          {t('documents.read.done', { read: summary.read, documents: summary.documents, notRead: summary.notRead.length })}
          {summary.ocrNotice ? ` ${errorMessage(summary.ocrNotice.code, summary.ocrNotice.params, language)}` : ''}
        </p>
      )}
    </div>
  );
}
