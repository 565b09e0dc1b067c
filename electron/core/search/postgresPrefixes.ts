import type { Sql } from '../db/postgres/postgresPool.ts';
import { prepared } from './postgresWords.ts';

/**
 * Beyond this many indexed words behind one prefix the tsquery prefix itself ('mar':*) is asked: an OR
 * of hundreds of words gains nothing over collecting them, and the statement stays small.
 */
export const maxExpansion = 64;

/**
 * The indexed words (search_lexemes, migration 007) that begin with each typed word, or null for a
 * word with more than maxExpansion of them. One statement for all words. The words beginning with a
 * prefix are exactly what the tsquery prefix matches ('pet':* is every lexeme starting with "pet"),
 * so the search finds the same people (issue 15.2); GIN then looks whole words up and skips through
 * their postings instead of first collecting every posting of every covered word (issue 15.6).
 * A word another clerk's import adds between this statement and the search is found from the next
 * keystroke on, as with the vocabulary's corrections.
 */
export async function prefixExpansions(sql: Sql, words: readonly string[]): Promise<Map<string, string[] | null>> {
  const unique = [...new Set(words)];
  const result = await sql.query<{ prefix: string; lexeme: string }>(
    prepared(
      'prefix_expansions',
      // A byte range of the "C"-collated primary key, then starts_with for the exact rule.
      `SELECT p.prefix, l.lexeme FROM unnest($1::text[]) AS p(prefix)
       CROSS JOIN LATERAL (
         SELECT lexeme FROM search_lexemes
         WHERE lexeme >= p.prefix AND lexeme < p.prefix || chr(1114111) AND starts_with(lexeme, p.prefix)
         ORDER BY lexeme LIMIT $2
       ) l`,
      [unique, maxExpansion + 1],
    ),
  );
  const found = new Map<string, string[] | null>(unique.map((word) => [word, []]));
  for (const row of result.rows) found.get(row.prefix)!.push(row.lexeme);
  for (const [word, lexemes] of found) if (lexemes && lexemes.length > maxExpansion) found.set(word, null);
  return found;
}
