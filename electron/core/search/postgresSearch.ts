import type { Sql } from '../db/postgres/postgresPool.ts';
import { normalisePostcode } from '../../../shared/identifiers/postcode.ts';
import { foldedWords, foldText } from '../../../shared/search/foldText.ts';
import { particleWords } from '../../../shared/search/nameTokens.ts';
import { addressKey, parseSearchQuery } from '../../../shared/search/parseQuery.ts';
import type { Evidence } from '../../../shared/search/scoreProfile.ts';
import { scoreProfile } from '../../../shared/search/scoreProfile.ts';
import type { SearchProfile } from '../../../shared/search/searchProfile.ts';
import { currentAddressOf, displayNameOf, formatAddress, unpackProfile } from '../../../shared/search/searchProfile.ts';
import { editDistance } from '../../../shared/search/similarity.ts';
import type { Namesake } from './namesakes.ts';
import { nameKey, namesakeListLimit } from './namesakes.ts';
import { postgresCandidates } from './postgresCandidates.ts';
import { lexeme, prepared } from './postgresWords.ts';
import { PostgresVocabulary } from './postgresVocabulary.ts';
import type { SearchRepository } from './searchRepository.ts';
import type { SearchOptions, SubjectSearchPage } from './searchSubjects.ts';

// As searchSubjects.ts: a candidate must match at least half of the query to be shown.
const minimumCoverage = 0.5;
// A look-up per address key (the LIMIT keeps it one: the planner then looks each address up in the
// (kind, value) index instead of joining whole tables); no address is shared by this many people.
const keyRowLimit = 5000;
// As namesakes.ts: rows read from the word index per name (names also match aliases, filtered out below).
const namesakeWordLimit = 1000;

interface Scored {
  subjectId: string;
  profile: SearchProfile;
  score: number;
  evidence: Evidence[];
}

type Duplicate = { subjectId: string; profile: SearchProfile };

/**
 * For each given subject, the other subjects that are probably the same person entered twice (the
 * rule of possibleDuplicates.ts): same birth date, same current postcode + house number, a name that
 * differs only slightly. All of them in one statement: one round trip per page, not per result.
 */
async function possibleDuplicates(sql: Sql, subjects: readonly Duplicate[]): Promise<Duplicate[][]> {
  const asked = subjects.map((subject) => {
    const address = currentAddressOf(subject.profile);
    const postcode = address ? normalisePostcode(address.postcode) : null;
    return address && postcode && subject.profile.birthDate ? { subject, key: addressKey(postcode, address.houseNumber) } : null;
  });
  const found: Duplicate[][] = subjects.map(() => []);
  const looked = asked.flatMap((a, index) => (a ? [{ ...a, index }] : []));
  if (looked.length === 0) return found;
  const rows = await sql.query<{ n: number; subject_id: string; profile: string }>(
    prepared(
      'duplicates',
      `SELECT t.n, d.subject_id, d.profile
     FROM unnest($1::integer[], $2::text[], $3::text[], $4::text[]) AS t(n, address, subject_id, born)
     CROSS JOIN LATERAL (
       SELECT ord, position FROM search_keys WHERE kind = 'address' AND value = t.address AND field = 'address' LIMIT ${keyRowLimit}
     ) k
     JOIN search_documents d ON d.ord = k.ord AND d.subject_id <> t.subject_id AND d.born = t.born
     ORDER BY t.n, k.ord, k.position`,
      [
        looked.map((a) => a.index),
        looked.map((a) => a.key),
        looked.map((a) => a.subject.subjectId),
        looked.map((a) => a.subject.profile.birthDate),
      ],
    ),
  );
  for (const row of rows.rows) {
    const name = foldText(displayNameOf(subjects[row.n]!.profile));
    const profile = unpackProfile(row.profile);
    if (editDistance(name, foldText(displayNameOf(profile)), 4) <= Math.max(2, Math.floor(name.length / 5)))
      found[row.n]!.push({ subjectId: row.subject_id, profile });
  }
  return found;
}

