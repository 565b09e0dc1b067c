import type { ReactNode } from 'react';
import { useState } from 'react';
import { auditSentence } from '../../shared/audit/auditSentences.ts';
import type { RequestDetail, RequestStatus } from '../../shared/ipc/types.ts';
import type { ApiError } from '../api.ts';
import { invoke, toApiError } from '../api.ts';
import { DeadlineBadge, StatusBadge } from '../components/Badges.tsx';
import { DeadlineAccountPanel } from '../components/DeadlineAccount.tsx';
import { ErrorState, Loading, NextStep } from '../components/States.tsx';
import { formatDate } from '../i18n/i18n.ts';
import type { MessageKey } from '../i18n/i18n.ts';
import { nextActionSelectors, useFocusAfter } from '../focus/moveFocus.ts';
import { useApp, useT } from '../store.ts';
import { useQuery } from '../useQuery.ts';
import { errorMessage } from '../../shared/errors/errorMessages.ts';
import { OutcomePanel, RepresentativePanel } from './RequestParties.tsx';
import { RequestLetters } from './RequestLetters.tsx';
import { RequestTeamPanel } from './team/RequestTeamPanel.tsx';

type StepState = 'done' | 'current' | 'todo';
const stepNames = ['identity', 'find', 'review', 'redact', 'generate', 'deliver'] as const;

function stepStates(r: RequestDetail): Record<(typeof stepNames)[number], StepState> {
  const sentOrReady = r.status === 'ready' || r.status === 'sent';
  const order = [
    r.identity !== null,
    r.subjectIds.length > 0,
    sentOrReady,
    sentOrReady || r.redactions.length > 0,
    sentOrReady || r.exports.length > 0,
    r.status === 'sent',
  ];
  const firstTodo = order.indexOf(false);
  return Object.fromEntries(stepNames.map((n, i) => [n, order[i] ? 'done' : i === firstTodo ? 'current' : 'todo'])) as Record<
    (typeof stepNames)[number],
    StepState
  >;
}

type NextAction = 'identity' | 'find' | 'review' | 'ready' | 'sent' | 'back';

/** The control the work continues with, which takes focus when the request opens and after each action (issue 14.1). */
function nextAction(r: RequestDetail): NextAction {
  if (r.allowedNext.length === 0) return 'back';
  if (r.identity === null) return 'identity';
  if (r.subjectIds.length === 0) return 'find';
  if (r.exports.length === 0) return 'review';
  if (r.allowedNext.includes('ready')) return 'ready';
  if (r.allowedNext.includes('sent')) return 'sent';
  return 'review';
}

