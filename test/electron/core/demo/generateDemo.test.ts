import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../electron/core/db/openDatabase.ts';
import { recordTableNames } from '../../../../electron/core/db/recordTables.ts';
import type { DemoLandmarks } from '../../../../electron/core/demo/landmarks.ts';
import { readLandmarks } from '../../../../electron/core/demo/seedDatabase.ts';
import { loadDefaultPolicy } from '../../../../electron/core/policy/loadPolicy.ts';
import { countRecords, subjectRecordsLoader } from '../../../../electron/core/records/loadSubjectRecords.ts';
import { isInEea } from '../../../../shared/law/eeaCountries.ts';
import { isValidIban } from '../../../../shared/identifiers/iban.ts';
import { normalisePostcode } from '../../../../shared/identifiers/postcode.ts';
import { evaluateRuleSet } from '../../../../shared/policy/evaluateRuleSet.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';
import { seedTestDatabase } from '../../../helpers/demoDatabase.ts';

function digest(db: Db): string {
  const hash = createHash('sha256');
  for (const table of [...recordTableNames, 'meta']) {
    for (const row of db.prepare(`SELECT * FROM ${table} ORDER BY 1`).raw().all()) hash.update(JSON.stringify(row));
  }
  return hash.digest('hex');
}

const all = <T>(db: Db, sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as T[];
const one = <T>(db: Db, sql: string, ...params: unknown[]) => db.prepare(sql).get(...params) as T;

describe('demo generator', () => {
  const tempDir = useTempDirs();
  const suiteDir = useTempDirs('suite');
  let db: Db;
  let landmarks: DemoLandmarks;

  beforeAll(() => {
    ({ db } = seedTestDatabase(suiteDir(), 600));
    landmarks = readLandmarks(db)!;
  });
  afterAll(() => db.close());

  it('is deterministic: same seed, same database; another seed, another database', () => {
    const dir = tempDir();
    const a = seedTestDatabase(dir, 300, 'alpha', 'a.db');
    const b = seedTestDatabase(dir, 300, 'alpha', 'b.db');
    const c = seedTestDatabase(dir, 300, 'beta', 'c.db');
    expect(digest(a.db)).toBe(digest(b.db));
    expect(digest(a.db)).not.toBe(digest(c.db));
    expect(a.result.rows).toBe(b.result.rows);
    for (const x of [a, b, c]) x.db.close();
  });

  it('writes exactly the requested number of subjects', () => {
    expect(one<{ n: number }>(db, 'SELECT count(*) AS n FROM subjects').n).toBe(600);
  });

  it('gives every IBAN valid check digits and every Dutch address a real postcode', () => {
    const ibans = all<{ iban: string }>(db, 'SELECT iban FROM bank_accounts');
    expect(ibans.length).toBeGreaterThan(100);
    expect(ibans.filter((r) => !isValidIban(r.iban))).toEqual([]);
    const postcodes = all<{ postcode: string }>(db, "SELECT postcode FROM addresses WHERE country = 'NL'");
    expect(postcodes.filter((r) => normalisePostcode(r.postcode) === null || !/^\d{4} [A-Z]{2}$/.test(r.postcode))).toEqual([]);
  });

  it('has Dutch names with particles and names with diacritics', () => {
    const particles = all<{ particle: string }>(db, 'SELECT DISTINCT particle FROM subject_names WHERE particle IS NOT NULL').map(
      (r) => r.particle,
    );
    expect(particles).toEqual(expect.arrayContaining(['van', 'de', 'van der', 'ter']));
    const names = all<{ n: string }>(db, "SELECT given_names || ' ' || surname AS n FROM subject_names")
      .map((r) => r.n)
      .join('|');
    for (const fragment of ['Müller', 'Çelik', 'Łukasz', 'Zoë']) expect(names).toContain(fragment);
  });

  it('has multi-party cases and people who are debtor in one case and guarantor in another', () => {
    expect(
      one<{ n: number }>(db, 'SELECT count(*) AS n FROM (SELECT case_id FROM case_parties GROUP BY case_id HAVING count(*) > 1)').n,
    ).toBeGreaterThan(5);
    const both = all<{ subject_id: string }>(
      db,
      "SELECT subject_id FROM case_parties WHERE role = 'debtor' INTERSECT SELECT subject_id FROM case_parties WHERE role = 'guarantor'",
    );
    expect(both.map((r) => r.subject_id)).toContain(landmarks.debtorAndGuarantor);
  });

  it('has namesakes: the same name, different people with different birth dates', () => {
    const [a, b] = landmarks.namesakes;
    const rows = all<{ subject_id: string; given_names: string; particle: string; surname: string; birth_date: string }>(
      db,
      'SELECT n.subject_id, n.given_names, n.particle, n.surname, s.birth_date ' +
        'FROM subject_names n JOIN subjects s ON s.id = n.subject_id WHERE n.subject_id ' +
        'IN (?, ?) ORDER BY n.subject_id',
      a,
      b,
    );
    expect(rows).toHaveLength(2);
    expect([rows[0]!.given_names, rows[0]!.particle, rows[0]!.surname]).toEqual([
      rows[1]!.given_names,
      rows[1]!.particle,
      rows[1]!.surname,
    ]);
    expect(rows[0]!.birth_date).not.toBe(rows[1]!.birth_date);
  });

  it('has one person stored twice: same birth date and address, spelling differs', () => {
    const [a, b] = landmarks.duplicatePair;
    const row = one<{ same: number }>(
      db,
      `
      SELECT count(*) AS same FROM subjects s1 JOIN subjects s2 ON s1.birth_date = s2.birth_date
      JOIN addresses a1 ON a1.subject_id = s1.id AND a1.valid_to IS NULL
      JOIN addresses a2 ON a2.subject_id = s2.id AND a2.valid_to IS NULL AND a1.postcode = a2.postcode AND a1.house_number = a2.house_number
      JOIN subject_names n1 ON n1.subject_id = s1.id JOIN subject_names n2 ON n2.subject_id = s2.id AND n1.given_names <> n2.given_names
      WHERE s1.id = ? AND s2.id = ?`,
      a,
      b,
    );
    expect(row.same).toBe(1);
  });

  it('has a heavy debtor with thousands of records', () => {
    const records = subjectRecordsLoader(db)(landmarks.heavyDebtor);
    expect(countRecords(records)).toBeGreaterThan(2000);
  });

  it('has open and closed cases, each closed one with its closing date', () => {
    const counts = all<{ status: string; n: number; dated: number }>(
      db,
      'SELECT status, count(*) AS n, count(closed_on) AS dated FROM cases GROUP BY status ORDER BY status',
    );
    expect(counts.map((c) => c.status)).toEqual(['closed', 'open']);
    expect(counts[0]!.dated).toBe(counts[0]!.n);
    expect(counts[1]!.dated).toBe(0);
  });

  it('stores automated decisions whose outcome follows from their inputs under the register rule set', () => {
    const ruleSet = loadDefaultPolicy().automatedDecisionRuleSets.find((r) => r.id === 'collection-route')!;
    const decisions = all<{ inputs_json: string; outcome: string; rule_version: string }>(
      db,
      'SELECT inputs_json, outcome, rule_version FROM automated_decisions',
    );
    expect(decisions.length).toBeGreaterThan(20);
    for (const decision of decisions) {
      expect(evaluateRuleSet(ruleSet, JSON.parse(decision.inputs_json)).outcome).toBe(decision.outcome);
      expect(decision.rule_version).toBe(ruleSet.version);
    }
    expect(new Set(decisions.map((d) => d.outcome)).size).toBeGreaterThan(2);
    expect(
      one<{ n: number }>(db, 'SELECT count(*) AS n FROM automated_decisions WHERE subject_id = ?', landmarks.automatedDecisions).n,
    ).toBeGreaterThanOrEqual(2);
  });

  it('records disclosures to bailiffs and to a collection agency outside the EEA with a safeguard', () => {
    expect(one<{ n: number }>(db, "SELECT count(*) AS n FROM disclosures WHERE recipient_category = 'bailiff'").n).toBeGreaterThan(0);
    const foreign = all<{ country: string; safeguard: string | null }>(
      db,
      "SELECT country, safeguard FROM disclosures WHERE subject_id = ? AND recipient_category = 'foreign-agency'",
      landmarks.foreignTransfer,
    );
    expect(foreign).toHaveLength(1);
    expect(isInEea(foreign[0]!.country)).toBe(false);
    expect(foreign[0]!.safeguard).toBe('standard-contractual-clauses');
    const unsafe = all(db, "SELECT * FROM disclosures WHERE country NOT IN ('NL','DE') AND safeguard IS NULL");
    expect(unsafe).toEqual([]);
  });

  it('has a legal hold, special-category data with its ground, invoice-service records and every contact role', () => {
    expect(
      one<{ n: number }>(db, 'SELECT count(*) AS n FROM legal_holds WHERE subject_id = ? AND ended_on IS NULL', landmarks.legalHold).n,
    ).toBe(1);
    expect(
      one<{ legal_ground: string }>(db, 'SELECT legal_ground FROM special_category_data WHERE subject_id = ?', landmarks.specialCategory)
        .legal_ground,
    ).toBe('art9-2-f');
    expect(
      one<{ n: number }>(db, 'SELECT count(*) AS n FROM invoice_service_records WHERE subject_id = ?', landmarks.invoiceRecipient).n,
    ).toBe(3);
    const roles = all<{ role: string }>(db, 'SELECT DISTINCT role FROM organisation_roles').map((r) => r.role);
    expect(roles).toEqual(
      expect.arrayContaining(['client-contact', 'client-guarantor', 'prospect-contact', 'authority-contact', 'supplier-contact']),
    );
    expect(
      one<{ unsubscribed_on: string }>(db, 'SELECT unsubscribed_on FROM marketing_contacts WHERE subject_id = ?', landmarks.unsubscribed)
        .unsubscribed_on,
    ).toMatch(/^\d{4}-/);
  });

  it('puts a co-debtor in the shared case', () => {
    const { caseId, debtor, coDebtor } = landmarks.sharedCase;
    const parties = all<{ subject_id: string; role: string }>(
      db,
      'SELECT subject_id, role FROM case_parties WHERE case_id = ? ORDER BY role',
      caseId,
    );
    expect(parties).toEqual([
      { subject_id: coDebtor, role: 'co-liable' },
      { subject_id: debtor, role: 'debtor' },
    ]);
  });
});
