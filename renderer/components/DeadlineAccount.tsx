import type { DeadlineAccount } from '../../shared/deadlines/deadlineAccount.ts';
import { formatDate } from '../i18n/i18n.ts';
import { useApp, useT } from '../store.ts';

/**
 * The deadline's whole account (issue 12.1): the original due date, the lawful one, every pause with
 * its reason, and each pause or extension that does not count and why. `inzage request show` prints the same.
 */
export function DeadlineAccountPanel({ account }: { account: DeadlineAccount }) {
  const t = useT();
  const language = useApp((s) => s.language);
  const date = (iso: string) => formatDate(language, iso);
  return (
    <section className="panel" aria-labelledby="deadline-account-title">
      <h2 id="deadline-account-title">{t('request.deadline.title')}</h2>
      <dl className="facts">
        <dt>{t('request.deadline.original')}</dt>
        <dd>{date(account.originalDue)}</dd>
        <dt>{t('request.deadline.lawful')}</dt>
        <dd>
          {account.lawfulDue ? date(account.lawfulDue) : t('request.deadline.pausedSince', { date: date(account.pausedSince ?? '') })}
        </dd>
      </dl>
      {(account.pauses.length > 0 || account.extension) && (
        <ul className="issue-list">
          {account.pauses.map((p) => (
            <li key={`${p.from}-${p.until ?? ''}`} className={p.disregarded ? 'disregarded' : undefined}>
              {t('request.deadline.pause', {
                from: date(p.from),
                until: p.until ? date(p.until) : t('request.deadline.waiting'),
                by: p.by,
                reason: p.reason ?? t('request.deadline.noReason'),
              })}{' '}
              <strong>
                {p.disregarded === null
                  ? t('request.deadline.counts')
                  : p.disregarded.rule === 'after-due'
                    ? t('request.deadline.pauseAfterDue', { due: date(p.disregarded.dueThen) })
                    : t('request.deadline.pauseAfterIdentity', { due: date(p.disregarded.dueThen) })}
              </strong>
            </li>
          ))}
          {account.extension && (
            <li className={account.extension.counted ? undefined : 'disregarded'}>
              {t('request.deadline.extension', {
                on: date(account.extension.recordedOn),
                by: account.extension.by,
                reason: account.extension.reason,
              })}{' '}
              <strong>
                {account.extension.counted
                  ? t('request.deadline.counts')
                  : t('request.deadline.extensionLate', { due: date(account.extension.firstDue ?? account.originalDue) })}
              </strong>
            </li>
          )}
        </ul>
      )}
    </section>
  );
}
