import type pg from 'pg';
import type { Sql } from '../db/postgres/postgresPool.ts';
import { notBuiltYet } from '../store/notBuiltYet.ts';
import type { CaseRecordRepository } from './caseRecordRepository.ts';

/** The case records on the team's PostgreSQL server; imports go through COPY (issue 15.2). */
export function postgresCaseRecords(sql: Sql, pool: pg.Pool, url: string): CaseRecordRepository {
  void sql;
  void pool;
  void url;
  return notBuiltYet<CaseRecordRepository>('records');
}
