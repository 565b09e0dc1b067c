import type { Db } from '../db/openDatabase.ts';
import type { SearchRepository } from './searchRepository.ts';
import { findSubjects } from './searchSubjects.ts';
import { namesakesOf } from './namesakes.ts';

/** The FTS5 trigram index and exact keys in the SQLite file (searchSubjects.ts keeps its prepared statements per connection). */
export function sqliteSearch(db: Db): SearchRepository {
  return {
    async search(query, options) {
      return findSubjects(db, query, options);
    },
    async namesakes(names) {
      return namesakesOf(db, names);
    },
  };
}
