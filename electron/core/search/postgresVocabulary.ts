import type { Sql } from '../db/postgres/postgresPool.ts';
import { prepared } from './postgresWords.ts';
import type { CorrectionIndex } from './correctionIndex.ts';
import { correctionIndex, correctionsIn } from './correctionIndex.ts';

const refreshInterval = 1000;

/**
 * The vocabulary of the team server's index kept in memory for typo correction, as vocabulary.ts
 * keeps SQLite's per connection. search_terms only grows, so its highest id tells whether the copy is
 * current; the check is one indexed look-up per search, not per word.
 */
export class PostgresVocabulary {
  private current: CorrectionIndex | null = null;
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
    this.current = correctionIndex(
      generation,
      rows.rows.map((row) => row.term),
    );
  }

  /**
   * Words of the vocabulary within the allowed number of edits of a typed word, nearest first (the
   * same rule as vocabulary.ts correctionsOf: a word that is itself in the vocabulary is taken as
   * meant and not expanded — "Jansen" to "Janssen" would mix two families).
   */
  correctionsOf(word: string, max = 12): string[] {
    return this.current ? correctionsIn(this.current, word, max) : [];
  }
}
