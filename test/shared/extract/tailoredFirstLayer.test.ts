import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../electron/core/db/openDatabase.ts';
import type { DemoLandmarks } from '../../../electron/core/demo/landmarks.ts';
import { readLandmarks } from '../../../electron/core/demo/seedDatabase.ts';
import { loadDefaultPolicy } from '../../../electron/core/policy/loadPolicy.ts';
import { loadSubjectProfile } from '../../../electron/core/records/loadSubjectProfile.ts';
import { assembleExtract } from '../../../shared/extract/assembleExtract.ts';
import type { ExtractModel, Language, RecordEntry } from '../../../shared/extract/extractModel.ts';
import { extractModelSchema } from '../../../shared/extract/extractModel.ts';
import { seedTestDatabase } from '../../helpers/demoDatabase.ts';
import { useTempDirs } from '../../helpers/tempDir.ts';

const TODAY = '2026-11-01';
const policy = loadDefaultPolicy();
const label = (purposeId: string, language: Language) => policy.purposes.find((p) => p.id === purposeId)!.label[language];

/**
 * Issue 12.7: the first layer lists only the purposes, legal bases and recipient categories that apply to
 * THIS person's records — "collection abroad" only when a case is handled abroad, a client contact's bank
 * account under relationship management, per purpose the basis that applies — for demo persons of each
 * kind, in Dutch and English.
 */
