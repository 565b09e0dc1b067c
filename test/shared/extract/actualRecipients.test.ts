import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../electron/core/db/openDatabase.ts';
import { loadDefaultPolicy } from '../../../electron/core/policy/loadPolicy.ts';
import { loadSubjectProfile } from '../../../electron/core/records/loadSubjectProfile.ts';
import { assembleExtract } from '../../../shared/extract/assembleExtract.ts';
import type { ExtractModel, ExtractRequest, Language, RecordEntry } from '../../../shared/extract/extractModel.ts';
import { extractModelSchema } from '../../../shared/extract/extractModel.ts';
import { seedTestDatabase } from '../../helpers/demoDatabase.ts';
import { useTempDirs } from '../../helpers/tempDir.ts';

const TODAY = '2026-11-01';
const policy = loadDefaultPolicy();

interface Disclosure {
  id: string;
  case_id: string | null;
  recipient: string;
  org_kind: string;
  recipient_category: string;
  disclosed_on: string;
  communication_id: string | null;
  lookup_id: string | null;
  legal_step_id: string | null;
}

/**
 * Issue 12.5 (Art. 15(1)(c) GDPR, CJEU C-154/21 Österreichische Post): the extract names every actual
 * recipient the organisation recorded, per record and in the first layer, by name and date, and falls
 * back to categories of recipients only where none is known. Run on demo people in Dutch and English.
 */
