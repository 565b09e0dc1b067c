import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../electron/core/db/openDatabase.ts';
import type { DemoLandmarks } from '../../../../electron/core/demo/landmarks.ts';
import { namesakeListLimit, namesakesOf } from '../../../../electron/core/search/namesakes.ts';
import { reindexSubjects } from '../../../../electron/core/search/searchIndex.ts';
import { searchSubjects } from '../../../../electron/core/search/searchUseCases.ts';
import { seedTestDatabase } from '../../../helpers/demoDatabase.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';
import { testUseCaseDeps } from '../../../helpers/useCaseDeps.ts';

/** Adds entries named "Jan van den Berg" (as an import would: records, then the search index for them). */
function addJans(db: Db, births: string[], batch = 'A'): string[] {
  const ids = births.map((birthDate, i) => {
    const id = `S-NAMESAKE-${batch}${i + 1}`;
    db.prepare("INSERT INTO subjects (id, birth_date, created_on, source) VALUES (?, ?, '2024-01-01', 'client')").run(id, birthDate);
    db.prepare(
      'INSERT INTO subject_names (id, subject_id, kind, given_names, initials, particle, surname, recorded_on, source) ' +
        "VALUES (?, ?, 'legal', 'Jan', 'J.', 'van den', 'Berg', '2024-01-01', 'client')",
    ).run(`NAM-NAMESAKE-${batch}${i + 1}`, id);
    return id;
  });
  reindexSubjects(db, ids);
  return ids;
}

describe('namesakes: every entry in the database with the same name, not only those on screen', () => {
  const tempDir = useTempDirs('suite');
  let db: Db;
  let l: DemoLandmarks;
  let added: string[];
  beforeAll(() => {
    const seeded = seedTestDatabase(tempDir(), 400, 'namesake-test');
    db = seeded.db;
    l = seeded.result.landmarks;
    added = addJans(db, ['1990-05-01', '1955-11-23']);
  });

  it('finds all four Jan van den Bergs by name, however the name is written, with what tells them apart', () => {
    const [janA, janB] = l.namesakes;
    const found = namesakesOf(db, ['Jan van den Berg', 'JAN VAN DEN BÉRG']);
    expect([...found.keys()]).toEqual(['jan van den berg']);
    const { entries, total } = found.get('jan van den berg')!;
    expect(total).toBe(4);
    expect(entries.map((e) => e.subjectId).sort()).toEqual([janA, janB, ...added].sort());
    expect(entries.find((e) => e.subjectId === added[0])).toEqual({
      subjectId: added[0],
      birthDate: '1990-05-01',
      address: null,
      caseCount: 0,
    });
    expect(entries.find((e) => e.subjectId === janA)!.address).toMatch(/Amsterdam/);
    // "Berg" alone is another name: the namesakes of "Jan van den Berg" are not everyone with those words.
    expect(namesakesOf(db, ['Jan Berg']).get('jan berg')?.total ?? 0).toBe(0);
  });

  it('the search lists every namesake on each card, also those the result limit left out (issue 14.2)', async () => {
    const deps = testUseCaseDeps(db).on('2026-11-23');
    // Limit 1: the birth year ranks Jan of 1984 first and only he is on screen.
    const { groups } = await searchSubjects(deps, { query: 'Jan van den Berg 1984', limit: 1 });
    const [janA, janB] = l.namesakes;
    const jan = groups.find((g) => g.subjectId === janA)!;
    expect(jan).toBeDefined();
    expect(groups.map((g) => g.subjectId)).not.toContain(janB);
    expect(jan.namesakes.map((n) => n.subjectId).sort()).toEqual([janB, ...added].sort());
    expect(jan.namesakeCount).toBe(3);
    expect(jan.namesakes.find((n) => n.subjectId === added[1])).toMatchObject({ birthDate: '1955-11-23' });
  });

  it('counts what it does not list when a name is very common', () => {
    const more = addJans(
      db,
      Array.from({ length: namesakeListLimit }, (_, i) => `19${10 + (i % 80)}-01-01`),
      'B',
    ).length;
    const { entries, total } = namesakesOf(db, ['Jan van den Berg']).get('jan van den berg')!;
    expect(entries).toHaveLength(namesakeListLimit);
    expect(total).toBe(4 + more);
  });
});
