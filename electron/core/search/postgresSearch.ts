import type { Sql } from '../db/postgres/postgresPool.ts';
import { notBuiltYet } from '../store/notBuiltYet.ts';
import type { SearchRepository } from './searchRepository.ts';

/** Search on the team's PostgreSQL server with its own means: pg_trgm, full-text search, exact keys (issue 15.2). */
export function postgresSearch(sql: Sql): SearchRepository {
  void sql;
  return notBuiltYet<SearchRepository>('search');
}
