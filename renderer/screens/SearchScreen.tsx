import { memo, useCallback, useRef, useState } from 'react';
import type { RequestDetail, SearchGroup } from '../../shared/ipc/types.ts';
import type { ApiError } from '../api.ts';
import { invoke, toApiError } from '../api.ts';
import { ErrorState, Loading } from '../components/States.tsx';
import { formatDate } from '../i18n/i18n.ts';
import { useFocusAfter } from '../focus/moveFocus.ts';
import { useApp, useT } from '../store.ts';
import { useQuery } from '../useQuery.ts';
import { minimumQueryLength, useSearchAsYouType } from '../useSearchAsYouType.ts';

/** Twenty people fill two screens of cards; a vaguer query is refined rather than scrolled. */
const searchLimit = 20;

/**
 * Search as you type, grouped per person with the evidence (domain.md §8: a wrong match is a data
 * breach, so the clerk sees why each entry matched and confirms the person explicitly).
 */
export function SearchScreen({ requestId }: { requestId?: string | undefined }) {
  const t = useT();
  const navigate = useApp((s) => s.navigate);
  const [text, setText] = useState('');
  const query = text.trim();
  const search = useSearchAsYouType(searchLimit, requestId);
  const request = useQuery(() => (requestId ? invoke('request:get', { requestId }) : Promise.resolve(null)), requestId ?? '');
  const [linked, setLinked] = useState<RequestDetail | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  // A link made for another request (the screen stays mounted when Alt+2 opens a plain search) is not this one's.
  const current = (linked !== null && linked.id === requestId ? linked : null) ?? (request.state === 'ok' ? request.value : null);
  // After a link the chosen card's button is gone: focus goes on to the review, the next step (issue 14.1).
  useFocusAfter(linked, ['[data-next-action]']);

  // Stable across keystrokes, so the memoised cards are not rendered again for every letter typed.
  const forRequest = useRef(requestId);
  forRequest.current = requestId;
  const link = useCallback(async (group: SearchGroup, reasonEvidence: string) => {
    const id = forRequest.current;
    if (!id) return;
    try {
      setLinked(await invoke('request:linkSubjects', { requestId: id, subjectIds: [group.subjectId], reason: reasonEvidence }));
    } catch (e) {
      setError(toApiError(e));
    }
  }, []);
  const searching = query.length >= minimumQueryLength;
  const response = searching ? search.response : null;
  // The answer for the text as typed now; an older one stays on screen, dimmed and inert (not
  // clickable: a wrong match is a data breach), until the current one arrives.
  const upToDate = response !== null && response.query === query;
  const failed = searching && search.error?.query === query ? search.error.error : null;

  return (
    <>
      <header className="page-head">
        <div>
          {current && (
            <button type="button" className="link back" onClick={() => navigate({ screen: 'request', requestId: current.id })}>
              ← {current.reference}
            </button>
          )}
          <h1 tabIndex={-1}>{t('search.title')}</h1>
          {current && (
            <p className="meta-line">
              {t('search.forRequest', { ref: current.reference })} · {current.requesterName}
            </p>
          )}
        </div>
        {current && current.subjectIds.length > 0 && (
          <button type="button" className="primary" data-next-action onClick={() => navigate({ screen: 'review', requestId: current.id })}>
            {t('request.review.open')}
          </button>
        )}
      </header>
      <div className="search-box">
        <label htmlFor="search-input">{t('search.label')}</label>
        <input
          id="search-input"
          type="search"
          autoFocus
          data-screen-focus
          autoComplete="off"
          spellCheck={false}
          placeholder={t('search.placeholder')}
          value={text}
          onChange={(e) => {
            search.search(e.target.value.trim());
            setText(e.target.value);
          }}
        />
        <p className="muted small">{t('search.hint')}</p>
      </div>
      {error && <ErrorState error={error} />}
      {searching && !failed && !response && <Loading />}
      {failed && <ErrorState error={failed} onRetry={search.retry} />}
      {response && !failed && (
        <section
          aria-live="polite"
          aria-busy={!upToDate}
          inert={!upToDate}
          className={upToDate ? 'results' : 'results stale'}
          aria-labelledby="results-title"
          data-results-for={response.query}
        >
          <h2 id="results-title" className="results-title">
            {response.groups.length === 0 ? t('search.none', { q: response.query }) : t('search.results', { n: response.total })}
          </h2>
          <ul className="result-grid">
            {response.groups.map((group) => (
              <ResultCard
                key={group.subjectId}
                group={group}
                requestId={requestId}
                chosen={current?.subjectIds.includes(group.subjectId) ?? false}
                hasChoice={(current?.subjectIds.length ?? 0) > 0}
                onLink={link}
              />
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

const ResultCard = memo(function ResultCard({
  group,
  requestId,
  chosen,
  hasChoice,
  onLink,
}: {
  group: SearchGroup;
  requestId: string | undefined;
  chosen: boolean;
  hasChoice: boolean;
  onLink: (group: SearchGroup, reason: string) => void;
}) {
  const t = useT();
  const language = useApp((s) => s.language);
  const navigate = useApp((s) => s.navigate);
  const evidenceText = group.evidence.map((e) => `${e.field}: ${e.value}`).join('; ');
  const titleId = `result-${group.subjectId}`;
  return (
    <li className={`result-card${chosen ? ' chosen' : ''}${group.namesakes.length > 0 ? ' has-namesakes' : ''}`} aria-labelledby={titleId}>
      <div className="result-head">
        <h3 id={titleId}>{group.displayName}</h3>
        <code className="muted">{group.subjectId}</code>
      </div>
      <p className="result-meta">
        {group.birthDate && t('search.born', { date: formatDate(language, group.birthDate) })}
        {group.address && <> · {group.address}</>}
        {' · '}
        {group.caseCount === 1 ? t('search.case') : t('search.cases', { n: group.caseCount })}
      </p>
      {group.namesakes.length > 0 && (
        <p className="flag flag-namesake">
          ⚠ {t('search.namesakes')} ({group.namesakes.join(', ')})
        </p>
      )}
      {group.possibleDuplicates.length > 0 && (
        <p className="flag flag-duplicate">
          ⧉ {t('search.duplicate')}: {group.possibleDuplicates.join(', ')}
        </p>
      )}
      <div className="evidence">
        <span className="muted small">{t('search.evidence')}</span>
        <ul>
          {group.evidence.map((e, i) => (
            <li key={i} className={`how-${e.how}`} title={e.how}>
              <span className="evidence-field">{e.field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}</span> {e.value}
              {e.how === 'fuzzy' && ' ≈'}
            </li>
          ))}
        </ul>
      </div>
      <div className="actions">
        {requestId &&
          (chosen ? (
            <span className="badge badge-ok">✓ {t('search.chosen')}</span>
          ) : (
            <button type="button" className="accent" onClick={() => onLink(group, evidenceText)}>
              {hasChoice ? t('search.alsoThisEntry') : t('search.thisIsThePerson')}
            </button>
          ))}
        <button
          type="button"
          onClick={() => navigate({ screen: 'review', subjectId: group.subjectId, ...(requestId ? { requestId } : {}) })}
        >
          {t('search.viewRecords')}
        </button>
      </div>
    </li>
  );
});
