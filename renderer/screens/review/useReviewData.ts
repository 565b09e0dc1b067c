import type { ExtractReviewOverview, ReviewPage } from '../../../shared/extract/reviewPages.ts';
import { invoke } from '../../api.ts';
import { useApp } from '../../store.ts';
import type { Query } from '../../useQuery.ts';
import { useQuery } from '../../useQuery.ts';

/** Whose records are reviewed: a request's person, or one subject entry opened from search (read only). */
export type ReviewSource = { requestId: string } | { subjectId: string };

/** Records per page: enough to read on, few enough that a category of thousands opens at once (issue 14.9). */
export const reviewPageSize = 25;

const sourceKey = (source: ReviewSource) => ('requestId' in source ? `r:${source.requestId}` : `s:${source.subjectId}`);

/** The categories with their counts, in the clerk's language; `version` changes after every redaction, to fetch them again. */
export function useReviewOverview(source: ReviewSource, version: number): Query<ExtractReviewOverview> {
  const language = useApp((s) => s.language);
  return useQuery(
    () => invoke('extract:review', { ...source, language, firstPageLimit: reviewPageSize }),
    `${sourceKey(source)}:${language}:${version}`,
  );
}

/** One page of one category's records, with their redaction state; `filter` keeps only records with a matching value. */
export function useReviewPage(
  source: ReviewSource,
  page: { categoryId: string | undefined; offset: number; filter: string },
  version: number,
  /** The first page that came with the opening of this very version, if any: no need to ask for it again. */
  opened?: ReviewPage,
): Query<ReviewPage | null> {
  const language = useApp((s) => s.language);
  const { categoryId, offset, filter } = page;
  return useQuery(
    () =>
      categoryId === undefined
        ? Promise.resolve(null)
        : opened && opened.categoryId === categoryId && offset === 0 && !filter.trim()
          ? Promise.resolve(opened)
          : invoke('extract:page', {
              ...source,
              language,
              categoryId,
              offset,
              limit: reviewPageSize,
              ...(filter.trim() ? { filter: filter.trim() } : {}),
            }),
    JSON.stringify([sourceKey(source), language, categoryId, offset, filter.trim(), version]),
  );
}
