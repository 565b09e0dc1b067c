import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../electron/core/db/openDatabase.ts';
import type { DemoLandmarks } from '../../../../electron/core/demo/landmarks.ts';
import { readLandmarks } from '../../../../electron/core/demo/seedDatabase.ts';
import { loadSubjectProfile } from '../../../../electron/core/records/loadSubjectProfile.ts';
import { countRecords, SubjectNotFoundError, subjectRecordsLoader } from '../../../../electron/core/records/loadSubjectRecords.ts';
import { seedTestDatabase } from '../../../helpers/demoDatabase.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';

describe('loadSubjectProfile', () => {
  const suiteDir = useTempDirs('suite');
  let db: Db;
  let lm: DemoLandmarks;
  beforeAll(() => {
    db = seedTestDatabase(suiteDir(), 200, 'profile').db;
    lm = readLandmarks(db)!;
  });
  afterAll(() => db.close());
  const size = (records: Record<string, readonly unknown[] | undefined>) =>
    Object.values(records).reduce((sum, rows) => sum + (rows?.length ?? 0), 0);

  it('holds exactly the records the subject loader finds, and the organisations they name', () => {
    const profile = loadSubjectProfile(db, [lm.openAndClosedDebtor]);
    const loaded = subjectRecordsLoader(db)(lm.openAndClosedDebtor);
    expect(size(profile.records)).toBe(countRecords(loaded));
    const named = new Set(
      Object.values(profile.records).flatMap((rows) =>
        (rows ?? [])
          .flatMap((r) => [r.client_id, r.recipient_id, r.provider_id, r.authority_id, r.organisation_id])
          .filter((v) => typeof v === 'string'),
      ),
    );
    expect(new Set(profile.organisations.map((o) => o.id))).toEqual(named);
    expect(profile.thirdParties).toEqual([]);
  });

  it('brings the other parties of a shared case as third-party data, limited to that case', () => {
    const { caseId, debtor, coDebtor } = lm.sharedCase;
    const profile = loadSubjectProfile(db, [debtor]);
    expect(profile.thirdParties.map((p) => p.subjectId)).toEqual([coDebtor]);
    const party = profile.thirdParties[0]!;
    expect(party.caseIds).toEqual([caseId]);
    expect(party.records.case_parties?.map((r) => r.case_id)).toEqual([caseId]);
    // Only rows of the shared case: their names, addresses and AML checks are not in this case file (issue 12.4).
    for (const [table, rows] of Object.entries(party.records)) {
      for (const row of rows ?? []) {
        expect(row.subject_id, table).toBe(coDebtor);
        expect(row.case_id, table).toBe(caseId);
      }
    }
    expect(Object.keys(party.records)).not.toContain('aml_checks');
    expect(Object.keys(party.records)).not.toContain('subject_names');
  });

  it('merges two entries of one person into one profile without duplicates', () => {
    const [a, b] = lm.duplicatePair;
    const merged = loadSubjectProfile(db, [a, b]);
    expect(merged.subjectIds).toEqual([a, b]);
    const load = subjectRecordsLoader(db);
    expect(size(merged.records)).toBe(countRecords(load(a)) + countRecords(load(b)));
    expect(loadSubjectProfile(db, [a, a]).subjectIds).toEqual([a]);
    expect(() => loadSubjectProfile(db, ['S9999999'])).toThrow(SubjectNotFoundError);
  });
});
