import { useEffect, useRef, useState } from 'react';
import type { DocumentRedactionTarget } from '../../../../shared/documents/documentModel.ts';
import type { DocumentView } from '../../../../shared/documents/documentView.ts';
import type { RedactionReason } from '../../../../shared/extract/extractModel.ts';
import type { ApiError } from '../../../api.ts';
import { invoke, toApiError } from '../../../api.ts';
import { ErrorState, Loading } from '../../../components/States.tsx';
import { useT } from '../../../store.ts';
import { useQuery } from '../../../useQuery.ts';
import { readAdviceKey, readStatusKey } from './documentWords.ts';
import { DocumentPageView } from './DocumentPageView.tsx';
import { DocumentRedactDialog } from './DocumentRedactDialog.tsx';
import { DocumentRedactionList } from './DocumentRedactionList.tsx';
import { LiftDocumentRedactionDialog } from './LiftDocumentRedactionDialog.tsx';

/** What the clerk marked and is about to give a reason for: one or more stretches of a page's text, or an area. */
export interface PendingRedaction {
  page: number;
  targets: DocumentRedactionTarget[];
  /** The words as the clerk sees them, for the dialog (never sent: the target is). */
  description: string;
}

const viewableImages = new Set(['image/png', 'image/jpeg']);

/**
 * One document of the request, page by page (issue 16.5): the text as read, with what is already withheld
 * marked, and for a PNG/JPEG scan the page image. The clerk marks another person's data by selecting or
 * typing the words (keyboard and mouse alike) or by dragging an area on the scan, then gives the reason.
 * A possible mention not yet in the copy can be read but not redacted (the core refuses it too).
 */
export function DocumentViewer({
  requestId,
  documentId,
  inCopy,
  onChanged,
  onClose,
}: {
  requestId: string;
  documentId: string;
  inCopy: boolean;
  onChanged: () => void;
  onClose: () => void;
}) {
  const t = useT();
  const [version, setVersion] = useState(0);
  const [latest, setLatest] = useState<DocumentView | null>(null);
  const [pending, setPending] = useState<PendingRedaction | null>(null);
  const [lifting, setLifting] = useState<number | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const query = useQuery(() => invoke('document:view', { requestId, documentId }), `${documentId}:${version}`);
  const view = query.state === 'ok' ? query.value : latest;
  const image = view && viewableImages.has(view.document.mediaType);
  const file = useQuery(
    () => (image ? invoke('document:file', { requestId, documentId }) : Promise.resolve(null)),
    `${documentId}:${image ? 'image' : 'none'}`,
  );
  // Opening a document moves focus to it, so the keyboard continues where the clerk's attention went (WCAG 2.4.3).
  const loaded = view !== null;
  useEffect(() => {
    if (loaded) heading.current?.focus();
  }, [loaded]);

  if (!view && query.state === 'loading') return <Loading />;
  if (!view && query.state === 'error') return <ErrorState error={query.error} onRetry={query.reload} />;
  if (!view) return null;

  const refresh = (next: DocumentView) => {
    setLatest(next);
    setVersion((v) => v + 1);
    onChanged();
  };
  const redact = async (reason: RedactionReason, note: string) => {
    if (!pending) return;
    try {
      let next: DocumentView | null = null;
      for (const target of pending.targets) {
        next = await invoke('document:redact', { requestId, documentId, target, reason, ...(note ? { note } : {}) });
      }
      setPending(null);
      setError(null);
      if (next) refresh(next);
    } catch (e) {
      setError(toApiError(e));
    }
  };
  const lift = async (reason: string) => {
    if (lifting === null) return;
    try {
      const next = await invoke('document:liftRedaction', { requestId, redactionId: lifting, reason });
      setLifting(null);
      setError(null);
      refresh(next);
    } catch (e) {
      setError(toApiError(e));
    }
  };
  const advice = readAdviceKey(view.reading);
  const imageSrc = file.state === 'ok' && file.value ? `data:${file.value.mediaType};base64,${file.value.base64}` : null;
  return (
    <section className="panel document-viewer stack" aria-labelledby="viewer-title">
      <header className="page-head">
        <h3 id="viewer-title" tabIndex={-1} ref={heading}>
          {t('documents.viewer.title', { name: view.document.fileName })}
        </h3>
        <button type="button" onClick={onClose}>
          {t('common.close')}
        </button>
      </header>
      {view.reading.status !== 'read' && (
        <p className="notice warning" role="note">
          {t(readStatusKey(view.reading))}
          {advice ? ` — ${t(advice)}` : ''}
        </p>
      )}
      {!inCopy && <p className="muted">{t('documents.viewer.notInCopy')}</p>}
      {error && <ErrorState error={error} />}
      {view.pages.map((page) => (
        <DocumentPageView
          key={page.page}
          page={page}
          redactions={view.redactions}
          imageSrc={image ? imageSrc : null}
          canRedact={inCopy}
          onMark={setPending}
        />
      ))}
      <DocumentRedactionList redactions={view.redactions} pages={view.pages} onLift={inCopy ? setLifting : undefined} />
      {pending && <DocumentRedactDialog pending={pending} onCancel={() => setPending(null)} onSubmit={(r, n) => void redact(r, n)} />}
      {lifting !== null && <LiftDocumentRedactionDialog onCancel={() => setLifting(null)} onSubmit={(reason) => void lift(reason)} />}
    </section>
  );
}
