import type { Database, Statement } from 'better-sqlite3-multiple-ciphers';
import type { CorrectionIndex } from './correctionIndex.ts';
import { correctionIndex, correctionsIn } from './correctionIndex.ts';

const cache = new WeakMap<Database, CorrectionIndex>();
/** The generation check runs for every word of every search attempt: prepared once per connection. */
const generationQueries = new WeakMap<Database, Statement>();

/**
 * The name and place words of the index, kept in memory per connection for typo correction. The
 * search_terms table only grows, so its highest rowid tells whether the cached copy is current.
 */
function vocabulary(db: Database): CorrectionIndex {
  let generationQuery = generationQueries.get(db);
  if (!generationQuery) {
    generationQuery = db.prepare('SELECT coalesce(max(rowid), 0) FROM search_terms').pluck();
    generationQueries.set(db, generationQuery);
  }
  const generation = generationQuery.get() as number;
  const cached = cache.get(db);
  if (cached && cached.generation === generation) return cached;
  const built = correctionIndex(generation, db.prepare('SELECT term FROM search_terms').pluck().all() as string[]);
  cache.set(db, built);
  return built;
}

/** Words of the vocabulary within the allowed number of edits of a typed word (correctionIndex.ts correctionsIn). */
export function correctionsOf(db: Database, word: string, max = 12): string[] {
  return correctionsIn(vocabulary(db), word, max);
}
