import type { SearchGroup } from '../../../shared/ipc/types.ts';
import { appendAuditEntry } from '../store/registerAccess.ts';
import type { UseCaseDeps } from '../store/useCaseDeps.ts';
import type { Namesake } from './namesakes.ts';
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
  /**
   * Leave the namesakes for a second search of the same text (the window, while the clerk types):
   * looking up every namesake of twenty people reads thousands of entries, most of it for texts the
   * clerk has typed past. The groups then have no namesakes and `namesakesPending` is set.
   */
  deferNamesakes?: boolean | undefined;
  /**
   * Asked between the namesakes of one name and the next (the event loop gets a turn in between):
   * false once a newer search came in, and the rest is left (namesakesPending). The window's search
   * for a text the clerk has typed past does not hold up the next keystroke's search.
   */
  stillWanted?: (() => boolean) | undefined;
}

export interface SearchOutcome {
  results: SubjectSearchResult[];
  groups: SearchGroup[];
  /** How many subjects match in the database, not only the shown ones: "20 of 232" (issue 14). */
  total: number;
  /** Counting stopped at `total`: more match ("20 of more than 1,000"). */
  totalCapped: boolean;
  /** The namesakes were not looked up (deferNamesakes): a namesake count of 0 then means "not known yet". */
  namesakesPending: boolean;
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
  let namesakesPending = (input.deferNamesakes ?? false) && results.length > 0;
  const names = results.map((r) => r.displayName);
  let namesakes: Map<string, { entries: Namesake[]; total: number }> = new Map();
  if (results.length > 0 && !namesakesPending) {
    if (!input.stillWanted) namesakes = await deps.store.search.namesakes(names);
    else
      for (const name of new Set(names)) {
        await new Promise((resolve) => setImmediate(resolve));
        if (!input.stillWanted()) {
          namesakesPending = true;
          break;
        }
        for (const [key, found] of await deps.store.search.namesakes([name])) namesakes.set(key, found);
      }
  }
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
  return { results, groups, total, totalCapped: totalCapped ?? false, namesakesPending };
}
