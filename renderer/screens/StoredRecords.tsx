import { useState } from 'react';
import type { RecordTableView } from '../../shared/ipc/types.ts';
import { invoke } from '../api.ts';
import { CategoryNav } from '../components/CategoryNav.tsx';
import { ErrorState, Loading } from '../components/States.tsx';
import { VirtualList } from '../components/VirtualList.tsx';
import { formatDate } from '../i18n/i18n.ts';
import { useApp, useT } from '../store.ts';
import { useQuery } from '../useQuery.ts';

/** A subject's records exactly as stored, table by table: what review shows until the extract model is there. */
export function StoredRecords({ subjectId }: { subjectId: string }) {
  const t = useT();
  const language = useApp((s) => s.language);
  const query = useQuery(() => invoke('subject:records', { subjectId }), subjectId);
  const [table, setTable] = useState<string | null>(null);
  if (query.state === 'loading') return <Loading />;
  if (query.state === 'error') return <ErrorState error={query.error} onRetry={query.reload} />;
  const view = query.value;
  const selected: RecordTableView | undefined = view.tables.find((x) => x.table === table) ?? view.tables[0];
  return (
    <section className="panel" aria-labelledby={`stored-${subjectId}`}>
      <h2 id={`stored-${subjectId}`}>
        {view.displayName} <code className="muted">{view.subjectId}</code>
      </h2>
      <p className="muted">
        {view.birthDate && <>{t('search.born', { date: formatDate(language, view.birthDate) })} · </>}
        {t('common.records', { n: view.recordCount })} · {t('review.stored.note')}
      </p>
      <div className="review-layout">
        <CategoryNav
          label={t('review.categories')}
          className="stored"
          items={view.tables.map((x) => ({ id: x.table, label: x.table.replaceAll('_', ' '), count: x.rows.length }))}
          selectedId={selected?.table}
          onSelect={setTable}
        />
        {selected && (
          <div className="record-pane">
            <div
              className="record-grid-head"
              style={{ gridTemplateColumns: `repeat(${selected.columns.length}, minmax(8rem, 1fr))` }}
              aria-hidden="true"
            >
              {selected.columns.map((c) => (
                <span key={c}>{c.replaceAll('_', ' ')}</span>
              ))}
            </div>
            <VirtualList
              items={selected.rows}
              estimate={36}
              label={selected.table}
              itemKey={(row) => String(row.id)}
              render={(row) => (
                <div className="record-grid-row" style={{ gridTemplateColumns: `repeat(${selected.columns.length}, minmax(8rem, 1fr))` }}>
                  {selected.columns.map((c) => (
                    <span key={c} title={c}>
                      {row[c] === null || row[c] === undefined ? '—' : String(row[c])}
                    </span>
                  ))}
                </div>
              )}
            />
          </div>
        )}
      </div>
    </section>
  );
}
