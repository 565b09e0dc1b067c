import { foldText } from '../../../shared/search/foldText.ts';
import type { SearchEvidence, SearchGroup } from '../../../shared/ipc/types.ts';
import type { Evidence } from '../../../shared/search/scoreProfile.ts';
import { appendAudit, digestForAudit } from '../audit/auditLog.ts';
import { searchSubjects } from '../search/searchSubjects.ts';
import { systemClock } from '../clock/clock.ts';
import type { Db } from '../db/openDatabase.ts';
import type { Handlers } from './dispatch.ts';
import type { HandlerContext } from './handlerContext.ts';

/** How long typing must pause before its burst of searches is written to the audit log (one fsync per burst). */
export const defaultSearchAuditPauseMs = 1000;

/**
 * Search (search issue) behind the IPC. Results come grouped per person with their evidence; entries
 * with the same name that are not flagged as duplicates are marked as namesakes, so the clerk compares
 * them side by side (domain.md §8). Every search is logged, by digest only (never the text typed).
 */
export function searchHandlers(ctx: HandlerContext): Pick<Handlers, 'search:subjects'> {
  const auditTrail = searchAuditTrail(ctx.searchAuditPauseMs ?? defaultSearchAuditPauseMs, () => ctx.useCaseDeps().clock.now());
  ctx.beforeClose(auditTrail.flush);
  return {
    async 'search:subjects'({ query, limit, requestId }) {
      const db = ctx.db();
      const results = query.trim().length === 0 ? [] : searchSubjects(db, query, { limit });
      const byName = new Map<string, string[]>();
      for (const r of results) byName.set(foldText(r.displayName), [...(byName.get(foldText(r.displayName)) ?? []), r.subjectId]);
      const groups: SearchGroup[] = results.map((r) => ({
        subjectId: r.subjectId,
        displayName: r.displayName,
        birthDate: r.birthDate,
        address: r.currentAddress,
        score: r.score,
        evidence: uniqueEvidence(r.evidence),
        possibleDuplicates: r.possibleDuplicates,
        namesakes: (byName.get(foldText(r.displayName)) ?? []).filter((id) => id !== r.subjectId && !r.possibleDuplicates.includes(id)),
        caseCount: r.caseCount,
      }));
      auditTrail.record(
        db,
        ctx.settings.read().clerkName,
        query,
        requestId,
        groups.map((g) => g.subjectId),
      );
      return { query, total: groups.length, groups };
    },
  };
}

/** One chip per field and value: a word that matched twice (e.g. "van den" in two name parts) is shown once. */
function uniqueEvidence(evidence: readonly Evidence[]): SearchEvidence[] {
  const seen = new Map<string, SearchEvidence>();
  for (const e of evidence) {
    const key = `${e.field}\u0000${e.matched}`;
    if (!seen.has(key)) seen.set(key, { field: e.field, value: e.matched, how: e.how });
  }
  return [...seen.values()];
}

/**
 * Searching a person is processing (domain.md §8), so every search is logged; but search-as-you-type
 * runs one query per keystroke, and an fsync'd audit entry per keystroke would slow typing and bury
 * the trail. So one entry per burst of typing: written once the clerk pauses (1 s), or when the
 * request changes, with the final query's digest, how many queries ran and every subject id that was
 * shown on screen during the burst (ids only, never the text typed).
 */
export function searchAuditTrail(pauseMs = 1000, now: () => Date = () => systemClock().now()) {
  let burst: { db: Db; clerk: string; requestId: string | undefined; query: string; queries: number; shown: Set<string> } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    const b = burst;
    burst = null;
    if (!b || !b.db.open) return;
    appendAudit(
      b.db,
      {
        actor: b.clerk,
        action: 'search',
        ...(b.requestId ? { requestRef: b.requestId } : {}),
        details: { query: digestForAudit(b.query), queries: b.queries, shown: [...b.shown] },
      },
      now(),
    );
  };
  return {
    record(db: Db, clerk: string, query: string, requestId: string | undefined, shown: string[]) {
      if (burst && (burst.db !== db || burst.requestId !== requestId || burst.clerk !== clerk)) flush();
      burst ??= { db, clerk, requestId, query, queries: 0, shown: new Set() };
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
