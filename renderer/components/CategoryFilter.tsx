import { useT } from '../store.ts';

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
