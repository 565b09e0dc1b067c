import type { Sql } from '../db/postgres/postgresPool.ts';
import type { InstallationKeys } from '../keys/installationKeys.ts';
import { notBuiltYet } from '../store/notBuiltYet.ts';
import type { AuditRepository } from './auditRepository.ts';

/** The keyed audit chain on the team's PostgreSQL server: one chain for the whole team (issue 15.3). */
export function postgresAuditRepository(sql: Sql, keys: Pick<InstallationKeys, 'audit' | 'query'>): AuditRepository {
  void sql;
  void keys;
  return notBuiltYet<AuditRepository>('audit');
}
