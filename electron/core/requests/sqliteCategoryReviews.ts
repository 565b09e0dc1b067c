import type { Db } from '../db/openDatabase.ts';
import { prepared } from '../db/preparedStatement.ts';
import type { RequestRepository } from './requestRepository.ts';

type CategoryReviewAccess = Pick<RequestRepository, 'categoryReviews' | 'markCategoryReviewed' | 'unmarkCategoryReviewed'>;

/** The reviewed marks of migration 008 (issue 14.3) on the SQLite register. */
export function categoryReviewAccess(db: Db, idOf: (reference: string) => number): CategoryReviewAccess {
  return {
    async categoryReviews(reference) {
      const rows = prepared(
        db,
        'SELECT category_id, reviewed_by, reviewed_on FROM request_category_reviews WHERE request_id = ? ORDER BY category_id',
      ).all(idOf(reference)) as { category_id: string; reviewed_by: string; reviewed_on: string }[];
      return rows.map((r) => ({ categoryId: r.category_id, by: r.reviewed_by, on: r.reviewed_on }));
    },
    async markCategoryReviewed(reference, mark) {
      prepared(
        db,
        'INSERT OR REPLACE INTO request_category_reviews (request_id, category_id, reviewed_by, reviewed_on) VALUES (?, ?, ?, ?)',
      ).run(idOf(reference), mark.categoryId, mark.by, mark.on);
    },
    async unmarkCategoryReviewed(reference, categoryId) {
      prepared(db, 'DELETE FROM request_category_reviews WHERE request_id = ? AND category_id = ?').run(idOf(reference), categoryId);
    },
  };
}
