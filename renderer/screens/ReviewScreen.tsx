import { invoke } from '../api.ts';
import { ErrorState, Loading } from '../components/States.tsx';
import { useApp, useT } from '../store.ts';
import { useQuery } from '../useQuery.ts';
import { ExtractReview } from './ExtractReview.tsx';
import { StoredRecords } from './StoredRecords.tsx';

/**
 * Review: for a request, the extract model by category with redaction; for a single entry opened from
 * search, its records as stored. Without the extract model the request's entries are shown as stored.
 */
export function ReviewScreen({ requestId, subjectId }: { requestId?: string | undefined; subjectId?: string | undefined }) {
  const t = useT();
  const navigate = useApp((s) => s.navigate);
  const features = useApp((s) => s.info?.features);
  const request = useQuery(() => (requestId ? invoke('request:get', { requestId }) : Promise.resolve(null)), requestId ?? '');
  const back = requestId ? (
    <button type="button" className="link back" onClick={() => navigate({ screen: 'request', requestId })}>
      ← {request.state === 'ok' && request.value ? request.value.reference : t('nav.requests')}
    </button>
  ) : (
    <button type="button" className="link back" onClick={() => navigate({ screen: 'search' })}>
      ← {t('nav.search')}
    </button>
  );
  const head = (
    <header className="page-head">
      <div>
        {back}
        <h1 tabIndex={-1}>{t('review.title')}</h1>
      </div>
      {requestId && (
        <button type="button" className="primary" onClick={() => navigate({ screen: 'generate', requestId })}>
          {t('request.generate.open')}
        </button>
      )}
    </header>
  );
  if (subjectId)
    return (
      <>
        {head}
        <StoredRecords subjectId={subjectId} />
      </>
    );
  if (!requestId)
    return (
      <>
        {head}
        <p className="muted">{t('review.pickSubject')}</p>
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
  if (features?.extract)
    return (
      <>
        {head}
        <ExtractReview requestId={requestId} />
      </>
    );
  return (
    <>
      {head}
      {request.value?.subjectIds.map((id) => (
        <StoredRecords key={id} subjectId={id} />
      ))}
    </>
  );
}