/** One request: its steps in the order a clerk works, the letters of the request and its history. */
export function RequestScreen({ requestId }: { requestId: string }) {
  const t = useT();
  const language = useApp((s) => s.language);
  const navigate = useApp((s) => s.navigate);
  const query = useQuery(() => invoke('request:get', { requestId }), requestId);
  const [updated, setUpdated] = useState<RequestDetail | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [method, setMethod] = useState('');
  const [reason, setReason] = useState('');
  const [nextStatus, setNextStatus] = useState<RequestStatus | ''>('');
  useFocusAfter(updated, nextActionSelectors);

  if (query.state === 'loading') return <Loading />;
  if (query.state === 'error') return <ErrorState error={query.error} onRetry={query.reload} />;
  const r = updated?.id === requestId ? updated : query.value;
  const steps = stepStates(r);
  const act = async (call: () => Promise<RequestDetail>) => {
    setError(null);
    try {
      setUpdated(await call());
      setReason('');
      setNextStatus('');
    } catch (e) {
      setError(toApiError(e));
    }
  };
  const step = (name: (typeof stepNames)[number], label: MessageKey, body: ReactNode) => (
    <li className={`step step-${steps[name]}`} aria-current={steps[name] === 'current' ? 'step' : undefined}>
      <span className="step-dot" aria-hidden="true" />
      <div>
        <h3>{t(label)}</h3>
        {body}
      </div>
    </li>
  );
  const closed = r.allowedNext.length === 0;
  const next = nextAction(r);
  /** Marks the control the work continues with (renderer/focus/moveFocus.ts). */
  const nextIf = (action: NextAction) => (next === action ? { 'data-next-action': true } : {});

  const receivedOn = t('request.received', { date: formatDate(language, r.receivedOn) });
  return (
    <>
      <header className="page-head">
        <div>
          <button type="button" className="link back" onClick={() => navigate({ screen: 'requests' })} {...nextIf('back')}>
            ← {t('nav.requests')}
          </button>
          <h1 tabIndex={-1}>
            {r.reference} · {r.requesterName}
          </h1>
          <p className="meta-line">
            <StatusBadge status={r.status} /> {t(`kind.${r.kind}`)} · {receivedOn} ·{' '}
            {r.dueOn ? t('request.due', { date: formatDate(language, r.dueOn) }) : t('request.due.paused')}{' '}
            <DeadlineBadge daysLeft={r.daysLeft} paused={r.paused} />
          </p>
        </div>
      </header>
      {error && <ErrorState error={error} />}
      {r.deadlineAccount && <DeadlineAccountPanel account={r.deadlineAccount} />}
      <div className="two-col">
        <section aria-labelledby="steps-title" className="panel">
          <h2 id="steps-title">{t('request.steps')}</h2>
          <ol className="steps">
            {step(
              'identity',
              'request.step.identity',
              r.identity ? (
                <p className="muted">
                  {t('request.identity.checked', {
                    date: formatDate(language, r.identity.checkedOn),
                    by: r.identity.checkedBy,
                    method: r.identity.method,
                  })}
                </p>
              ) : (
                <>
                  <p className="muted">{t('request.identity.help')}</p>
                  <form
                    className="inline-form"
                    onSubmit={(e) => {
                      e.preventDefault();
                      void act(() => invoke('request:checkIdentity', { requestId, method }));
                    }}
                  >
                    <label>
                      {t('request.identity.method')}
                      <input
                        required
                        {...nextIf('identity')}
                        value={method}
                        placeholder={t('request.identity.method.placeholder')}
                        onChange={(e) => setMethod(e.target.value)}
                      />
                    </label>
                    <button type="submit" className="primary">
                      {t('request.identity.confirm')}
                    </button>
                    {r.allowedNext.includes('identity-pending') && (
                      <button
                        type="button"
                        onClick={() => act(() => invoke('request:setStatus', { requestId, status: 'identity-pending' }))}
                      >
                        {t('request.identity.ask')}
                      </button>
                    )}
                  </form>
                </>
              ),
            )}
            {step(
              'find',
              'request.step.find',
              <>
                {r.subjectIds.length > 0 && (
                  <p>
                    {r.subjectIds.length === 1 ? t('request.find.linkedOne') : t('request.find.linked', { n: r.subjectIds.length })}:{' '}
                    <code>{r.subjectIds.join(', ')}</code>
                  </p>
                )}
                {!closed &&
                  r.subjectIds.map((subject) => (
                    // Undoing a link is a decision too: it needs its reason and is audited (request:unlinkSubject).
                    <form
                      key={subject}
                      className="inline-form"
                      onSubmit={(e) => {
                        e.preventDefault();
                        const why = String(new FormData(e.currentTarget).get('reason') ?? '');
                        void act(() => invoke('request:unlinkSubject', { requestId, subjectId: subject, reason: why }));
                      }}
                    >
                      <label>
                        {t('request.find.unlinkReason', { subject })}
                        <input name="reason" required maxLength={500} />
                      </label>
                      <button type="submit">{t('request.find.unlink')}</button>
                    </form>
                  ))}
                <button
                  type="button"
                  className={steps.find === 'current' ? 'primary' : ''}
                  disabled={closed}
                  onClick={() => navigate({ screen: 'search', requestId })}
                  {...nextIf('find')}
                >
                  {t('request.find.open')}
                </button>
              </>,
            )}
            {step(
              'review',
              'request.step.review',
              <button
                type="button"
                className={steps.review === 'current' ? 'primary' : ''}
                disabled={r.subjectIds.length === 0}
                onClick={() => navigate({ screen: 'review', requestId })}
                {...nextIf('review')}
              >
                {t('request.review.open')}
              </button>,
            )}
            {step(
              'redact',
              'request.step.redact',
              r.redactions.length > 0 ? (
                <p>
                  {r.redactions.length} × {t('review.withheld').toLowerCase()}
                </p>
              ) : null,
            )}
            {step(
              'generate',
              'request.step.generate',
              <>
                {r.exports.at(-1)?.files.map((f) => (
                  <p key={f.name} className="small">
                    <code>{f.name}</code> <span className="muted">{(f.bytes / 1024).toFixed(0)} kB</span>
                  </p>
                ))}
                <button type="button" disabled={r.subjectIds.length === 0} onClick={() => navigate({ screen: 'generate', requestId })}>
                  {t('request.generate.open')}
                </button>
              </>,
            )}
            {step(
              'deliver',
              'request.step.deliver',
              <div className="actions">
                {r.allowedNext.includes('ready') && r.exports.length > 0 && (
                  <button
                    type="button"
                    onClick={() => act(() => invoke('request:setStatus', { requestId, status: 'ready' }))}
                    {...nextIf('ready')}
                  >
                    {t('request.deliver.markReady')}
                  </button>
                )}
                {r.allowedNext.includes('sent') && (
                  <button
                    type="button"
                    className="primary"
                    onClick={() => act(() => invoke('request:setStatus', { requestId, status: 'sent' }))}
                    {...nextIf('sent')}
                  >
                    {t('request.deliver.markSent')}
                  </button>
                )}
              </div>,
            )}
          </ol>
        </section>
        <div className="stack">
          <RequestTeamPanel
            requestId={requestId}
            onChanged={() => void invoke('request:get', { requestId }).then(setUpdated, () => undefined)}
          />
          <RepresentativePanel r={r} closed={closed} act={act} />
          <OutcomePanel r={r} closed={closed} act={act} />
          {!closed && (
            <section aria-labelledby="status-title" className="panel">
              <h2 id="status-title">{t('request.status.change')}</h2>
              <form
                className="inline-form"
                onSubmit={(e) => {
                  e.preventDefault();
                  if (nextStatus)
                    void act(() =>
                      invoke('request:setStatus', { requestId, status: nextStatus, ...(reason.trim() ? { reason: reason.trim() } : {}) }),
                    );
                }}
              >
                <label>
                  {t('requests.col.status')}
                  <select value={nextStatus} onChange={(e) => setNextStatus(e.target.value as RequestStatus | '')}>
                    <option value="">—</option>
                    {r.allowedNext.map((s) => (
                      <option key={s} value={s}>
                        {t(`status.${s}`)}
                      </option>
                    ))}
                  </select>
                </label>
                <label>
                  {t('request.status.reason')}
                  <input value={reason} onChange={(e) => setReason(e.target.value)} />
                </label>
                <button type="submit" disabled={!nextStatus}>
                  {t('common.save')}
                </button>
                {!r.extended && r.extension?.allowed !== false && (
                  <button
                    type="button"
                    disabled={!reason.trim()}
                    onClick={() => act(() => invoke('request:extend', { requestId, reason: reason.trim() }))}
                  >
                    {t('request.extend')}
                  </button>
                )}
                {!r.extended && r.extension?.allowed === false && (
                  // Issue 14.7: an action the law no longer allows is not offered; the reason stands in its place.
                  <p className="muted small" data-testid="extension-unavailable">
                    {t('request.extend.unavailable')}: {errorMessage(r.extension.code, r.extension.params, language)}{' '}
                    <NextStep code={r.extension.code} />
                  </p>
                )}
              </form>
            </section>
          )}
          <RequestLetters r={r} onUpdated={setUpdated} onError={setError} />
          <section aria-labelledby="history-title" className="panel">
            <h2 id="history-title">{t('request.history')}</h2>
            {r.history.length === 0 ? (
              <p className="muted">{t('request.noHistory')}</p>
            ) : (
              <ol className="history">
                {r.history.map((h, i) => (
                  <li key={i}>
                    <time>{h.at.replace('T', ' ').slice(0, 16)}</time> <span title={h.action}>{auditSentence(h, language)}</span>{' '}
                    <span className="muted">· {h.actor}</span>
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
