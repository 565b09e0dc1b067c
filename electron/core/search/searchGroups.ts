import type { SearchEvidence, SearchGroup } from '../../../shared/ipc/types.ts';
import type { Evidence } from '../../../shared/search/scoreProfile.ts';
import type { Namesake } from './namesakes.ts';
import { nameKey } from './namesakes.ts';
import type { SubjectSearchResult } from './searchSubjects.ts';

/**
 * Results per person as the window lists them. Every other entry in the database with the same name
 * that is not flagged as a duplicate is listed as a namesake, with what tells it apart — also those
 * the result limit left off the screen — so the clerk compares them before linking (docs/domain.md §8).
 */
export function searchGroups(
  results: readonly SubjectSearchResult[],
  namesakesByName: ReadonlyMap<string, { entries: readonly Namesake[]; total: number }> = new Map(),
): SearchGroup[] {
  return results.map((r) => {
    const same = namesakesByName.get(nameKey(r.displayName)) ?? { entries: [], total: 0 };
    const others = (id: string) => id !== r.subjectId && !r.possibleDuplicates.includes(id);
    const namesakes = same.entries.filter((n) => others(n.subjectId)).map((n) => ({ ...n }));
    return {
      subjectId: r.subjectId,
      displayName: r.displayName,
      birthDate: r.birthDate,
      address: r.currentAddress,
      score: r.score,
      evidence: uniqueEvidence(r.evidence),
      possibleDuplicates: r.possibleDuplicates,
      namesakes,
      // Beyond the listed ones only the count is known: all but this entry.
      namesakeCount: same.total > same.entries.length ? same.total - 1 : namesakes.length,
      caseCount: r.caseCount,
    };
  });
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
