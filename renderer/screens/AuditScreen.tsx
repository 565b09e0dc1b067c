import { invoke } from '../api.ts';
import { EmptyState, ErrorState, Loading } from '../components/States.tsx';
import { VirtualList } from '../components/VirtualList.tsx';
import { auditSentence } from '../../shared/audit/auditSentences.ts';
import { useApp, useT } from '../store.ts';
import { useQuery } from '../useQuery.ts';
import { AuditCheckPanel } from './AuditCheckPanel.tsx';

/** The audit log: who searched, viewed, redacted and exported what (searching a person is processing too). */
export function AuditScreen() {
  const t = useT();
  const language = useApp((s) => s.language);
  const query = useQuery(() => invoke('audit:list', { limit: 1000, offset: 0 }), 'audit');
  return (
    <>
      <header className="page-head">
        <h1 tabIndex={-1}>{t('audit.title')}</h1>
      </header>
      <AuditCheckPanel />
      {query.state === 'loading' && <Loading />}
      {query.state === 'error' && <ErrorState error={query.error} onRetry={query.reload} />}
      {query.state === 'ok' && query.value.entries.length === 0 && <EmptyState title={t('audit.empty')} />}
      {query.state === 'ok' && query.value.entries.length > 0 && (
        <>
          <p className="summary-line">{t('audit.count', { n: query.value.total })}</p>
          <div className="audit-row audit-head" aria-hidden="true">
            <span>{t('audit.col.at')}</span>
            <span>{t('audit.col.actor')}</span>
            <span>{t('audit.col.action')}</span>
          </div>
          <VirtualList
            items={query.value.entries}
            estimate={34}
            label={t('audit.title')}
            itemKey={(e) => String(e.id)}
            render={(e) => (
              <div className="audit-row">
                <time>{e.at.replace('T', ' ').slice(0, 19)}</time>
                <span>{e.actor}</span>
                {/* In words (issue 14.6); the action's code stays as a hint for whoever compares with `inzage audit`. */}
                <span className="audit-sentence" title={e.action}>
                  {auditSentence(
                    { action: e.action, requestRef: e.requestId, subjectId: e.subjectId, target: e.target, details: e.details },
                    language,
                    { withRequest: true },
                  )}
                </span>
              </div>
            )}
          />
        </>
      )}
    </>
  );
}
