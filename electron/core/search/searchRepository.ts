import type { Namesake } from './namesakes.ts';
import type { SearchOptions, SubjectSearchPage } from './searchSubjects.ts';

/**
 * The search index (docs/architecture.md § Data, Search): one normalised document per data subject
 * plus exact keys. The page holds the shown results and the true number of matching subjects.
 * Scoring and the evidence of what matched come back with each result; a PostgreSQL backend
 * answers the same question with its own full-text index.
 */
export interface SearchRepository {
  search(query: string, options?: SearchOptions): Promise<SubjectSearchPage>;
  /** Every entry bearing one of these names, keyed by nameKey (namesakes.ts), for the namesake warning. */
  namesakes(names: readonly string[]): Promise<Map<string, { entries: Namesake[]; total: number }>>;
}
