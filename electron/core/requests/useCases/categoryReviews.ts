import { DomainError } from '../../../../shared/errors/domainError.ts';
import type { CategoryReviewMark } from '../requestRepository.ts';
import type { UseCaseDeps } from '../../store/useCaseDeps.ts';
import { inRequestTransaction, loadOpenRequest, loadRequest } from './requestUseCase.ts';

export interface CategoryReviewInput {
  categoryId: string;
  /** True marks the category reviewed, false takes the mark back. */
  reviewed: boolean;
}

/**
 * The clerk marks a data category of the request's copy as reviewed, or takes the mark back (issue 14.3).
 * Only a category of the processing register can be marked; each decision is one audit entry (Art. 5(2)).
 */
export async function setCategoryReviewed(deps: UseCaseDeps, reference: string, input: CategoryReviewInput): Promise<CategoryReviewMark[]> {
  if (!deps.register.dataCategories.some((c) => c.id === input.categoryId))
    throw new DomainError('review.category-unknown', { reference, category: input.categoryId });
  return inRequestTransaction(deps, async (tx) => {
    await loadOpenRequest(tx.store, reference);
    if (input.reviewed)
      await tx.store.requests.markCategoryReviewed(reference, { categoryId: input.categoryId, by: tx.clerk, on: tx.today });
    else await tx.store.requests.unmarkCategoryReviewed(reference, input.categoryId);
    await tx.audit({
      action: input.reviewed ? 'review.mark-category' : 'review.unmark-category',
      requestRef: reference,
      target: `category:${input.categoryId}`,
    });
    return tx.store.requests.categoryReviews(reference);
  });
}

/** The categories marked reviewed on a request, with who marked them and when. */
export async function categoryReviews(deps: Pick<UseCaseDeps, 'store'>, reference: string): Promise<CategoryReviewMark[]> {
  await loadRequest(deps.store, reference);
  return deps.store.requests.categoryReviews(reference);
}
