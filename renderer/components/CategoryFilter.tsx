import type { RecordEntry } from '../../shared/extract/extractModel.ts';
import { useT } from '../store.ts';

/** Lower case without diacritics, so "muller" finds "Müller" and "oztürk" finds "Öztürk". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** What a record can be found by: its kind, id, case and every field as the clerk reads it. */
function recordText(record: RecordEntry): string {
  return fold(
    [record.recordKindLabel, record.recordId, record.caseId ?? '', ...record.fields.flatMap((f) => [f.label, f.display])].join('\u0000'),
  );
}

/**
 * The records of a category that match every word of the query (issue 14.3). Client-side over the
 * records on screen; the data loading may later pass the query to its page channel instead.
 */
export function filterRecords(records: readonly RecordEntry[], query: string): readonly RecordEntry[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return records;
  return records.filter((record) => {
    const text = recordText(record);
    return words.every((word) => text.includes(word));
  });
}

/** A search box over the records of the selected category, with the count it leaves. */
export function CategoryFilter({
  categoryLabel,
  query,
  onQuery,
  shown,
  total,
}: {
  categoryLabel: string;
  query: string;
  onQuery: (query: string) => void;
  shown: number;
  total: number;
}) {
  const t = useT();
  return (
    <div className="category-filter" role="search">
      <input
        type="search"
        value={query}
        aria-label={t('review.filter.label', { category: categoryLabel })}
        placeholder={t('review.filter.placeholder')}
        onChange={(e) => onQuery(e.target.value)}
        onKeyDown={(e) => e.key === 'Escape' && query !== '' && (e.stopPropagation(), onQuery(''))}
      />
      <span className="muted small" role="status">
        {query.trim() === '' ? null : shown === 0 ? t('review.filter.none', { query }) : t('review.filter.shown', { shown, total })}
      </span>
    </div>
  );
}
