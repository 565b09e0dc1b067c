import { useState } from 'react';
import type { CategoryReview } from '../../shared/extract/reviewDecisions.ts';
import type { ApiError } from '../api.ts';
import { invoke, toApiError } from '../api.ts';
import { useQuery } from '../useQuery.ts';

/** The reviewed marks of a request's categories, and setting one (issue 14.3); each change is the core's, audited there. */
export function useReviewMarks(requestId: string | undefined) {
  // A subject entry reviewed outside a request (read only) has no marks.
  const query = useQuery(() => (requestId ? invoke('review:marks', { requestId }) : Promise.resolve([])), `marks:${requestId ?? ''}`);
  const [changed, setChanged] = useState<CategoryReview[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const marks = changed ?? (query.state === 'ok' ? query.value : []);
  const setReviewed = async (categoryId: string, reviewed: boolean) => {
    if (!requestId) return;
    setBusy(true);
    setError(null);
    try {
      setChanged(await invoke('review:mark', { requestId, categoryId, reviewed }));
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };
  return { marks, busy, error: error ?? (query.state === 'error' ? query.error : null), setReviewed };
}
