import type { Database, Statement } from 'better-sqlite3-multiple-ciphers';
import type { CorrectionIndex } from './correctionIndex.ts';
import { correctionIndex, correctionsIn } from './correctionIndex.ts';

/** The correction index plus the same words sorted, for the words that start with a prefix (termsStartingWith). */
type Vocabulary = CorrectionIndex & { sorted: string[] };

const cache = new WeakMap<Database, Vocabulary>();
/** The generation check runs for every word of every search attempt: prepared once per connection. */
const generationQueries = new WeakMap<Database, Statement>();

/**
 * The name and place words of the index, kept in memory per connection for typo correction. The
 * search_terms table only grows, so its highest rowid tells whether the cached copy is current.
 */
function vocabulary(db: Database): Vocabulary {
  let generationQuery = generationQueries.get(db);
  if (!generationQuery) {
    generationQuery = db.prepare('SELECT coalesce(max(rowid), 0) FROM search_terms').pluck();
    generationQueries.set(db, generationQuery);
  }
  const generation = generationQuery.get() as number;
  const cached = cache.get(db);
  if (cached && cached.generation === generation) return cached;
  const index = correctionIndex(generation, db.prepare('SELECT term FROM search_terms').pluck().all() as string[]);
  const built = { ...index, sorted: [...index.terms].sort() };
  cache.set(db, built);
  return built;
}

/** Words of the vocabulary within the allowed number of edits of a typed word (correctionIndex.ts correctionsIn). */
export function correctionsOf(db: Database, word: string, max = 12): string[] {
  return correctionsIn(vocabulary(db), word, max);
}

/**
 * The vocabulary words that start with `prefix`, or null when there are more than `max` (then the
 * index's own prefix query is the better tool). Used to ask the word index for a typed prefix as an
 * OR of whole words (ftsExpression.ts), which it walks lazily, instead of a prefix query, which
 * merges every covered word's doclist in full before the first row.
 */
export function termsStartingWith(db: Database, prefix: string, max: number): string[] | null {
  const { sorted } = vocabulary(db);
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! < prefix) low = middle + 1;
    else high = middle;
  }
  const found: string[] = [];
  for (let i = low; i < sorted.length && sorted[i]!.startsWith(prefix); i++) {
    if (found.length === max) return null;
    found.push(sorted[i]!);
  }
  return found;
}
