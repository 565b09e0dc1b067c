import type { Migration } from '../migration.ts';
import { caseRecords } from './001_caseRecords.ts';
import { searchIndex } from './002_searchIndex.ts';
import { requestRegister } from './003_requestRegister.ts';
import { keyedAuditChain } from './004_keyedAuditChain.ts';

/** Every migration in order; versions are 1..n without gaps (checked by the tests). */
export const migrations: readonly Migration[] = [caseRecords, searchIndex, requestRegister, keyedAuditChain];

export const latestSchemaVersion = migrations.length;
