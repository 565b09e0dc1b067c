import type { PostgresMigration } from '../postgresMigrate.ts';
import { teamRoles } from './005_teamRoles.ts';

/**
 * Every PostgreSQL migration in order; versions strictly increase (checked by the tests). The numbers
 * are the server's own series, independent of the SQLite file's (electron/core/db/migrations).
 * Handed out for issue 15: 001 case records and search index, 002 request register, 003 audit trail,
 * 004 team settings, 005 owners, versions, roles and approvals.
 */
export const postgresMigrations: readonly PostgresMigration[] = [teamRoles];
