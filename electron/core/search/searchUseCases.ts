import type { SearchGroup } from '../../../shared/ipc/types.ts';
import { appendAuditEntry } from '../store/registerAccess.ts';
import type { UseCaseDeps } from '../store/useCaseDeps.ts';
import type { SearchAuditTrail } from './searchAuditTrail.ts';
import { searchAuditDetails } from './searchAuditTrail.ts';
import { searchGroups } from './searchGroups.ts';
import type { SubjectSearchResult } from './searchSubjects.ts';

export interface SearchInput {
  query: string;
  limit: number;
  /** The request the search is made for, so the audit trail ties it to that request. */
  requestRef?: string | undefined;
  /** Count every match however many (slower); otherwise the count stops at 1,000 and `totalCapped` says so. */
  exactTotal?: boolean | undefined;
}

export interface SearchOutcome {
  results: SubjectSearchResult[];
  groups: SearchGroup[];
  /** How many subjects match in the database, not only the shown ones: "20 of 232" (issue 14). */
  total: number;
  /** Counting stopped at `total`: more match ("20 of more than 1,000"). */
  totalCapped: boolean;
}

/**
 * Finds data subjects (search issue; docs/domain.md §8). An empty query finds nobody. The search is
 * logged by digest only: at once, or through the window's burst trail (one entry per pause in typing).
 */
export async function searchSubjects(deps: UseCaseDeps, input: SearchInput, trail?: SearchAuditTrail): Promise<SearchOutcome> {
  const { results, total, totalCapped } =
    input.query.trim().length === 0
      ? { results: [], total: 0, totalCapped: false }
      : await deps.store.search.search(input.query, { limit: input.limit, ...(input.exactTotal ? { exactTotal: true } : {}) });
  const namesakes = results.length === 0 ? new Map() : await deps.store.search.namesakes(results.map((r) => r.displayName));
  const groups = searchGroups(results, namesakes);
  // The namesakes are shown too (with birth date and address), so they are logged as shown.
  const shown = new Set(groups.flatMap((g) => [g.subjectId, ...g.namesakes.map((n) => n.subjectId)]));
  if (trail) trail.record(deps, input.query, input.requestRef, [...shown]);
  else
    await appendAuditEntry(deps, {
      actor: deps.clerk.name,
      action: 'search',
      ...(input.requestRef ? { requestRef: input.requestRef } : {}),
      details: searchAuditDetails(deps.store.audit, input.query, 1, shown),
    });
  return { results, groups, total, totalCapped: totalCapped ?? false };
}