/**
 * The search page on the team server: candidates from PostgreSQL's indexes (postgresCandidates.ts),
 * scored with the shared scoring (scoreProfile, the same evidence of what matched), probable duplicates
 * of listed people listed too — the same SubjectSearchPage as findSubjects on SQLite. This is processing
 * of personal data (docs/domain.md §8): the caller logs the search in the audit log; this logs nothing.
 */
async function findSubjects(
  sql: Sql,
  vocabulary: PostgresVocabulary,
  query: string,
  options: SearchOptions = {},
): Promise<SubjectSearchPage> {
  const limit = options.limit ?? 20;
  const parsed = parseSearchQuery(query);
  const { candidates, total } = await postgresCandidates(sql, vocabulary, parsed, limit);

  const scored: Scored[] = [];
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
  const added: Duplicate[] = [];
  const foundForTop = await possibleDuplicates(sql, top);
  for (const [index, result] of [...top].entries()) {
    const found = foundForTop[index]!;
    duplicates.set(
      result.subjectId,
      found.map((d) => d.subjectId),
    );
    for (const other of found) {
      if (listed.has(other.subjectId)) continue;
      listed.add(other.subjectId);
      const rescored = scoreProfile(parsed, query, other.profile, []);
      top.push({ subjectId: other.subjectId, profile: other.profile, score: rescored.score, evidence: rescored.evidence });
      added.push(other);
    }
  }
  const foundForAdded = await possibleDuplicates(sql, added);
  added.forEach((other, index) =>
    duplicates.set(
      other.subjectId,
      foundForAdded[index]!.map((d) => d.subjectId),
    ),
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
  return { results, total: Math.max(total ?? scored.length, results.length) };
}

/**
 * Every entry whose legal name is one of `names` (by nameKey), keyed by it, in subject id order — the
 * whole database, not only the results on screen (namesakes.ts; Art. 5(1)(f), domain.md §8).
 */
async function namesakesOf(sql: Sql, names: readonly string[]): Promise<Map<string, { entries: Namesake[]; total: number }>> {
  const found = new Map<string, { entries: Namesake[]; total: number }>();
  for (const words of new Map(names.map((n) => [nameKey(n), foldedWords(n)])).values()) {
    if (words.length === 0) continue;
    const name = words.join(' ');
    // Particles occur in a large part of all names: they cost more than they narrow; the exact name is compared below.
    const narrowing = words.filter((w) => !particleWords.has(w));
    const query = (narrowing.length > 0 ? narrowing : words).map((w) => `${lexeme(w)}:A`).join(' & ');
    const rows = await sql.query<{ subjectId: string; profile: string }>(
      prepared(
        'namesakes',
        `SELECT d.subject_id AS "subjectId", d.profile FROM search_documents d
       WHERE d.ord IN (SELECT ord FROM search_words WHERE words @@ $1::tsquery ORDER BY ord + 0 LIMIT ${namesakeWordLimit})`,
        [query],
      ),
    );
    const entries: Namesake[] = [];
    for (const row of rows.rows) {
      const profile = unpackProfile(row.profile);
      if (nameKey(displayNameOf(profile)) !== name) continue;
      const address = currentAddressOf(profile);
      entries.push({
        subjectId: row.subjectId,
        birthDate: profile.birthDate,
        address: address ? formatAddress(address) : null,
        caseCount: profile.caseCount,
      });
    }
    entries.sort((a, b) => (a.subjectId < b.subjectId ? -1 : 1));
    found.set(name, { entries: entries.slice(0, namesakeListLimit), total: entries.length });
  }
  return found;
}

/** Search on the team's PostgreSQL server with its own means: pg_trgm, full-text search, exact keys (issue 15.2). */
export function postgresSearch(sql: Sql): SearchRepository {
  const vocabulary = new PostgresVocabulary(sql);
  return {
    search: (query, options) => findSubjects(sql, vocabulary, query, options),
    namesakes: (names) => namesakesOf(sql, names),
  };
}
