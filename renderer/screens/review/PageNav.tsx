import type { ReviewPage } from '../../../shared/extract/reviewPages.ts';
import { useT } from '../../store.ts';

/** Where the page is within the category (or within the records the filter found), and the way to the pages beside it. */
export function PageNav({ page, onOffset, announce = true }: { page: ReviewPage; onOffset: (offset: number) => void; announce?: boolean }) {
  const t = useT();
  if (page.total === 0) return null;
  const range = {
    from: (page.offset + 1).toLocaleString(),
    to: (page.offset + page.records.length).toLocaleString(),
    total: page.total.toLocaleString(),
    all: page.categoryCount.toLocaleString(),
  };
  const single = page.offset === 0 && page.total <= page.limit;
  return (
    <nav className="page-nav" aria-label={t('review.page.nav')}>
      {/* The pager repeats below a long page; only the one above announces the new range. */}
      <span className="page-range" role={announce ? 'status' : undefined}>
        {t(page.filter === null ? 'review.page.range' : 'review.page.rangeFiltered', range)}
      </span>
      {!single && (
        <>
          <button
            type="button"
            className="small"
            disabled={page.offset === 0}
            onClick={() => onOffset(Math.max(0, page.offset - page.limit))}
          >
            ← {t('review.page.previous')}
          </button>
          <button
            type="button"
            className="small"
            disabled={page.offset + page.limit >= page.total}
            onClick={() => onOffset(page.offset + page.limit)}
          >
            {t('review.page.next')} →
          </button>
        </>
      )}
    </nav>
  );
}
