import { useState } from 'react';
import type { RetentionOverview } from '../../shared/ipc/types.ts';
import type { ApiError } from '../api.ts';
import { invoke, toApiError } from '../api.ts';
import { ErrorState } from '../components/States.tsx';
import { useT } from '../store.ts';

/** How many overdue records the window lists one by one; `inzage retention --overdue` lists them all. */
const SHOWN = 200;

/**
 * The retention check (Art. 5(1)(e)): the same use case as `inzage retention --overdue`, run when the
 * clerk asks (it reads every person's records). Counts per rule, the records a legal hold keeps
 * although their own period had ended before the hold began (to review, never erased from here), and
 * the overdue records by id and rule: no personal data.
 */
export function RetentionCheck() {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [overview, setOverview] = useState<RetentionOverview | null>(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      setOverview(await invoke('retention:overdue', {}));
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };
  const byRule = new Map<string, number>();
  for (const record of overview?.records ?? []) byRule.set(record.ruleId, (byRule.get(record.ruleId) ?? 0) + 1);
  return (
    <section className="panel" aria-labelledby="retention-title">
      <h2 id="retention-title">{t('retention.title')}</h2>
      <p className="setting-help">{t('retention.help')}</p>
      <button type="button" onClick={run} disabled={busy}>
        {busy ? t('retention.running') : t('retention.run')}
      </button>
      {error && <ErrorState error={error} />}
      {overview && (
        <>
          <p role="status">{t('retention.summary', { count: overview.records.length, today: overview.today })}</p>
          {byRule.size > 0 && (
            <table className="data-table compact narrow">
              <caption>{t('retention.byRule')}</caption>
              <tbody>
                {[...byRule].map(([rule, n]) => (
                  <tr key={rule}>
                    <th scope="row">
                      <code>{rule}</code>
                    </th>
                    <td className="num">{n}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {overview.heldPastPeriod.length > 0 && (
            <div className="notice notice-warn">
              <p>{t('retention.heldPastPeriod', { count: overview.heldPastPeriod.length })}</p>
              <ul className="issue-list" aria-label={t('retention.heldPastPeriod.list')}>
                {overview.heldPastPeriod.map((r) => (
                  <li key={`${r.table}:${r.recordId}`}>
                    {t('retention.heldRecord', {
                      record: `${r.table} ${r.recordId}`,
                      rule: r.ruleId,
                      until: r.normalUntil,
                      hold: r.holdId,
                      since: r.holdStartedOn,
                    })}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {overview.records.length > 0 && (
            <table className="data-table compact">
              <caption>{t('retention.overdueRecords')}</caption>
              <tbody>
                {overview.records.slice(0, SHOWN).map((r) => (
                  <tr key={`${r.table}:${r.recordId}`}>
                    <td>{r.table}</td>
                    <td>
                      <code>{r.recordId}</code>
                    </td>
                    <td>
                      <code>{r.ruleId}</code>
                    </td>
                    <td>{r.until ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {overview.records.length > SHOWN && (
            <p className="muted small">{t('retention.more', { count: overview.records.length - SHOWN })}</p>
          )}
        </>
      )}
    </section>
  );
}
