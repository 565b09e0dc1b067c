import { useState } from 'react';
import type { RequestDetail } from '../../shared/ipc/types.ts';
import { ApiError, invoke } from '../api.ts';
import { DeadlineBadge, StatusBadge } from '../components/Badges.tsx';
import { ErrorState, Loading } from '../components/States.tsx';
import { formatDate } from '../i18n/i18n.ts';
import type { MessageKey } from '../i18n/i18n.ts';
import { useApp, useT } from '../store.ts';
import { useQuery } from '../useQuery.ts';

type StepState = 'done' | 'current' | 'todo';

function stepStates(r: RequestDetail): Record<string, StepState> {
  const identity = r.status !== 'received';
  const found = r.subjectIds.length > 0;
  const reviewed = r.status === 'answered' || r.exports.length > 0;
  const generated = r.exports.length > 0;
  const delivered = r.status === 'answered';
  const order = [identity, found, reviewed, reviewed || r.redactions.length > 0, generated, delivered];
  const firstTodo = order.indexOf(false);
  const names = ['identity', 'find', 'review', 'redact', 'generate', 'deliver'];
  return Object.fromEntries(names.map((n, i) => [n, order[i] ? 'done' : i === firstTodo ? 'current' : 'todo']));
}

/** One request: its steps in the order a clerk works, the letters of the request and its history. */
export function RequestScreen({ requestId }: { requestId: string }) {
  const t = useT();
  const language = useApp((s) => s.language);
  const navigate = useApp((s) => s.navigate);
  const query = useQuery(() => invoke('request:get', { requestId }), requestId);
  const [updated, setUpdated] = useState<RequestDetail | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  if (query.state === 'loading') return <Loading />;
  if (query.state === 'error') return <ErrorState error={query.error} onRetry={query.reload} />;
  const r = updated?.id === requestId ? updated : query.value;
  const steps = stepStates(r);
  const confirmIdentity = async () => {
    try {
      setUpdated(await invoke('request:setStatus', { requestId, status: 'identity-checked' }));
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError('failed', String(e)));
    }
  };
  const step = (name: string, label: MessageKey, body: React.ReactNode) => (
    <li className={`step step-${steps[name]}`} aria-current={steps[name] === 'current' ? 'step' : undefined}>
      <span className="step-dot" aria-hidden="true" />
      <div>
        <h3>{t(label)}</h3>
        {body}
      </div>
    </li>
  );

  return (
    <>
      <header className="page-head">
        <div>
          <button type="button" className="link back" onClick={() => navigate({ screen: 'requests' })}>← {t('nav.requests')}</button>
          <h1 tabIndex={-1}>{r.reference} · {r.requesterName}</h1>
          <p className="meta-line">
            <StatusBadge status={r.status} /> {t(`kind.${r.kind}`)} · {t('request.received', { date: formatDate(language, r.receivedOn) })} ·{' '}
            {t('request.due', { date: formatDate(language, r.dueOn) })} <DeadlineBadge daysLeft={r.daysLeft} />
          </p>
        </div>
      </header>
      {error && <ErrorState error={error} />}
      <div className="two-col">
        <section aria-labelledby="steps-title" className="panel">
          <h2 id="steps-title">{t('request.steps')}</h2>
          <ol className="steps">
            {step('identity', 'request.step.identity', steps.identity === 'done' ? null : (
              <>
                <p className="muted">{t('request.identity.help')}</p>
                <button type="button" onClick={confirmIdentity}>{t('request.identity.confirm')}</button>
              </>
            ))}
            {step('find', 'request.step.find', (
              <>
                {r.subjectIds.length > 0 && <p>{t('request.find.linked', { n: r.subjectIds.length })}: <code>{r.subjectIds.join(', ')}</code></p>}
                <button type="button" onClick={() => navigate({ screen: 'search', requestId })}>{t('request.find.open')}</button>
              </>
            ))}
            {step('review', 'request.step.review', (
              <button type="button" disabled={r.subjectIds.length === 0} onClick={() => navigate({ screen: 'review', requestId })}>{t('request.review.open')}</button>
            ))}
            {step('redact', 'request.step.redact', r.redactions.length > 0 ? <p>{r.redactions.length} × {t('review.withheld').toLowerCase()}</p> : null)}
            {step('generate', 'request.step.generate', (
              <button type="button" disabled={r.subjectIds.length === 0} onClick={() => navigate({ screen: 'generate', requestId })}>{t('request.generate.open')}</button>
            ))}
            {step('deliver', 'request.step.deliver', null)}
          </ol>
        </section>
        <div className="stack">
          <section aria-labelledby="letters-title" className="panel">
            <h2 id="letters-title">{t('request.letters')}</h2>
            {r.letters.length === 0 && <p className="muted">{t('common.none')}</p>}
            {r.letters.map((letter) => (
              <details key={letter.id} className="letter">
                <summary>{letter.title}</summary>
                <pre>{letter.body}</pre>
              </details>
            ))}
          </section>
          <section aria-labelledby="history-title" className="panel">
            <h2 id="history-title">{t('request.history')}</h2>
            {r.history.length === 0 ? <p className="muted">{t('request.noHistory')}</p> : (
              <ol className="history">
                {r.history.map((h, i) => (
                  <li key={i}>
                    <time>{h.at.replace('T', ' ').slice(0, 16)}</time> <strong>{h.action}</strong> {h.detail} <span className="muted">· {h.actor}</span>
                  </li>
                ))}
              </ol>
            )}
          </section>
        </div>
      </div>
    </>
  );
}
