import { invoke } from '../api.ts';
import { ErrorState, Loading } from '../components/States.tsx';
import { useApp, useT } from '../store.ts';
import { useQuery } from '../useQuery.ts';
import { ExtractReview } from './ExtractReview.tsx';

/**
 * Review: one screen for every way to a person's records (issue 14.3). For a request, its person's
 * extract by category with redaction; for an entry opened from search, the request's review when the
 * entry is taken into it, else the same review of that entry alone, read only.
 */
export function ReviewScreen({ requestId, subjectId }: { requestId?: string | undefined; subjectId?: string | undefined }) {
  const t = useT();
  const navigate = useApp((s) => s.navigate);
  const request = useQuery(() => (requestId ? invoke('request:get', { requestId }) : Promise.resolve(null)), requestId ?? '');
  const linked = request.state === 'ok' && subjectId !== undefined && request.value?.subjectIds.includes(subjectId) === true;
  const back =
    requestId && (!subjectId || linked) ? (
      <button type="button" className="link back" onClick={() => navigate({ screen: 'request', requestId })}>
        ← {request.state === 'ok' && request.value ? request.value.reference : t('nav.requests')}
      </button>
    ) : (
      <button type="button" className="link back" onClick={() => navigate({ screen: 'search', ...(requestId ? { requestId } : {}) })}>
        ← {t('nav.search')}
      </button>
    );
  const head = (
    <header className="page-head">
      <div>
        {back}
        <h1 tabIndex={-1}>{t('review.title')}</h1>
      </div>
      {requestId && (!subjectId || linked) && (
        <button type="button" className="primary" onClick={() => navigate({ screen: 'generate', requestId })}>
          {t('request.generate.open')}
        </button>
      )}
    </header>
  );
  if (!requestId && subjectId)
    return (
      <>
        {head}
        <ExtractReview key={subjectId} subjectId={subjectId} />
      </>
    );
  if (!requestId)
    return (
      <>
        {head}
        <p className="muted">{t('review.pickSubject')}</p>
      </>
    );
  // The request's own review does not wait for the request (only the back link's name does): one round trip less to open.
  if (!subjectId)
    return (
      <>
        {head}
        <ExtractReview key={requestId} requestId={requestId} />
      </>
    );
  if (request.state === 'loading')
    return (
      <>
        {head}
        <Loading />
      </>
    );
  if (request.state === 'error')
    return (
      <>
        {head}
        <ErrorState error={request.error} onRetry={request.reload} />
      </>
    );
  return (
    <>
      {head}
      {subjectId && !linked ? (
        <ExtractReview key={subjectId} subjectId={subjectId} />
      ) : (
        <ExtractReview key={requestId} requestId={requestId} />
      )}
    </>
  );
}
