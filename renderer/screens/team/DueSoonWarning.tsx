import { invoke } from '../../api.ts';
import { formatDate } from '../../i18n/i18n.ts';
import { useApp, useT } from '../../store.ts';
import { useQuery } from '../../useQuery.ts';

/**
 * The warning on start (issue 15.3): how many open requests are due within seven days or overdue, and
 * which, each a link to the request. Silent when there are none, or when the bridge has no team channels.
 */
export function DueSoonWarning() {
  const t = useT();
  const language = useApp((s) => s.language);
  const navigate = useApp((s) => s.navigate);
  const query = useQuery(() => invoke('team:dueSoon', {}), 'due-soon');
  if (query.state !== 'ok' || query.value.count === 0) return null;
  return (
    <section className="panel warning" role="status" aria-labelledby="due-soon-title" data-testid="due-soon">
      <h2 id="due-soon-title">{t('team.dueSoon.title', { count: query.value.count })}</h2>
      <ul>
        {query.value.requests.map((row) => (
          <li key={row.reference}>
            <button type="button" className="link" onClick={() => navigate({ screen: 'request', requestId: row.reference })}>
              {row.reference}
            </button>{' '}
            {row.daysLeft !== null && row.daysLeft < 0
              ? t('team.dueSoon.overdue', { days: -row.daysLeft })
              : t('team.dueSoon.due', { date: row.due ? formatDate(language, row.due) : '—', days: row.daysLeft ?? 0 })}
            {row.owner ? ` · ${row.owner}` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}
