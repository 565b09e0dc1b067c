import type { ExtractModel } from '../../shared/extract/extractModel.ts';
import { reviewOverviewOf, reviewPageOf } from '../../shared/extract/reviewPages.ts';
import type { FakeHandlers } from './fakeBridge.ts';

/**
 * The review's channels answered from one model by the same functions the core cuts its answers with
 * (shared/extract/reviewPages.ts), so the window's paging meets the real paging, not a copy of it.
 */
export function reviewChannels(model: ExtractModel | (() => ExtractModel)): FakeHandlers {
  const current = () => (typeof model === 'function' ? model() : model);
  return {
    'extract:review': ({ firstPageLimit }) => {
      const overview = reviewOverviewOf(current());
      const first = overview.categories[0];
      return firstPageLimit && first
        ? { ...overview, firstPage: reviewPageOf(current(), { categoryId: first.id, offset: 0, limit: firstPageLimit }) }
        : overview;
    },
    'extract:page': ({ categoryId, offset, limit, filter }) => reviewPageOf(current(), { categoryId, offset, limit, filter }),
    'extract:preview': () => current(),
    // No category marked reviewed (the review's marks, issue 14.3); tests that mark one answer these themselves.
    'review:marks': () => [],
  };
}
