import type { Sql } from '../db/postgres/postgresPool.ts';
import { notBuiltYet } from '../store/notBuiltYet.ts';
import type { RequestRepository } from './requestRepository.ts';

/** The request register on the team's PostgreSQL server (issue 15.1). */
export function postgresRequestRepository(sql: Sql): RequestRepository {
  void sql;
  return notBuiltYet<RequestRepository>('requests');
}
