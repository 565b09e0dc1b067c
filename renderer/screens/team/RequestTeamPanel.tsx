import { useState } from 'react';
import type { RequestTeamView } from '../../../shared/team/teamTypes.ts';
import type { ApiError } from '../../api.ts';
import { invoke, toApiError } from '../../api.ts';
import { useApp, useT } from '../../store.ts';
import { useQuery } from '../../useQuery.ts';

/**
 * The team's side of one request (issue 15.3, 15.4): who owns it, its version, take and hand over, and
 * for an approver the four-eyes decision with its reason. Every action names the version this panel
 * shows; when a colleague changed the request first, the core refuses (request.changed-meanwhile, naming
 * who and when) and this panel keeps what the clerk typed (the name, the reason) so nothing is lost:
 * "Show the current state" loads the new version, and the clerk decides again.
 */
export function RequestTeamPanel({ requestId, onChanged }: { requestId: string; onChanged: () => void }) {
  const t = useT();
  const language = useApp((s) => s.language);
  const query = useQuery(() => invoke('team:request', { requestId }), requestId);
  const [latest, setLatest] = useState<RequestTeamView | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [handTo, setHandTo] = useState('');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);

  // A bridge without the team channels (an older build, a test double) leaves the panel out.
  if (query.state !== 'ok') return null;
  const view = latest ?? query.value;
  const version = view.state.version;

  async function act(run: () => Promise<RequestTeamView>, clear: () => void) {
    setBusy(true);
    try {
      setLatest(await run());
      setError(null);
      clear();
      onChanged();
    } catch (e) {
      // What the clerk typed stays in the fields: the conflict message says why it was not saved.
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  }

  async function showCurrent() {
    try {
      setLatest(await invoke('team:request', { requestId }));
      setError(null);
      onChanged();
    } catch (e) {
      setError(toApiError(e));
    }
  }

  const mine = view.state.owner === view.clerk;
  return (
    <section aria-labelledby="team-title" className="panel" data-testid="team-panel">
      <h2 id="team-title">{t('team.title')}</h2>
      <p>
        {t('team.owner')}: <strong data-testid="team-owner">{view.state.owner ?? t('team.noOwner')}</strong>{' '}
        <span className="muted small">· {t('team.version', { version })}</span>
      </p>
      {error && (
        <div role="alert" className="state state-error" data-testid="team-error">
          <p>{error.describe(language)}</p>
          {error.code === 'request.changed-meanwhile' && (
            <button type="button" onClick={() => void showCurrent()}>
              {t('team.showCurrent')}
            </button>
          )}
        </div>
      )}
      <div className="inline-form">
        {!mine && (
          <button
            type="button"
            disabled={busy}
            onClick={() =>
              void act(
                () => invoke('team:take', { requestId, version }),
                () => undefined,
              )
            }
          >
            {t('team.take')}
          </button>
        )}
      </div>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (handTo.trim())
            void act(
              () => invoke('team:handOver', { requestId, version, to: handTo.trim() }),
              () => setHandTo(''),
            );
        }}
      >
        <label>
          {t('team.handOverTo')}
          <input value={handTo} onChange={(e) => setHandTo(e.target.value)} />
        </label>
        <button type="submit" disabled={busy || !handTo.trim()}>
          {t('team.handOver')}
        </button>
      </form>
      {view.approvals.length > 0 && (
        <ol className="history" aria-label={t('team.decisions')}>
          {view.approvals.map((a, i) => (
            <li key={i}>
              <time>{a.at.replace('T', ' ').slice(0, 16)}</time> {t(a.decision === 'approve' ? 'team.approved' : 'team.rejected')}{' '}
              <span className="muted">· {a.by}</span>
              {a.reason && <q>{a.reason}</q>}
            </li>
          ))}
        </ol>
      )}
      {view.settings.fourEyes && !view.mayDecide && <p className="muted small">{t('team.fourEyesNote')}</p>}
      {view.mayDecide && (
        <form
          className="stack"
          onSubmit={(e) => {
            e.preventDefault();
            const given = reason.trim();
            void act(
              () => invoke('team:approve', { requestId, version, ...(given ? { reason: given } : {}) }),
              () => setReason(''),
            );
          }}
        >
          <label>
            {t('team.reason')}
            <textarea value={reason} onChange={(e) => setReason(e.target.value)} rows={3} />
          </label>
          <div className="inline-form">
            <button type="submit" className="primary" disabled={busy}>
              {t('team.approve')}
            </button>
            <button
              type="button"
              disabled={busy || !reason.trim()}
              onClick={() =>
                void act(
                  () => invoke('team:reject', { requestId, version, reason: reason.trim() }),
                  () => setReason(''),
                )
              }
            >
              {t('team.reject')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
