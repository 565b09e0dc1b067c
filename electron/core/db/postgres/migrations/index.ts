import type { PostgresMigration } from '../postgresMigrate.ts';
import { caseRecords } from './001_caseRecords.ts';
import { postgresSearchIndex } from './002_searchIndex.ts';
import { requestRegister } from './003_requestRegister.ts';
import { auditTrail } from './004_auditTrail.ts';
import { teamRoles } from './005_teamRoles.ts';
import { caseDocuments } from './006_caseDocuments.ts';
import { searchLexemes } from './007_searchLexemes.ts';

/**
 * Every PostgreSQL migration in order; versions strictly increase (checked by the tests). The numbers
 * are the server's own series, independent of the SQLite file's (electron/core/db/migrations):
 * 001 case records, 002 search index, 003 request register, 004 audit trail, 005 team (owners,
 * versions, roles, approvals, team settings), 006 case documents (issue 16), 007 the word index's
 * tokens for prefix search (issue 15.6).
 */
export const postgresMigrations: readonly PostgresMigration[] = [
  caseRecords,
  postgresSearchIndex,
  requestRegister,
  auditTrail,
  teamRoles,
  caseDocuments,
  searchLexemes,
];
