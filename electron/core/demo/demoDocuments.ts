import { ibanFromBban } from '../../../shared/identifiers/iban.ts';
import type { Policy } from '../../../shared/policy/policySchema.ts';
import type { Db } from '../db/openDatabase.ts';
import type { AgencyFacts } from './documents/agencyLetters.ts';
import { demoDocumentWriter } from './documents/demoDocumentWriter.ts';
import type { SharedCaseDocuments } from './documents/sharedCaseFile.ts';
import { addSharedCaseFile } from './documents/sharedCaseFile.ts';
import type { UnreadableDocuments } from './documents/unreadableDocuments.ts';
import { addUnreadableDocuments } from './documents/unreadableDocuments.ts';
import type { RecordLandmarks } from './landmarks.ts';
import { Random } from './random.ts';

export { DEMO_THIRD_PARTY_NAME } from './documents/sharedCaseFile.ts';
export { DEMO_PDF_PASSWORD } from './documents/unreadableDocuments.ts';

/** The demo's documents by role (stored with the landmarks): the shared case's file and the two unreadable files. */
export interface DemoDocumentLandmarks extends SharedCaseDocuments, UnreadableDocuments {}

export interface DemoDocumentOptions {
  seed: string;
  referenceDate: string;
  policy: Policy;
}

/** The agency's own client account in the letters (synthetic, with a valid check digit). */
const AGENCY_IBAN = ibanFromBban('NL', 'INGB0006543210');

/**
 * Writes the demo's case-file documents (issue 16.1; docs/documents.md § Demo documents) for the
 * landmark people, after their rows, inside the seeder's transaction. Deterministic: the documents draw
 * from their own random stream (seed + "/documents"), every date comes from the rows or the reference
 * date and every file is rendered with fixed metadata, so the same seed gives the same bytes. The files
 * are left unread: reading them is the reader's job (`inzage documents read`).
 */
export function addDemoDocuments(db: Db, landmarks: RecordLandmarks, options: DemoDocumentOptions): DemoDocumentLandmarks {
  const organisation = options.policy.organisation;
  const post = organisation.postalAddress;
  const agency: AgencyFacts = {
    name: organisation.name,
    addressLines: post ? [...post.lines, `${post.postcode}  ${post.city}`] : [],
    city: post?.city ?? 'Amsterdam',
    phone: organisation.contact.phone,
    email: organisation.contact.email,
    iban: AGENCY_IBAN,
  };
  let counter = 0;
  const env = {
    db,
    random: new Random(`${options.seed}/documents`),
    referenceDate: options.referenceDate,
    agency,
    write: demoDocumentWriter(db),
    nextId: () => `DOC${String(++counter).padStart(7, '0')}`,
  };
  const sharedCase = addSharedCaseFile(env, landmarks.sharedCase);
  const unreadable = addUnreadableDocuments(env, landmarks.openAndClosedDebtor);
  return { ...sharedCase, ...unreadable };
}
