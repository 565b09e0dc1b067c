import { allowedEdits, deletions, editDistance } from '../../../shared/search/similarity.ts';

/*
 * Typo correction against the index's vocabulary, the same on both backends (vocabulary.ts keeps
 * SQLite's per connection, postgresVocabulary.ts the team server's): one copy, so they cannot drift.
 */

/** The vocabulary of name and place words as the correction needs it. */
export interface CorrectionIndex {
  /** search_terms only grows: its highest id tells whether a copy is current. */
  generation: number;
  terms: Set<string>;
  /** Symmetric-delete neighbourhood: each deletion variant → the vocabulary words it comes from. */
  byDeletion: Map<string, string[]>;
}

export function correctionIndex(generation: number, words: Iterable<string>): CorrectionIndex {
  const terms = new Set(words);
  const byDeletion = new Map<string, string[]>();
  for (const term of terms) {
    for (const variant of deletions(term, allowedEdits(term))) {
      const list = byDeletion.get(variant);
      if (list) list.push(term);
      else byDeletion.set(variant, [term]);
    }
  }
  return { generation, terms, byDeletion };
}

/**
 * Words of the vocabulary within the allowed number of edits of a typed word ("Mulder" for
 * "Muldr"), nearest first. A word that is itself in the vocabulary is taken as meant and not
 * expanded: expanding "Jansen" to "Janssen" would mix two families.
 */
export function correctionsIn(vocab: CorrectionIndex, word: string, max = 12): string[] {
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
