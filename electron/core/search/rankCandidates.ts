import type { ParsedQuery } from '../../../shared/search/parseQuery.ts';
import { initialMarker } from '../../../shared/search/nameTokens.ts';
import type { Evidence } from '../../../shared/search/scoreProfile.ts';
import { scoreProfile } from '../../../shared/search/scoreProfile.ts';
import type { SearchProfile } from '../../../shared/search/searchProfile.ts';
import { currentAddressOf, displayNameOf, formatAddress, unpackProfile } from '../../../shared/search/searchProfile.ts';
import type { CandidateSet } from './collectCandidates.ts';
import type { ProfiledSubject } from './duplicateRule.ts';
import type { SubjectSearchPage } from './searchSubjects.ts';

/*
 * What both search backends do with the candidates their indexes found (SQLite: collectCandidates.ts,
 * PostgreSQL: postgresCandidates.ts): the cheap pre-ranking, the full scoring, the page with probable
 * duplicates and the total. One copy, so the two cannot drift (issue 15.2 asks the same results and
 * evidence of both; test/electron/core/search/postgresSearchAgreement.test.ts guards it).
 */

/** A candidate must match at least half of the query to be shown. */
const minimumCoverage = 0.5;

/** The folded text of a search document that the pre-ranking reads. */
export interface DocumentText {
  names: string;
  places: string;
  born: string;
}

/** A cheap first ranking on the folded document text, so only the likeliest candidates are fully scored. */
export function preRank(parsed: ParsedQuery, doc: DocumentText): number {
  const names = new Set(doc.names.split(' '));
  const places = new Set(doc.places.split(' '));
  let rank = 0;
  for (const word of parsed.name.words) {
    if (names.has(word)) rank += 3;
    else if (places.has(word)) rank += 2;
    else if (doc.names.includes(word) || doc.places.includes(word)) rank += 1;
  }
  for (const initial of parsed.name.initials) if (names.has(initialMarker(initial))) rank += 1;
  for (const slot of parsed.name.particles) if (slot.some((p) => names.has(p))) rank += 0.5;
  for (const year of parsed.years) if (doc.born.startsWith(`${year}-`)) rank += 2;
  return rank;
}

/** The given documents, best pre-ranked first (ties in written order, `orderOf`), at most `keep` of them. */
export function rankDocuments<T extends DocumentText>(parsed: ParsedQuery, docs: T[], keep: number, orderOf: (doc: T) => number): T[] {
  const ranked = docs.map((doc) => ({ doc, rank: preRank(parsed, doc) }));
  ranked.sort((a, b) => b.rank - a.rank || orderOf(a.doc) - orderOf(b.doc));
  return ranked.slice(0, keep).map((r) => r.doc);
}

interface Scored {
  subjectId: string;
  profile: SearchProfile;
  score: number;
  evidence: Evidence[];
}

/**
 * Asks the backend for the probable duplicates of the given subjects (possibleDuplicates.ts's rule:
 * same birth date, same current postcode + house number, a name that differs only slightly) and
 * receives them keyed by subject id: SQLite answers at once, PostgreSQL after a round trip.
 */
export type DuplicatesAsked = Generator<readonly ProfiledSubject[], SubjectSearchPage, Map<string, ProfiledSubject[]>>;

/**
 * The search page of the found candidates: each scored (scoreProfile: the evidence of what matched),
 * those covering at least half of the query best first (ties by subject id), the first `limit` of
 * them, plus the probable duplicates of listed people (so the clerk can take both into one request),
 * each with what tells namesakes apart. A generator: it yields the subjects whose duplicates it
 * needs and the caller's backend sends them back (drive it with driveRanking or its async twin).
 */
export function* rankCandidates(parsed: ParsedQuery, query: string, found: CandidateSet, limit: number): DuplicatesAsked {
  const scored: Scored[] = [];
  for (const candidate of found.candidates.values()) {
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
  const foundForTop = yield top.map(({ subjectId, profile }) => ({ subjectId, profile }));
  for (const result of [...top]) {
    const others = foundForTop.get(result.subjectId) ?? [];
    duplicates.set(
      result.subjectId,
      others.map((d) => d.subjectId),
    );
    for (const other of others) {
      if (listed.has(other.subjectId)) continue;
      listed.add(other.subjectId);
      added.push(other);
      const rescored = scoreProfile(parsed, query, other.profile, []);
      top.push({ subjectId: other.subjectId, profile: other.profile, score: rescored.score, evidence: rescored.evidence });
    }
  }
  // The added ones' own duplicates are named too (and are the listed ones, or others found the same way).
  if (added.length > 0) {
    const foundForAdded = yield added;
    for (const other of added)
      duplicates.set(
        other.subjectId,
        (foundForAdded.get(other.subjectId) ?? []).map((d) => d.subjectId),
      );
  }

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
  const page: SubjectSearchPage = { results, total: Math.max(found.total ?? scored.length, results.length) };
  // Capped at countCap, and the shown ones (a limit up to 200, plus duplicates) never reach it: honestly "more than".
  if (found.totalCapped && page.total === found.total) page.totalCapped = true;
  return page;
}

/** Runs rankCandidates with a backend that finds duplicates at once (SQLite). */
export function driveRanking(
  ranking: DuplicatesAsked,
  duplicatesOf: (subjects: readonly ProfiledSubject[]) => Map<string, ProfiledSubject[]>,
) {
  let step = ranking.next();
  while (!step.done) step = ranking.next(duplicatesOf(step.value));
  return step.value;
}

/** Runs rankCandidates with a backend that finds duplicates after a round trip (PostgreSQL). */
export async function driveRankingAsync(
  ranking: DuplicatesAsked,
  duplicatesOf: (subjects: readonly ProfiledSubject[]) => Promise<Map<string, ProfiledSubject[]>>,
): Promise<SubjectSearchPage> {
  let step = ranking.next();
  while (!step.done) step = ranking.next(await duplicatesOf(step.value));
  return step.value;
}
