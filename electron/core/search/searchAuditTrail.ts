import type { AuditRepository } from '../audit/auditRepository.ts';
import { appendAuditEntry } from '../store/registerAccess.ts';
import type { UseCaseDeps } from '../store/useCaseDeps.ts';

/** How long typing must pause before its burst of searches is written to the audit log (one fsync per burst). */
export const defaultSearchAuditPauseMs = 1000;

/**
 * What one search leaves in the audit trail: the query's keyed digest (never the text; issue 13.8: keyed,
 * so it cannot be found again by hashing candidate birth dates or postcodes), how many ran, every subject shown.
 */
export function searchAuditDetails(audit: Pick<AuditRepository, 'digest'>, query: string, queries: number, shown: Iterable<string>) {
  return { query: audit.digest(query), queries, shown: [...shown] };
}

export type SearchAuditTrail = ReturnType<typeof searchAuditTrail>;

/**
 * Searching a person is processing (docs/domain.md §8), so every search is logged; but search-as-you-type
 * runs one query per keystroke, and an fsync'd audit entry per keystroke would slow typing and bury
 * the trail. So the window logs one entry per burst of typing: written once the clerk pauses, or when
 * the request, the clerk or the database changes, with the final query's digest, how many queries ran
 * and every subject id shown during the burst. A single search (the CLI) is a burst of one.
 */
export function searchAuditTrail(pauseMs = defaultSearchAuditPauseMs) {
  let burst: { deps: UseCaseDeps; requestRef: string | undefined; query: string; queries: number; shown: Set<string> } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    const b = burst;
    burst = null;
    if (!b) return;
    // appendAuditEntry writes before its first await: the entry is on disk when flush() returns (before a close).
    appendAuditEntry(b.deps, {
      actor: b.deps.clerk.name,
      action: 'search',
      ...(b.requestRef ? { requestRef: b.requestRef } : {}),
      details: searchAuditDetails(b.deps.store.audit, b.query, b.queries, b.shown),
    }).catch((error: unknown) => {
      // A timer's flush has no caller to fail to: report the class only (no query, no personal data).
      console.error('[audit] search entry not written:', error instanceof Error ? error.name : 'error');
    });
  };
  return {
    record(deps: UseCaseDeps, query: string, requestRef: string | undefined, shown: readonly string[]) {
      if (burst && (burst.deps.store !== deps.store || burst.requestRef !== requestRef || burst.deps.clerk.name !== deps.clerk.name))
        flush();
      burst ??= { deps, requestRef, query, queries: 0, shown: new Set() };
      burst.query = query;
      burst.queries++;
      for (const id of shown) burst.shown.add(id);
      if (timer) clearTimeout(timer);
      timer = setTimeout(flush, pauseMs);
      timer.unref?.();
    },
    flush,
  };
}
