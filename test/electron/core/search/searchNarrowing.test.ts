import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../electron/core/db/openDatabase.ts';
import type { DemoLandmarks } from '../../../../electron/core/demo/landmarks.ts';
import { reindexSubjects } from '../../../../electron/core/search/searchIndex.ts';
import { findSubjects } from '../../../../electron/core/search/searchSubjects.ts';
import { seedTestDatabase } from '../../../helpers/demoDatabase.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';

/**
 * Issue 14 point 2: terms that narrow (birth date, birth year, postcode, initials) narrow before the
 * result limit is applied, and the total is the true number of matching subjects, not the number shown.
 * A busy register is imitated on the demo database by adding namesakes and people sharing one birth
 * date, as a large agency has them (at 1,000,000 subjects a full name has hundreds of namesakes).
 */
describe('search narrows before the limit and counts every match', () => {
  const tempDir = useTempDirs('suite');
  let db: Db;
  let l: DemoLandmarks;
  const crowdedDate = '1984-03-12';
  let lastBornThatDay = '';
  let namesakeBorn1990 = '';

  beforeAll(() => {
    const seeded = seedTestDatabase(tempDir(), 400, 'narrowing-test');
    db = seeded.db;
    l = seeded.result.landmarks;
    const addSubject = db.prepare(
      "INSERT INTO subjects (id, birth_date, gender, created_on, source) VALUES (?, ?, 'X', '2020-01-01', 'client')",
    );
    const addName = db.prepare(
      'INSERT INTO subject_names (id, subject_id, kind, given_names, particle, surname, recorded_on, source) ' +
        "VALUES (?, ?, 'legal', ?, ?, ?, '2020-01-01', 'client')",
    );
    const added: string[] = [];
    db.transaction(() => {
      // 140 people born on the day Jan van den Berg (landmark) was born, the last of them a Zevenbergen.
      for (let i = 0; i < 140; i++) {
        const id = `S9${String(i).padStart(6, '0')}`;
        const [given, surname] = i === 139 ? ['Wietske', 'Zevenbergen'] : ['Anna', `Testnaam${String.fromCharCode(97 + (i % 26))}`];
        addSubject.run(id, crowdedDate);
        addName.run(`N${id}`, id, given, null, surname);
        added.push(id);
      }
      // 150 more namesakes of Jan van den Berg, born 1930–1979, and one born in 1990 added last.
      for (let i = 0; i < 151; i++) {
        const id = `S8${String(i).padStart(6, '0')}`;
        addSubject.run(id, i === 150 ? '1990-05-05' : `${1930 + (i % 50)}-01-01`);
        addName.run(`N${id}`, id, 'Jan', 'van den', 'Berg');
        added.push(id);
      }
      reindexSubjects(db, added);
    })();
    lastBornThatDay = added[139]!;
    namesakeBorn1990 = added[290]!;
  });

  const count = (sql: string, ...params: unknown[]) =>
    db
      .prepare(sql)
      .pluck()
      .get(...params) as number;

  it('finds the one person with a name and a full birth date shared by 140 others', () => {
    const page = findSubjects(db, 'Wietske Zevenbergen 12-03-1984', { limit: 20 });
    expect(page.results.map((r) => r.subjectId)).toContain(lastBornThatDay);
    expect(page.total).toBe(1);
  });

  it('finds the one namesake born in the year typed among 150 others with the same name', () => {
    for (const query of ['Jan van den Berg 1990', 'J. van den Berg 1990', 'Berg, Jan van den 1990']) {
      const page = findSubjects(db, query, { limit: 5 });
      expect(
        page.results.map((r) => r.subjectId),
        query,
      ).toContain(namesakeBorn1990);
      expect(page.total, query).toBe(1);
    }
  });

  it('counts every namesake in the total, not only the shown ones, and shows more for a larger limit', () => {
    // Independent count, straight from the case records: legal names "Jan van den Berg".
    const expected = count(
      "SELECT count(DISTINCT subject_id) FROM subject_names WHERE given_names = 'Jan' AND particle = 'van den' AND surname = 'Berg'",
    );
    expect(expected).toBeGreaterThan(150);
    const small = findSubjects(db, 'Jan van den Berg', { limit: 20 });
    expect(small.results.length).toBeLessThanOrEqual(20);
    expect(small.total).toBe(expected);
    const large = findSubjects(db, 'Jan van den Berg', { limit: 200 });
    expect(large.results.length).toBeGreaterThan(small.results.length);
    expect(large.total).toBe(expected);
    expect(large.results.map((r) => r.subjectId)).toEqual(expect.arrayContaining(l.namesakes));
  });

  it('counts the people born on one day for a birth date alone, not the 120 it once stopped at', () => {
    const expected = count('SELECT count(*) FROM subjects WHERE birth_date = ?', crowdedDate);
    expect(expected).toBeGreaterThan(140);
    const page = findSubjects(db, '12-03-1984', { limit: 20 });
    expect(page.results).toHaveLength(20);
    expect(page.total).toBe(expected);
  });

  it('keeps narrowing by the particle while the last word is still being typed', () => {
    const page = findSubjects(db, 'Jan van den Be', { limit: 20 });
    expect(page.results.length).toBeGreaterThan(0);
    for (const r of page.results) expect(r.displayName, r.subjectId).toMatch(/^Jan .*van den /);
  });
});