describe('a first layer tailored to the person (issue 12.7)', () => {
  const suiteDir = useTempDirs('suite');
  let db: Db;
  let lm: DemoLandmarks;
  beforeAll(() => {
    db = seedTestDatabase(suiteDir(), 400).db;
    lm = readLandmarks(db)!;
  });
  afterAll(() => db.close());

  const one = (sql: string) => db.prepare(sql).pluck().get() as string;
  function extract(subjectId: string, language: Language): ExtractModel {
    return extractModelSchema.parse(
      assembleExtract(
        loadSubjectProfile(db, [subjectId]),
        policy,
        {
          reference: 'INZ-2026-0126',
          receivedOn: '2026-10-20',
          kind: 'access',
          language,
          requester: { name: 'Requester' },
          subjectIds: [subjectId],
          clerk: 'C. Lerk',
        },
        TODAY,
      ),
    );
  }
  const own = (model: ExtractModel): RecordEntry[] => model.categories.flatMap((c) => c.records).filter((r) => !r.withheld);
  const purposeIds = (model: ExtractModel) => model.summary.purposes.map((p) => p.id);
  const basesOf = (model: ExtractModel, purposeId: string) =>
    model.summary.purposes.find((p) => p.id === purposeId)?.legalBases.map((b) => b.article) ?? [];

  /** A debtor with a few cases, all handled at home, with neither a payment arrangement nor an invoice. */
  const domesticDebtor = () =>
    one(`SELECT p.subject_id FROM case_parties p WHERE p.role = 'debtor'
         AND NOT EXISTS (SELECT 1 FROM case_parties q JOIN cases c ON c.id = q.case_id
                         WHERE q.subject_id = p.subject_id AND c.handled_country <> 'NL')
         AND NOT EXISTS (SELECT 1 FROM payment_arrangements a WHERE a.subject_id = p.subject_id)
         AND NOT EXISTS (SELECT 1 FROM billing_records b WHERE b.subject_id = p.subject_id)
         AND NOT EXISTS (SELECT 1 FROM organisation_roles r WHERE r.subject_id = p.subject_id)
         ORDER BY 1 LIMIT 1`);

  for (const language of ['nl', 'en'] as const) {
    it(`names collection abroad only for a person whose case is handled abroad, and only on that case's records (${language})`, () => {
      const home = extract(domesticDebtor(), language);
      expect(purposeIds(home)).toContain('collection');
      expect(purposeIds(home)).not.toContain('foreign-collection');
      for (const record of own(home)) expect(record.purposes.map((p) => p.id)).not.toContain('foreign-collection');
      expect(home.summary.recipientCategories.map((c) => c.id)).not.toContain('foreign-agency');

      const abroad = extract(lm.foreignTransfer, language);
      const abroadCases = new Set(
        db
          .prepare(`SELECT c.id FROM cases c JOIN case_parties p ON p.case_id = c.id WHERE p.subject_id = ? AND c.handled_country <> 'NL'`)
          .pluck()
          .all(lm.foreignTransfer) as string[],
      );
      expect(abroadCases.size).toBeGreaterThan(0);
      expect(abroad.summary.purposes.find((p) => p.id === 'foreign-collection')?.label).toBe(label('foreign-collection', language));
      for (const record of own(abroad)) {
        const kindHasIt = policy.recordKinds[record.recordKind]!.purposes.includes('foreign-collection');
        // Records of a case abroad, and records not tied to a case (the name, the address) of someone with such a case.
        const expected = kindHasIt && (record.caseId === null || abroadCases.has(record.caseId));
        const has = record.purposes.some((p) => p.id === 'foreign-collection');
        expect(has, `${record.recordKind} ${record.recordId}`).toBe(
          expected &&
            (record.recordKind !== 'disclosures' || record.fields.find((f) => f.name === 'purpose')?.value === 'foreign-collection'),
        );
      }
    });

    it(`puts a client contact's bank account under relationship management, not debt collection (${language})`, () => {
      const contact = one(`SELECT r.subject_id FROM organisation_roles r
        WHERE r.role IN ('client-contact', 'client-partner', 'client-guarantor')
          AND EXISTS (SELECT 1 FROM bank_accounts b WHERE b.subject_id = r.subject_id)
          AND NOT EXISTS (SELECT 1 FROM case_parties p WHERE p.subject_id = r.subject_id) ORDER BY 1 LIMIT 1`);
      const model = extract(contact, language);
      const accounts = own(model).filter((r) => r.recordKind === 'bank_accounts');
      expect(accounts.length).toBeGreaterThan(0);
      for (const account of accounts) expect(account.purposes.map((p) => p.id)).toEqual(['relationship-management']);
      expect(purposeIds(model)).not.toContain('collection');
      // The contact's data go under the contract with their organisation (6(1)(b)), not the collection bases.
      expect(basesOf(model, 'relationship-management')).toContain('6(1)(b)');
    });

    it(`gives per purpose the basis that applies, not the union of the register's (${language})`, () => {
      // A debtor without an arrangement or an invoice: collection rests on the legitimate interest alone.
      const plain = extract(domesticDebtor(), language);
      expect(basesOf(plain, 'collection')).toEqual(['6(1)(f)']);
      // With a payment arrangement agreed with us, the contract (6(1)(b)) applies too; no client is a public body, so never 6(1)(e).
      const withArrangement = one(`SELECT a.subject_id FROM payment_arrangements a
        JOIN case_parties p ON p.subject_id = a.subject_id AND p.role = 'debtor' ORDER BY 1 LIMIT 1`);
      const arranged = extract(withArrangement, language);
      expect(basesOf(arranged, 'collection')).toContain('6(1)(b)');
      expect(basesOf(arranged, 'collection')).toContain('6(1)(f)');
      expect(basesOf(arranged, 'collection')).not.toContain('6(1)(e)');
      // Category sections say the same as the first layer.
      for (const section of arranged.categories) {
        for (const purpose of section.purposes)
          expect(purpose.legalBases).toEqual(arranged.summary.purposes.find((p) => p.id === purpose.id)!.legalBases);
      }
      // Health data kept for a legal claim rest on 9(2)(f), not on consent nor on Art. 10.
      const special = extract(lm.specialCategory, language);
      expect(basesOf(special, 'legal-claims-special')).toEqual(['9(2)(f)']);
    });
  }

  it('gives every record of a demo person of each kind at least one purpose, each of them in the first layer', () => {
    const people = [
      lm.heavyDebtor,
      lm.debtorAndGuarantor,
      lm.openAndClosedDebtor,
      lm.clientContact,
      lm.prospectContact,
      lm.authorityContact,
      lm.supplierContact,
      lm.foreignTransfer,
      lm.legalHold,
      lm.specialCategory,
      lm.unsubscribed,
      lm.sharedCase.coDebtor,
    ];
    for (const person of people) {
      const model = extract(person, 'en');
      const categories = new Set(model.summary.purposes.map((p) => p.id));
      for (const record of own(model)) {
        expect(record.purposes.length, `${person} ${record.recordKind} ${record.recordId}`).toBeGreaterThan(0);
        for (const purpose of record.purposes) expect(categories.has(purpose.id)).toBe(true);
      }
      for (const purpose of model.summary.purposes) expect(purpose.legalBases.length).toBeGreaterThan(0);
    }
  });
});
