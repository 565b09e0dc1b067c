import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../electron/core/db/openDatabase.ts';
import { seedTestDatabase } from '../../../helpers/demoDatabase.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';

/**
 * Issue 12.5 (CJEU C-154/21): every recipient the organisation knows is recorded as a disclosure. The
 * address-update service sees the person's name and address at each look-up, the court the claim when a
 * payment order is asked for, the bailiff what it serves or attaches, and the printer every letter it posts.
 */
describe('the demo generator records every disclosure it makes', () => {
  const suiteDir = useTempDirs('suite');
  let db: Db;
  const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;

  beforeAll(() => {
    db = seedTestDatabase(suiteDir(), 600).db;
  });
  afterAll(() => db.close());

  it('names the address-update service at each look-up, on its day, tied to the look-up', () => {
    expect(count("SELECT count(*) AS n FROM external_lookups WHERE provider_kind = 'address-update'")).toBeGreaterThan(10);
    const unrecorded = count(`
      SELECT count(*) AS n FROM external_lookups l
      WHERE l.provider_kind = 'address-update' AND NOT EXISTS (
        SELECT 1 FROM disclosures d WHERE d.subject_id = l.subject_id AND d.recipient_id = l.provider_id
          AND d.disclosed_on = l.looked_up_on AND d.lookup_id = l.id AND d.recipient_category = 'address-service'
          AND d.purpose = 'address-update')`);
    expect(unrecorded).toBe(0);
  });

  it('names the court or bailiff of every legal step, on the day it started, tied to the step', () => {
    expect(
      count("SELECT count(*) AS n FROM legal_steps s JOIN organisations o ON o.id = s.authority_id WHERE o.kind = 'court'"),
    ).toBeGreaterThan(3);
    const unrecorded = count(`
      SELECT count(*) AS n FROM legal_steps s
      WHERE s.authority_id IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM disclosures d WHERE d.subject_id = s.subject_id AND d.recipient_id = s.authority_id
          AND d.case_id = s.case_id AND d.disclosed_on = s.started_on AND d.legal_step_id = s.id)`);
    expect(unrecorded).toBe(0);
    // The court is a public authority in the register's terms, the bailiff a bailiff.
    expect(
      count(`SELECT count(*) AS n FROM disclosures d JOIN organisations o ON o.id = d.recipient_id
             WHERE o.kind = 'court' AND d.recipient_category <> 'government'`),
    ).toBe(0);
  });

  it('names the printer that posted every outgoing letter, tied to the letter', () => {
    const unrecorded = count(`
      SELECT count(*) AS n FROM communications c
      WHERE c.channel = 'letter' AND c.direction = 'out' AND NOT EXISTS (
        SELECT 1 FROM disclosures d JOIN organisations o ON o.id = d.recipient_id
        WHERE o.kind = 'printer' AND d.subject_id = c.subject_id AND d.case_id IS c.case_id
          AND d.disclosed_on = c.occurred_on AND d.communication_id = c.id AND d.recipient_category = 'processor-postal')`);
    expect(count("SELECT count(*) AS n FROM communications WHERE channel = 'letter' AND direction = 'out'")).toBeGreaterThan(100);
    expect(unrecorded).toBe(0);
  });

  it('ties a disclosure to at most one record, and only to a record of the same person', () => {
    expect(
      count(`SELECT count(*) AS n FROM disclosures
             WHERE (communication_id IS NOT NULL) + (lookup_id IS NOT NULL) + (legal_step_id IS NOT NULL) > 1`),
    ).toBe(0);
    expect(
      count(`SELECT count(*) AS n FROM disclosures d
             LEFT JOIN communications c ON c.id = d.communication_id
             LEFT JOIN external_lookups l ON l.id = d.lookup_id
             LEFT JOIN legal_steps s ON s.id = d.legal_step_id
             WHERE coalesce(c.subject_id, l.subject_id, s.subject_id, d.subject_id) <> d.subject_id`),
    ).toBe(0);
  });
});
