import { useState } from 'react';
import type { RequestStatus } from '../../shared/ipc/types.ts';
import { requestStatuses } from '../../shared/ipc/types.ts';
import { invoke } from '../api.ts';
import { DeadlineBadge, StatusBadge } from '../components/Badges.tsx';
import { EmptyState, ErrorState, Loading } from '../components/States.tsx';
import { formatDate } from '../i18n/i18n.ts';
import { useFocusAfter } from '../focus/moveFocus.ts';
import { useApp, useT } from '../store.ts';
import { useQuery } from '../useQuery.ts';
import { NewRequestForm } from './NewRequestForm.tsx';
import { DueSoonWarning } from './team/DueSoonWarning.tsx';

/** The register: every request with its deadline state, most urgent first. */
export function RequestsScreen() {
  const t = useT();
  const language = useApp((s) => s.language);
  const navigate = useApp((s) => s.navigate);
  const [status, setStatus] = useState<RequestStatus | ''>('');
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [text, setText] = useState('');
  const [creating, setCreating] = useState(false);
  // Cancelling the form returns focus to the button that opened it (WCAG 2.4.3), not to <body>.
  const [cancelled, setCancelled] = useState(0);
  useFocusAfter(cancelled, ['[data-new-request]']);
  const input = { ...(status ? { status } : {}), ...(overdueOnly ? { overdueOnly } : {}), ...(text.trim() ? { text: text.trim() } : {}) };
  const query = useQuery(() => invoke('request:list', input), JSON.stringify(input));
  const unavailable = query.state === 'error' && query.error.code === 'not-available';
  // Owners and "my requests" (issue 15.3) come from the team queue; a bridge without it shows neither.
  const [mineOnly, setMineOnly] = useState(false);
  const team = useQuery(() => invoke('team:queue', { includeClosed: true }), 'team:all');
  const mine = useQuery(
    () => (mineOnly ? invoke('team:queue', { mine: true, includeClosed: true }) : Promise.resolve([])),
    `mine:${mineOnly}`,
  );
  const owners = team.state === 'ok' ? new Map(team.value.map((row) => [row.reference, row.owner])) : null;
  const myReferences = mine.state === 'ok' ? new Set(mine.value.map((row) => row.reference)) : new Set<string>();
  const rows = query.state === 'ok' ? query.value.filter((r) => !mineOnly || myReferences.has(r.reference)) : [];

  return (
    <>
      <header className="page-head">
        <h1 tabIndex={-1}>{t('requests.title')}</h1>
        {!unavailable && !creating && (
          <button type="button" className="primary" data-new-request onClick={() => setCreating(true)}>
            {t('requests.new')}
          </button>
        )}
      </header>
      {!unavailable && <DueSoonWarning />}
      {creating && (
        <NewRequestForm
          onCancel={() => {
            setCreating(false);
            setCancelled((n) => n + 1);
          }}
          onCreated={(id) => {
            setCreating(false);
            navigate({ screen: 'request', requestId: id });
          }}
        />
      )}
      {!unavailable && (
        <div className="toolbar" role="search">
          <label>
            {t('requests.filter.text')}
            <input type="search" value={text} onChange={(e) => setText(e.target.value)} />
          </label>
          <label>
            {t('requests.filter.status')}
            <select value={status} onChange={(e) => setStatus(e.target.value as RequestStatus | '')}>
              <option value="">{t('requests.filter.all')}</option>
              {requestStatuses.map((s) => (
                <option key={s} value={s}>
                  {t(`status.${s}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="check">
            <input type="checkbox" checked={overdueOnly} onChange={(e) => setOverdueOnly(e.target.checked)} />
            {t('requests.filter.overdue')}
          </label>
          {owners !== null && (
            <label className="check">
              <input type="checkbox" checked={mineOnly} onChange={(e) => setMineOnly(e.target.checked)} />
              {t('team.mine')}
            </label>
          )}
        </div>
      )}
      {query.state === 'loading' && <Loading />}
      {query.state === 'error' && <ErrorState error={query.error} onRetry={query.reload} />}
      {query.state === 'ok' && query.value.length === 0 && Object.keys(input).length === 0 && (
        <EmptyState title={t('requests.empty.title')}>{t('requests.empty.body')}</EmptyState>
      )}
      {query.state === 'ok' && query.value.length === 0 && Object.keys(input).length > 0 && (
        <p className="muted">{t('requests.noMatch')}</p>
      )}
      {query.state === 'ok' && query.value.length > 0 && mineOnly && rows.length === 0 && <p className="muted">{t('requests.noMatch')}</p>}
      {query.state === 'ok' && rows.length > 0 && (
        <>
          <p className="summary-line">
            {t('requests.summary', {
              open: query.value.filter((r) => r.daysLeft !== null).length,
              overdue: query.value.filter((r) => r.daysLeft !== null && r.daysLeft < 0).length,
              soon: query.value.filter((r) => r.daysLeft !== null && r.daysLeft >= 0 && r.daysLeft <= 7).length,
            })}
          </p>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('requests.col.reference')}</th>
                <th scope="col">{t('requests.col.requester')}</th>
                <th scope="col">{t('requests.col.kind')}</th>
                <th scope="col">{t('requests.col.status')}</th>
                <th scope="col">{t('requests.col.received')}</th>
                <th scope="col">{t('requests.col.due')}</th>
                <th scope="col">{t('requests.col.daysLeft')}</th>
                {owners !== null && <th scope="col">{t('requests.col.owner')}</th>}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className={r.daysLeft !== null && r.daysLeft < 0 ? 'row-overdue' : undefined}>
                  <td>
                    <button type="button" className="link" onClick={() => navigate({ screen: 'request', requestId: r.id })}>
                      {r.reference}
                    </button>
                  </td>
                  <td>{r.requesterName}</td>
                  <td>{t(`kind.${r.kind}`)}</td>
                  <td>
                    <StatusBadge status={r.status} />
                  </td>
                  <td className="num">{formatDate(language, r.receivedOn)}</td>
                  <td className="num">{r.dueOn ? formatDate(language, r.dueOn) : '—'}</td>
                  <td>
                    <DeadlineBadge daysLeft={r.daysLeft} paused={r.paused} />
                  </td>
                  {owners !== null && <td>{owners.get(r.reference) ?? '—'}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </>
  );
}
