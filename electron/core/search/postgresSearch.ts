import type { Sql } from '../db/postgres/postgresPool.ts';
import { foldedWords } from '../../../shared/search/foldText.ts';
import { particleWords } from '../../../shared/search/nameTokens.ts';
import { parseSearchQuery } from '../../../shared/search/parseQuery.ts';
import { currentAddressOf, displayNameOf, formatAddress, unpackProfile } from '../../../shared/search/searchProfile.ts';
import { nearlySameName, sharedFacts } from './duplicateRule.ts';
import type { Namesake } from './namesakes.ts';
import { nameKey, namesakeListLimit } from './namesakes.ts';
import { postgresCandidates } from './postgresCandidates.ts';
import { lexeme, prepared } from './postgresWords.ts';
import { PostgresVocabulary } from './postgresVocabulary.ts';
import type { ProfiledSubject } from './duplicateRule.ts';
import { driveRankingAsync, rankCandidates } from './rankCandidates.ts';
import type { SearchRepository } from './searchRepository.ts';
import type { SearchOptions, SubjectSearchPage } from './searchSubjects.ts';

// A look-up per address key (the LIMIT keeps it one: the planner then looks each address up in the
// (kind, value) index instead of joining whole tables); no address is shared by this many people.
const keyRowLimit = 5000;
// As namesakes.ts: rows read from the word index per name (names also match aliases, filtered out below).
const namesakeWordLimit = 1000;

/**
 * For each given subject, the other subjects that are probably the same person entered twice (the
 * rule of duplicateRule.ts): same birth date, same current postcode + house number, a name that
 * differs only slightly. All of them in one statement: one round trip per page, not per result.
 */
async function possibleDuplicates(sql: Sql, subjects: readonly ProfiledSubject[]): Promise<Map<string, ProfiledSubject[]>> {
  const found = new Map<string, ProfiledSubject[]>(subjects.map((subject) => [subject.subjectId, []]));
  const looked = subjects.flatMap((subject, index) => {
    const shared = sharedFacts(subject.profile);
    return shared ? [{ subject, ...shared, index }] : [];
  });
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
      [looked.map((a) => a.index), looked.map((a) => a.address), looked.map((a) => a.subject.subjectId), looked.map((a) => a.birthDate)],
    ),
  );
  for (const row of rows.rows) {
    const subject = subjects[row.n]!;
    const profile = unpackProfile(row.profile);
    if (nearlySameName(displayNameOf(subject.profile), displayNameOf(profile)))
      found.get(subject.subjectId)!.push({ subjectId: row.subject_id, profile });
  }
  return found;
}

/**
 * The search page on the team server: candidates from PostgreSQL's indexes (postgresCandidates.ts),
 * ranked into a page by the same function as on SQLite (rankCandidates.ts: the same scoring, evidence
 * of what matched and probable duplicates) — the same SubjectSearchPage as findSubjects on SQLite. This
 * is processing of personal data (docs/domain.md §8): the caller logs the search in the audit log; this
 * logs nothing.
 */
async function findSubjects(
  sql: Sql,
  vocabulary: PostgresVocabulary,
  query: string,
  options: SearchOptions = {},
): Promise<SubjectSearchPage> {
  const limit = options.limit ?? 20;
  const parsed = parseSearchQuery(query);
  const found = await postgresCandidates(sql, vocabulary, parsed, limit);
  return driveRankingAsync(rankCandidates(parsed, query, found, limit), (subjects) => possibleDuplicates(sql, subjects));
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
