import type { Database } from 'better-sqlite3-multiple-ciphers';
import { parseSearchQuery } from '../../../shared/search/parseQuery.ts';
import type { Evidence } from '../../../shared/search/scoreProfile.ts';
import { collectCandidates } from './collectCandidates.ts';
import { possibleDuplicatesOfAll } from './possibleDuplicates.ts';
import { driveRanking, rankCandidates } from './rankCandidates.ts';

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
  const found = collectCandidates(db, parsed, limit, { exactTotal: options.exactTotal ?? false });
  return driveRanking(rankCandidates(parsed, query, found, limit), (subjects) => possibleDuplicatesOfAll(db, subjects));
}

/** The shown results only (callers that do not report a total: the demo run, tests). */
export function searchSubjects(db: Database, query: string, options: SearchOptions = {}): SubjectSearchResult[] {
  return findSubjects(db, query, options).results;
}
