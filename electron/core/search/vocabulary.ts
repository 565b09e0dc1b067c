import type { Database, Statement } from 'better-sqlite3-multiple-ciphers';
import { allowedEdits, deletions, editDistance } from '../../../shared/search/similarity.ts';

interface Vocabulary {
  generation: number;
  terms: Set<string>;
  /** The same words sorted, for the words that start with a prefix (termsStartingWith). */
  sorted: string[];
  /** Symmetric-delete neighbourhood: each deletion variant → the vocabulary words it comes from. */
  byDeletion: Map<string, string[]>;
}

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
  const terms = new Set(db.prepare('SELECT term FROM search_terms').pluck().all() as string[]);
  const byDeletion = new Map<string, string[]>();
  for (const term of terms) {
    for (const variant of deletions(term, allowedEdits(term))) {
      const list = byDeletion.get(variant);
      if (list) list.push(term);
      else byDeletion.set(variant, [term]);
    }
  }
  const built = { generation, terms, sorted: [...terms].sort(), byDeletion };
  cache.set(db, built);
  return built;
}

/**
 * Words of the vocabulary within the allowed number of edits of a typed word ("Mulder" for
 * "Muldr"). A word that is itself in the vocabulary is taken as meant and not expanded: expanding
 * "Jansen" to "Janssen" would mix two families.
 */
export function correctionsOf(db: Database, word: string, max = 12): string[] {
  const vocab = vocabulary(db);
  if (vocab.terms.has(word)) return [];
  const edits = allowedEdits(word);
  if (edits === 0) return [];
  const found = new Map<string, number>();
  for (const variant of deletions(word, edits)) {
    for (const term of vocab.byDeletion.get(variant) ?? []) {
      if (found.has(term)) continue;
      const distance = editDistance(word, term, edits);
      if (distance <= edits) found.set(term, distance);
    }
  }
  return [...found]
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .slice(0, max)
    .map(([term]) => term);
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
