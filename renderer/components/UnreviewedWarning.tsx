import { invoke } from '../api.ts';
import { useT } from '../store.ts';
import { useQuery } from '../useQuery.ts';

/**
 * Before generating: the categories of the copy nobody marked reviewed (issue 14.3), by name. A warning,
 * not a block: the mark is the clerk's own check, and the clerk may generate all the same.
 */
export function UnreviewedWarning({ requestId }: { requestId: string }) {
  const t = useT();
  const query = useQuery(() => invoke('review:unreviewed', { requestId }), `unreviewed:${requestId}`);
  // The export itself reports what goes wrong with the request; a failed look-up here stays silent.
  if (query.state !== 'ok' || query.value.length === 0) return null;
  return (
    <div className="notice notice-warn unreviewed-warning" role="note" aria-labelledby="unreviewed-title">
      <strong id="unreviewed-title">{t('generate.unreviewed.title')}</strong>
      <p>{t('generate.unreviewed.intro')}</p>
      <ul>
        {query.value.map((c) => (
          <li key={c.id}>{t('generate.unreviewed.item', { label: c.label, count: c.recordCount })}</li>
        ))}
      </ul>
    </div>
  );
}
