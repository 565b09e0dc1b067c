import { useRef, useState } from 'react';
import type { RequestDocuments } from '../../../../shared/documents/requestDocuments.ts';
import type { ApiError } from '../../../api.ts';
import { invoke, toApiError } from '../../../api.ts';
import { ErrorState, Loading } from '../../../components/States.tsx';
import { useT } from '../../../store.ts';
import { useQuery } from '../../../useQuery.ts';
import { DismissDialog } from './DismissDialog.tsx';
import { DocumentList } from './DocumentList.tsx';
import { DocumentViewer } from './DocumentViewer.tsx';
import { PossibleMentions } from './PossibleMentions.tsx';
import { ReadDocumentsJob } from './ReadDocumentsJob.tsx';

/**
 * The review's "Documents" section (issue 16): the documents of the request's copy (Art. 15(3); CJEU
 * C-487/21: a copy reproduces documents where that is needed to understand the data), the ones that could
 * not be read (listed, never skipped), the possible mentions the search found for the clerk to add or
 * dismiss, and a viewer to mark another person's data inside a document (Art. 15(4)).
 */
export function DocumentsSection({ requestId }: { requestId: string }) {
  const t = useT();
  const [version, setVersion] = useState(0);
  const [open, setOpen] = useState<string | null>(null);
  const [dismissing, setDismissing] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const query = useQuery(() => invoke('document:list', { requestId }), `${requestId}:${version}`);
  const [latest, setLatest] = useState<RequestDocuments | null>(null);
  // While the list is fetched again (after a decision or a redaction) the last one stays on screen: the open
  // viewer is not unmounted, so the clerk's place and focus stay where they were.
  const shown = useRef<RequestDocuments | null>(null);
  if (query.state === 'ok') shown.current = query.value;
  const data = query.state === 'ok' ? query.value : (latest ?? shown.current);

  const decide = async (documentId: string, decision: 'added' | 'dismissed', reason?: string) => {
    try {
      const next = await invoke('document:decideMention', { requestId, documentId, decision, ...(reason ? { reason } : {}) });
      setLatest(next);
      setDismissing(null);
      setError(null);
      setNotice(t(decision === 'added' ? 'documents.mention.addedNotice' : 'documents.mention.dismissedNotice', { id: documentId }));
      setVersion((v) => v + 1);
    } catch (e) {
      setError(toApiError(e));
    }
  };

  if (!data && query.state === 'loading') return <Loading />;
  if (!data && query.state === 'error') return <ErrorState error={query.error} onRetry={query.reload} />;
  if (!data) return null;
  return (
    <section className="documents-section stack" aria-labelledby="documents-title">
      <h2 id="documents-title">{t('documents.title')}</h2>
      <p className="muted small" role="status">
        {notice ? `${notice} ` : ''}
        {t('documents.count', { count: data.documents.length, mentions: data.possibleMentions.length })}
      </p>
      {error && <ErrorState error={error} />}
      <ReadDocumentsJob needed={needsReading(data)} onRead={() => setVersion((v) => v + 1)} />
      <DocumentList documents={data.documents} onOpen={setOpen} openId={open} />
      <PossibleMentions
        mentions={data.possibleMentions}
        dismissed={data.dismissed}
        onAdd={(id) => void decide(id, 'added')}
        onDismiss={setDismissing}
        onOpen={setOpen}
      />
      {dismissing && (
        <DismissDialog
          documentId={dismissing}
          onCancel={() => setDismissing(null)}
          onSubmit={(reason) => void decide(dismissing, 'dismissed', reason)}
        />
      )}
      {open && (
        <DocumentViewer
          key={open}
          requestId={requestId}
          documentId={open}
          inCopy={data.documents.some((d) => d.document.id === open)}
          onChanged={() => setVersion((v) => v + 1)}
          onClose={() => setOpen(null)}
        />
      )}
    </section>
  );
}

/** A document of the copy or a possible mention whose text is not read yet, or waits for OCR (docs-readjob). */
function needsReading(data: RequestDocuments): boolean {
  return [...data.documents, ...data.possibleMentions].some(
    (d) => d.reading.status === 'pending' || d.reading.status === 'ocr-unavailable',
  );
}
