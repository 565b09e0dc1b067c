import type { Database } from 'better-sqlite3-multiple-ciphers';
import { parseSearchQuery } from '../../../shared/search/parseQuery.ts';
import type { Evidence } from '../../../shared/search/scoreProfile.ts';
import { scoreProfile } from '../../../shared/search/scoreProfile.ts';
import type { SearchProfile } from '../../../shared/search/searchProfile.ts';
import { currentAddressOf, displayNameOf, formatAddress, unpackProfile } from '../../../shared/search/searchProfile.ts';
import { collectCandidates } from './collectCandidates.ts';
import type { ProfiledSubject } from './possibleDuplicates.ts';
import { possibleDuplicatesOfAll } from './possibleDuplicates.ts';

export { ftsString } from './ftsExpression.ts';

export interface SubjectSearchResult {
  subjectId: string;
  score: number;
  displayName: string;
  birthDate: string | null;
  /** Which fields matched which part of the query, and how (exact, normalised, fuzzy). */
  evidence: Evidence[];
  /** What tells namesakes apart: the current address, the roles held, the number of cases. */
  currentAddress: string | null;
  roles: string[];
  caseCount: number;
  /** Other subjects that are probably the same person (same birth date and address, name spelled differently). */
  possibleDuplicates: string[];
}

export interface SearchOptions {
  limit?: number;
  /**
   * Count every matching subject, however many: slower on a vague query over a million subjects.
   * Without it the count stops at countCap (collectCandidates.ts) and the page says so (totalCapped).
   */
  exactTotal?: boolean;
}

/** The shown results (at most the limit, plus flagged duplicates of them) and how many subjects match in all. */
export interface SubjectSearchPage {
  results: SubjectSearchResult[];
  /**
   * Subjects in the database that match every narrowing term typed (key, name words, initials,
   * particles, birth year), counted in full, not capped at the limit: "20 of 232". When nobody
   * matches them all, the number of people the widened search found matching enough of the query.
   */
  total: number;
  /** True when counting stopped at `total` (countCap): more than `total` subjects match ("20 of more than 1,000"). */
  totalCapped?: boolean;
}

const minimumCoverage = 0.5;

/**
 * Finds data subjects for a free-text query: names in any order and spelling, birth date, postcode
 * and house number, street and city, e-mail, phone, IBAN, case number, client reference, combined.
 * Results are grouped per subject, best first, with the evidence of every match and what tells
 * namesakes apart. This is processing of personal data (docs/domain.md §8): the caller logs the
 * search in the audit log; this function logs nothing.
 */
export function findSubjects(db: Database, query: string, options: SearchOptions = {}): SubjectSearchPage {
  const limit = options.limit ?? 20;
  const parsed = parseSearchQuery(query);
  const { candidates, total, totalCapped } = collectCandidates(db, parsed, limit, { exactTotal: options.exactTotal ?? false });

  const scored: { subjectId: string; profile: SearchProfile; score: number; evidence: Evidence[] }[] = [];
  for (const candidate of candidates.values()) {
    const profile = unpackProfile(candidate.profileJson);
    const result = scoreProfile(parsed, query, profile, candidate.keyHits);
    if (result.coverage >= minimumCoverage && result.score > 0)
      scored.push({ subjectId: candidate.subjectId, profile, score: result.score, evidence: result.evidence });
  }
  scored.sort((a, b) => b.score - a.score || (a.subjectId < b.subjectId ? -1 : 1));
  const top = scored.slice(0, limit);

  // A probable duplicate of a listed person is listed too, so the clerk can take both into one request.
  const listed = new Set(top.map((r) => r.subjectId));
  const duplicates = new Map<string, string[]>();
  const added: ProfiledSubject[] = [];
  for (const [subjectId, found] of possibleDuplicatesOfAll(db, top)) {
    duplicates.set(
      subjectId,
      found.map((d) => d.subjectId),
    );
    for (const other of found) {
      if (listed.has(other.subjectId)) continue;
      listed.add(other.subjectId);
      added.push(other);
      const rescored = scoreProfile(parsed, query, other.profile, []);
      top.push({ subjectId: other.subjectId, profile: other.profile, score: rescored.score, evidence: rescored.evidence });
    }
  }
  // The added ones' own duplicates are named too (and are the listed ones, or others found the same way).
  for (const [subjectId, found] of possibleDuplicatesOfAll(db, added))
    duplicates.set(
      subjectId,
      found.map((d) => d.subjectId),
    );

  const results = top.map((result) => {
    const address = currentAddressOf(result.profile);
    return {
      subjectId: result.subjectId,
      score: result.score,
      displayName: displayNameOf(result.profile),
      birthDate: result.profile.birthDate,
      evidence: result.evidence,
      currentAddress: address ? formatAddress(address) : null,
      roles: result.profile.roles,
      caseCount: result.profile.caseCount,
      possibleDuplicates: duplicates.get(result.subjectId) ?? [],
    };
  });
  // A listed duplicate need not match the query itself; the total never says fewer than are shown.
  const page: SubjectSearchPage = { results, total: Math.max(total ?? scored.length, results.length) };
  // Capped at countCap, and the shown ones (a limit up to 200, plus duplicates) never reach it: honestly "more than".
  if (totalCapped && page.total === total) page.totalCapped = true;
  return page;
}

/** The shown results only (callers that do not report a total: the demo run, tests). */
export function searchSubjects(db: Database, query: string, options: SearchOptions = {}): SubjectSearchResult[] {
  return findSubjects(db, query, options).results;
}