describe('actual recipients in the extract (C-154/21)', () => {
  const suiteDir = useTempDirs('suite');
  let db: Db;
  let person: string;
  beforeAll(() => {
    db = seedTestDatabase(suiteDir(), 400).db;
    // A debtor whose file holds a letter, an address-update look-up and a legal step: every kind of recipient.
    person = db
      .prepare(
        `SELECT p.subject_id FROM case_parties p
         WHERE p.role = 'debtor'
           AND EXISTS (SELECT 1 FROM disclosures d WHERE d.subject_id = p.subject_id AND d.communication_id IS NOT NULL)
           AND EXISTS (SELECT 1 FROM external_lookups l WHERE l.subject_id = p.subject_id AND l.provider_kind = 'address-update')
           AND EXISTS (SELECT 1 FROM legal_steps s WHERE s.subject_id = p.subject_id)
           AND (SELECT count(*) FROM case_parties q WHERE q.subject_id = p.subject_id) < 4
         ORDER BY p.subject_id LIMIT 1`,
      )
      .pluck()
      .get() as string;
  });
  afterAll(() => db.close());

  function extract(subjectIds: string[], language: Language, extra: Partial<ExtractRequest> = {}): ExtractModel {
    const request: ExtractRequest = {
      reference: 'INZ-2026-0125',
      receivedOn: '2026-10-20',
      kind: 'access',
      language,
      requester: { name: 'Requester' },
      subjectIds,
      clerk: 'C. Lerk',
      ...extra,
    };
    return extractModelSchema.parse(assembleExtract(loadSubjectProfile(db, subjectIds), policy, request, TODAY));
  }
  const recordsOf = (model: ExtractModel): RecordEntry[] => model.categories.flatMap((c) => c.records);
  const disclosuresOf = (subjectId: string) =>
    db
      .prepare(
        `SELECT d.id, d.case_id, o.name AS recipient, o.kind AS org_kind, d.recipient_category, d.disclosed_on,
                d.communication_id, d.lookup_id, d.legal_step_id
         FROM disclosures d JOIN organisations o ON o.id = d.recipient_id WHERE d.subject_id = ?`,
      )
      .all(subjectId) as Disclosure[];

  it('has a demo debtor with letters, an address-update look-up and a legal step', () => {
    expect(person).toMatch(/^S\d+$/);
    const kinds = new Set(disclosuresOf(person).map((d) => d.org_kind));
    for (const kind of ['printer', 'address-service', 'court', 'bailiff', 'client']) expect(kinds).toContain(kind);
  });

  for (const language of ['nl', 'en'] as const) {
    it(`names under each letter, look-up and legal step the recipient it caused, on its day (${language})`, () => {
      const model = extract([person], language);
      const records = recordsOf(model);
      const caused = disclosuresOf(person).filter((d) => d.communication_id ?? d.lookup_id ?? d.legal_step_id);
      expect(caused.length).toBeGreaterThan(2);
      for (const d of caused) {
        const [kind, id] = d.communication_id
          ? ['communications', d.communication_id]
          : d.lookup_id
            ? ['external_lookups', d.lookup_id]
            : ['legal_steps', d.legal_step_id];
        const record = records.find((r) => r.recordKind === kind && r.recordId === id)!;
        expect(record, `${kind} ${id}`).toBeDefined();
        expect(record.recipients).toContainEqual(
          expect.objectContaining({
            disclosureId: d.id,
            recipientName: d.recipient,
            disclosedOn: d.disclosed_on,
            causedBy: { recordKind: kind, recordId: id },
          }),
        );
        expect(record.recipientCategories).toEqual([]);
      }
    });

    it(`names the printer under the person's address, with the day of every letter it posted (${language})`, () => {
      const model = extract([person], language);
      const printed = disclosuresOf(person).filter((d) => d.org_kind === 'printer');
      for (const address of recordsOf(model).filter((r) => r.recordKind === 'addresses')) {
        const toPrinter = address.recipients.filter((r) => r.recipientCategory.id === 'processor-postal');
        expect(toPrinter.map((r) => r.disclosureId).sort()).toEqual(printed.map((d) => d.id).sort());
      }
    });

    it(`lists in the first layer every recipient by name with its days, and only the other categories (${language})`, () => {
      const model = extract([person], language);
      const disclosures = disclosuresOf(person);
      const names = [...new Set(disclosures.map((d) => d.recipient))].sort();
      expect(model.summary.actualRecipients.map((r) => r.recipientName).sort()).toEqual(names);
      for (const named of model.summary.actualRecipients) {
        const days = [...new Set(disclosures.filter((d) => d.recipient === named.recipientName).map((d) => d.disclosed_on))].sort();
        expect(named.dates).toEqual(days);
      }
      const namedCategories = new Set(disclosures.map((d) => d.recipient_category));
      expect(model.summary.recipientCategories.length).toBeGreaterThan(0);
      for (const category of model.summary.recipientCategories) expect(namedCategories.has(category.id)).toBe(false);
      const label = (id: string) => policy.recipientCategories.find((c) => c.id === id)!.label[language];
      // The printer, the address service and the court are named, so their categories are not listed as mere categories.
      for (const id of ['processor-postal', 'address-service', 'government']) {
        expect(model.summary.actualRecipients.some((r) => r.recipientCategory.label === label(id))).toBe(true);
        expect(model.summary.recipientCategories.map((c) => c.id)).not.toContain(id);
      }
    });
  }

  it('gives the categories of a record only where no actual recipient is known', () => {
    const model = extract([person], 'en');
    const records = recordsOf(model).filter((r) => !r.withheld && r.recordKind !== 'disclosures');
    const without = records.filter((r) => r.recipients.length === 0);
    expect(without.length).toBeGreaterThan(0);
    for (const record of records) {
      if (record.recipients.length > 0) expect(record.recipientCategories).toEqual([]);
      else expect(record.recipientCategories.length, `${record.recordKind} ${record.recordId}`).toBeGreaterThan(0);
    }
  });

  it('does not name the recipient of a disclosure record the clerk withheld as a whole', () => {
    const target = disclosuresOf(person).find((d) => d.org_kind === 'court')!;
    const model = extract([person], 'en', {
      redactions: [{ recordKind: 'disclosures', recordId: target.id, reason: 'legal-privilege', by: 'C. Lerk', on: TODAY }],
    });
    for (const record of recordsOf(model)) expect(record.recipients.map((r) => r.disclosureId)).not.toContain(target.id);
    expect(model.summary.actualRecipientCount).toBe(disclosuresOf(person).length - 1);
  });

  it('says so, and lists the categories, for a person without any recorded disclosure', () => {
    const contact = db
      .prepare(
        `SELECT r.subject_id FROM organisation_roles r WHERE r.role = 'client-contact'
         AND NOT EXISTS (SELECT 1 FROM disclosures d WHERE d.subject_id = r.subject_id) ORDER BY 1 LIMIT 1`,
      )
      .pluck()
      .get() as string;
    const model = extract([contact], 'nl');
    expect(model.summary.actualRecipients).toEqual([]);
    expect(model.summary.recipientCategories.length).toBeGreaterThan(0);
  });
});
