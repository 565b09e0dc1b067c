import type { SearchEvidence, SearchGroup } from '../../../shared/ipc/types.ts';
import { foldText } from '../../../shared/search/foldText.ts';
import type { Evidence } from '../../../shared/search/scoreProfile.ts';
import type { SubjectSearchResult } from './searchSubjects.ts';

/**
 * Results per person as the window lists them. Entries with the same name that are not flagged as
 * duplicates are marked as namesakes, so the clerk compares them side by side (docs/domain.md §8).
 */
export function searchGroups(results: readonly SubjectSearchResult[]): SearchGroup[] {
  const byName = new Map<string, string[]>();
  for (const r of results) byName.set(foldText(r.displayName), [...(byName.get(foldText(r.displayName)) ?? []), r.subjectId]);
  return results.map((r) => ({
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
