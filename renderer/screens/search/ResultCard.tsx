import { memo } from 'react';
import type { SearchGroup } from '../../../shared/ipc/types.ts';
import { formatDate } from '../../i18n/i18n.ts';
import { useApp, useT } from '../../store.ts';
import { NamesakeList } from './NamesakeList.tsx';

/** What the clerk decided about an entry for this request, as the card shows it (plain values: the cards are memoised). */
export type EntryDecision = 'linked' | 'dismissed' | 'open';

export type CardAction = 'link' | 'reject' | 'unlink';

/** Id of a card's heading: focus moves there after a decision about the entry, so the clerk stays in place. */
export const resultTitleId = (subjectId: string) => `result-${subjectId}`;

/** One person in the results, with the evidence of why they matched and what the clerk decided (domain.md §8). */
export const ResultCard = memo(function ResultCard({
  group,
  requestId,
  decision,
  dismissedReason,
  hasChoice,
  onAction,
}: {
  group: SearchGroup;
  requestId: string | undefined;
  decision: EntryDecision;
  /** Why the clerk recorded the entry as not this person, when dismissed. */
  dismissedReason: string | null;
  hasChoice: boolean;
  onAction: (action: CardAction, group: SearchGroup) => void;
}) {
  const t = useT();
  const language = useApp((s) => s.language);
  const navigate = useApp((s) => s.navigate);
  const titleId = resultTitleId(group.subjectId);
  const classes = ['result-card', decision === 'linked' && 'chosen', decision === 'dismissed' && 'dismissed'];
  if (group.namesakeCount > 0) classes.push('has-namesakes');
  return (
    <li className={classes.filter(Boolean).join(' ')} aria-labelledby={titleId}>
      <div className="result-head">
        <h3 id={titleId} tabIndex={-1}>
          {group.displayName}
        </h3>
        <code className="muted">{group.subjectId}</code>
      </div>
      <p className="result-meta">
        {group.birthDate && t('search.born', { date: formatDate(language, group.birthDate) })}
        {group.address && <> · {group.address}</>}
        {' · '}
        {group.caseCount === 1 ? t('search.case') : t('search.cases', { n: group.caseCount })}
      </p>
      {dismissedReason !== null && <p className="flag flag-dismissed">✕ {t('search.dismissed', { reason: dismissedReason })}</p>}
      <NamesakeList group={group} />
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
        {requestId && decision === 'linked' && (
          <>
            <span className="badge badge-ok">✓ {t('search.chosen')}</span>
            <button type="button" onClick={() => onAction('unlink', group)}>
              {t('search.unlink')}
            </button>
          </>
        )}
        {requestId && decision === 'dismissed' && (
          <button type="button" onClick={() => onAction('link', group)}>
            {t('search.linkAnyway')}
          </button>
        )}
        {requestId && decision === 'open' && (
          <>
            <button type="button" className="accent" onClick={() => onAction('link', group)}>
              {hasChoice ? t('search.alsoThisEntry') : t('search.thisIsThePerson')}
            </button>
            <button type="button" onClick={() => onAction('reject', group)}>
              {t('search.notThisPerson')}
            </button>
          </>
        )}
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
