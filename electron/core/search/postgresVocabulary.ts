import type { Sql } from '../db/postgres/postgresPool.ts';
import { prepared } from './postgresWords.ts';
import { allowedEdits, deletions, editDistance } from '../../../shared/search/similarity.ts';

const refreshInterval = 1000;

interface Vocabulary {
  generation: number;
  terms: Set<string>;
  /** Symmetric-delete neighbourhood: each deletion variant → the vocabulary words it comes from. */
  byDeletion: Map<string, string[]>;
}

/**
 * The vocabulary of the team server's index kept in memory for typo correction, as vocabulary.ts
 * keeps SQLite's per connection. search_terms only grows, so its highest id tells whether the copy is
 * current; the check is one indexed look-up per search, not per word.
 */
export class PostgresVocabulary {
  private current: Vocabulary | null = null;
  private checked = 0;

  constructor(private readonly sql: Sql) {}

  /**
   * Brings the in-memory copy up to date (call once per search, before correctionsOf). Asked at most
   * once a second: a search is typed letter by letter, and a round trip per letter costs more than
   * the rest of the search; a word another clerk's import added is corrected to a second later.
   */
  async refresh(now = performance.now()): Promise<void> {
    if (this.current && now - this.checked < refreshInterval) return;
    this.checked = now;
    const result = await this.sql.query<{ generation: number | string }>(
      prepared('vocabulary_generation', 'SELECT coalesce(max(id), 0) AS generation FROM search_terms', []),
    );
    const generation = Number(result.rows[0]!.generation);
    if (this.current && this.current.generation === generation) return;
    const rows = await this.sql.query<{ term: string }>('SELECT term FROM search_terms');
    const terms = new Set(rows.rows.map((row) => row.term));
    const byDeletion = new Map<string, string[]>();
    for (const term of terms) {
      for (const variant of deletions(term, allowedEdits(term))) {
        const list = byDeletion.get(variant);
        if (list) list.push(term);
        else byDeletion.set(variant, [term]);
      }
    }
    this.current = { generation, terms, byDeletion };
  }

  /**
   * Words of the vocabulary within the allowed number of edits of a typed word, nearest first (the
   * same rule as vocabulary.ts correctionsOf: a word that is itself in the vocabulary is taken as
   * meant and not expanded — "Jansen" to "Janssen" would mix two families).
   */
  correctionsOf(word: string, max = 12): string[] {
    const vocab = this.current;
    if (!vocab || vocab.terms.has(word)) return [];
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
}
