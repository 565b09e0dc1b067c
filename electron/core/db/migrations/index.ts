import type { Migration } from '../migration.ts';
import { caseRecords } from './001_caseRecords.ts';
import { searchIndex } from './002_searchIndex.ts';
import { requestRegister } from './003_requestRegister.ts';
import { requestOutcomes } from './004_requestOutcomes.ts';
import { disclosureRecords } from './005_disclosureRecords.ts';
import { keyedAuditChain } from './006_keyedAuditChain.ts';
import { fixedLetters } from './009_fixedLetters.ts';

/** Every migration in order; versions are 1..n without gaps (checked by the tests). */
export const migrations: readonly Migration[] = [
  caseRecords,
  searchIndex,
  requestRegister,
  requestOutcomes,
  disclosureRecords,
  keyedAuditChain,
  fixedLetters,
];

export const latestSchemaVersion = migrations.length;
