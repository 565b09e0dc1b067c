import type { Migration } from '../migration.ts';
import { caseRecords } from './001_caseRecords.ts';
import { searchIndex } from './002_searchIndex.ts';
import { requestRegister } from './003_requestRegister.ts';
import { requestOutcomes } from './004_requestOutcomes.ts';
import { disclosureRecords } from './005_disclosureRecords.ts';
import { keyedAuditChain } from './006_keyedAuditChain.ts';
import { categoryReviews } from './008_categoryReviews.ts';
import { fixedLetters } from './009_fixedLetters.ts';
import { teamRoles } from './010_teamRoles.ts';
import { caseDocuments } from './011_caseDocuments.ts';
import { documentTextIndex } from './012_documentTextIndex.ts';

/** Every migration in order; versions strictly increase (checked by the tests). */
export const migrations: readonly Migration[] = [
  caseRecords,
  searchIndex,
  requestRegister,
  requestOutcomes,
  disclosureRecords,
  keyedAuditChain,
  // 007 was handed out to a branch of issue 14 that needed none: the gap is allowed (versions only increase).
  categoryReviews,
  fixedLetters,
  teamRoles,
  caseDocuments,
  documentTextIndex,
];

export const latestSchemaVersion = migrations.at(-1)!.version;
