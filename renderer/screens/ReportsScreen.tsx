import type { RequestStatus } from '../../shared/ipc/types.ts';
import { invoke } from '../api.ts';
import { StatusBadge } from '../components/Badges.tsx';
import { ErrorState, Loading } from '../components/States.tsx';
import type { MessageKey } from '../i18n/i18n.ts';
import { useT } from '../store.ts';
import { useQuery } from '../useQuery.ts';
import { RetentionCheck } from './RetentionCheck.tsx';

/** Figures for the privacy officer: how many requests, how many late (Art. 12(3) deadline). */
export function ReportsScreen() {
  const t = useT();
  const query = useQuery(() => invoke('report:summary', {}), 'reports');
  return (
    <>
      <header className="page-head">
        <h1 tabIndex={-1}>{t('reports.title')}</h1>
      </header>
      {query.state === 'loading' && <Loading />}
      {query.state === 'error' && <ErrorState error={query.error} onRetry={query.reload} />}
      {query.state === 'ok' && (
        <div className="tiles">
          {(
            [
              ['reports.total', query.value.total, ''],
              ['reports.open', query.value.open, ''],
              ['reports.overdue', query.value.overdue, query.value.overdue > 0 ? 'tile-alert' : ''],
              ['reports.soon', query.value.dueWithin7Days, query.value.dueWithin7Days > 0 ? 'tile-warn' : ''],
              ['reports.answered', query.value.answered, ''],
              ['reports.median', query.value.medianDaysToAnswer ?? '—', ''],
            ] as [MessageKey, number | string, string][]
          ).map(([label, value, tone]) => (
            <div key={label} className={`tile ${tone}`}>
              <span className="tile-value">{value}</span>
              <span className="tile-label">{t(label)}</span>
            </div>
          ))}
        </div>
      )}
      {query.state === 'ok' && query.value.total > 0 && (
        <table className="data-table compact narrow">
          <caption>{t('reports.byStatus')}</caption>
          <tbody>
            {Object.entries(query.value.byStatus).map(([status, n]) => (
              <tr key={status}>
                <th scope="row">
                  <StatusBadge status={status as RequestStatus} />
                </th>
                <td className="num">{n}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <RetentionCheck />
    </>
  );
}
