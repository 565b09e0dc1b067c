import type { ReactNode } from 'react';
import { isErrorCode } from '../../shared/errors/errorCodes.ts';
import { errorNextStep } from '../../shared/errors/errorNextSteps.ts';
import type { ApiError } from '../api.ts';
import type { MessageKey } from '../i18n/i18n.ts';
import { useApp, useT } from '../store.ts';

const featureOf: Record<string, MessageKey> = {
  Search: 'feature.search',
  'The request register': 'feature.requests',
  'The extract model': 'feature.extract',
  Export: 'feature.export',
  'The audit log': 'feature.audit',
};

export function Loading() {
  const t = useT();
  return (
    <p className="muted" role="status" aria-live="polite">
      {t('common.loading')}
    </p>
  );
}

export function NotAvailable({ feature }: { feature: MessageKey }) {
  const t = useT();
  return (
    <section className="state state-unavailable" role="status">
      <h2>{t('common.notAvailable.title')}</h2>
      <p>{t('common.notAvailable.body', { feature: t(feature) })}</p>
    </section>
  );
}

export function ErrorState({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const t = useT();
  const language = useApp((s) => s.language);
  if (error.code === 'not-available') {
    const feature = Object.entries(featureOf).find(([name]) => error.message.startsWith(name))?.[1] ?? 'feature.requests';
    return <NotAvailable feature={feature} />;
  }
  return (
    <section className="state state-error" role="alert">
      <h2>{t('common.error.title')}</h2>
      <p>{error.describe(language)}</p>
      {/* The next step from the catalogue (issue 14.6): every error says what to do now. */}
      {isErrorCode(error.code) && (
        <p>
          <NextStep code={error.code} />
        </p>
      )}
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </section>
  );
}

/**
 * What the clerk does now about an error from the catalogue (shared/errors/errorNextSteps.ts), for every
 * place that shows a DomainError's message: ErrorState, and the reasons shown inline (a form's error, why
 * a letter or an extension is not offered, a letter's warnings). Nothing for a code outside the catalogue.
 */
export function NextStep({ code }: { code: string }) {
  const t = useT();
  const language = useApp((s) => s.language);
  if (!isErrorCode(code)) return null;
  return (
    <span className="next-step">
      <strong>{t('common.error.nextStep')}</strong> {errorNextStep(code, language)}
    </span>
  );
}

export function EmptyState({ title, children, action }: { title: string; children?: ReactNode; action?: ReactNode }) {
  return (
    <section className="state state-empty">
      <h2>{title}</h2>
      {children && <p>{children}</p>}
      {action}
    </section>
  );
}
