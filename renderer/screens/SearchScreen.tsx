import { useCallback, useEffect, useRef, useState } from 'react';
import type { RequestDetail, SearchGroup } from '../../shared/ipc/types.ts';
import type { ApiError } from '../api.ts';
import { invoke, toApiError } from '../api.ts';
import { ErrorState, Loading } from '../components/States.tsx';
import { useApp, useT } from '../store.ts';
import { useQuery } from '../useQuery.ts';
import { minimumQueryLength, useSearchAsYouType } from '../useSearchAsYouType.ts';
import { ConfirmLinkDialog } from './search/ConfirmLinkDialog.tsx';
import { NoDataOffer } from './search/NoDataOffer.tsx';
import { ReasonDialog } from './search/ReasonDialog.tsx';
import type { CardAction, EntryDecision } from './search/ResultCard.tsx';
import { ResultCard, resultTitleId } from './search/ResultCard.tsx';

/** Twenty people fill two screens of cards; a vaguer query is refined rather than scrolled. */
const searchLimit = 20;
/** The most one search may ask for (the search:subjects schema). */
const maximumLimit = 200;

type Pending = { kind: CardAction; group: SearchGroup } | null;

/** Marks, in focusAfter, that focus goes on to the next step rather than back to a card. */
const linkedFocus = '@next-action';

/**
 * Search as you type, grouped per person with the evidence (domain.md §8: a wrong match is a data
 * breach, so the clerk sees why each entry matched and confirms the person explicitly). The heading
 * tells how many match in all, not only how many are shown (issue 14.2).
 */
export function SearchScreen({ requestId }: { requestId?: string | undefined }) {
  const t = useT();
  const navigate = useApp((s) => s.navigate);
  const [text, setText] = useState('');
  const query = text.trim();
  const search = useSearchAsYouType(searchLimit, requestId);
  const request = useQuery(() => (requestId ? invoke('request:get', { requestId }) : Promise.resolve(null)), requestId ?? '');
  const [updated, setUpdated] = useState<RequestDetail | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [pending, setPending] = useState<Pending>(null);
  const focusAfter = useRef<string | null>(null);
  // A decision made for another request (the screen stays mounted when Alt+2 opens a plain search) is not this one's.
  const current = (updated !== null && updated.id === requestId ? updated : null) ?? (request.state === 'ok' ? request.value : null);

  // After a decision the entry's card keeps focus (its heading), rather than <body>: the clerk goes on from there.
  useEffect(() => {
    const id = focusAfter.current;
    if (id === null) return;
    focusAfter.current = null;
    // After a link the next step is the review (issue 14.1); after any other decision the card itself.
    const target =
      id === linkedFocus ? document.querySelector<HTMLElement>('[data-next-action]') : document.getElementById(resultTitleId(id));
    setTimeout(() => target?.focus(), 0);
  });

  const decide = useCallback(
    async (group: SearchGroup, call: (id: string) => Promise<RequestDetail>, focusNext = false) => {
      if (!requestId) return;
      setPending(null);
      try {
        setUpdated(await call(requestId));
        setError(null);
        focusAfter.current = focusNext ? linkedFocus : group.subjectId;
      } catch (e) {
        setError(toApiError(e));
      }
    },
    [requestId],
  );
  const dismissedReason = (subjectId: string) => current?.rejectedCandidates?.find((c) => c.subjectId === subjectId)?.reason ?? null;
  const link = (group: SearchGroup, overrideRejection: boolean) =>
    decide(
      group,
      (id) =>
        invoke('request:linkSubjects', {
          requestId: id,
          subjectIds: [group.subjectId],
          reason: group.evidence.map((e) => `${e.field}: ${e.value}`).join('; '),
          ...(overrideRejection ? { overrideRejection } : {}),
        }),
      true,
    );
  const searching = query.length >= minimumQueryLength;
  const response = searching ? search.response : null;
  const namesakesPending = response?.namesakesPending === true;
  const onAction = useCallback(
    (action: CardAction, group: SearchGroup) => {
      // Only an entry that could be someone else's is confirmed first; a unique name links at once
      // (while its namesakes are still being looked up, it is not known to be unique).
      if (action === 'link' && group.namesakeCount === 0 && !namesakesPending && dismissedReason(group.subjectId) === null)
        void link(group, false);
      else setPending({ kind: action, group });
    },
    [current, decide, namesakesPending],
  );

  // The answer for the text as typed now; an older one stays on screen, dimmed and inert (not
  // clickable: a wrong match is a data breach), until the current one arrives.
  const upToDate = response !== null && response.query === query;
  const failed = searching && search.error?.query === query ? search.error.error : null;
  const decisionOf = (subjectId: string): EntryDecision =>
    current?.subjectIds.includes(subjectId) ? 'linked' : dismissedReason(subjectId) === null ? 'open' : 'dismissed';
  const open = current !== null && current.allowedNext.length > 0;
  // Nobody left to link: no result, or every result dismissed as not this person.
  const nobodyMatches =
    open && upToDate && current.subjectIds.length === 0 && response.groups.every((g) => decisionOf(g.subjectId) === 'dismissed');
  const more = response !== null && response.total > response.groups.length && search.limit < maximumLimit;

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
          data-namesakes-for={namesakesPending ? undefined : response.query}
        >
          <h2 id="results-title" className="results-title">
            {response.groups.length === 0
              ? t('search.none', { q: response.query })
              : response.totalCapped
                ? t('search.someOfMany', { shown: response.groups.length, total: response.total })
                : response.total > response.groups.length
                  ? t('search.someOf', { shown: response.groups.length, total: response.total })
                  : t('search.results', { n: response.total })}
          </h2>
          <ul className="result-grid">
            {response.groups.map((group) => (
              <ResultCard
                key={group.subjectId}
                group={group}
                requestId={requestId}
                decision={decisionOf(group.subjectId)}
                dismissedReason={dismissedReason(group.subjectId)}
                hasChoice={(current?.subjectIds.length ?? 0) > 0}
                onAction={onAction}
              />
            ))}
          </ul>
          {more && (
            <button type="button" className="show-more" onClick={() => search.showMore(Math.min(maximumLimit, search.limit + searchLimit))}>
              {t('search.showMore')}
            </button>
          )}
        </section>
      )}
      {nobodyMatches && (
        <NoDataOffer
          request={current}
          onClose={async () => {
            try {
              await invoke('request:closeWithOutcome', { requestId: current.id, outcome: 'no-data' });
              navigate({ screen: 'request', requestId: current.id });
            } catch (e) {
              setError(toApiError(e));
            }
          }}
        />
      )}
      {pending?.kind === 'link' && (
        <ConfirmLinkDialog
          group={pending.group}
          dismissedReason={dismissedReason(pending.group.subjectId)}
          onCancel={() => setPending(null)}
          onConfirm={() => void link(pending.group, dismissedReason(pending.group.subjectId) !== null)}
        />
      )}
      {(pending?.kind === 'reject' || pending?.kind === 'unlink') && (
        <ReasonDialog
          kind={pending.kind}
          group={pending.group}
          onCancel={() => setPending(null)}
          onSubmit={(reason) =>
            void decide(pending.group, (id) =>
              invoke(pending.kind === 'reject' ? 'request:rejectSubject' : 'request:unlinkSubject', {
                requestId: id,
                subjectId: pending.group.subjectId,
                reason,
              }),
            )
          }
        />
      )}
    </>
  );
}
