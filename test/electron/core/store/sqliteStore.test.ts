import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../../shared/errors/domainError.ts';
import { recordTableNames } from '../../../../electron/core/db/recordTables.ts';
import { readLandmarks } from '../../../../electron/core/demo/seedDatabase.ts';
import { sqliteStore } from '../../../../electron/core/store/sqliteStore.ts';
import { seedTestDatabase } from '../../../helpers/demoDatabase.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';

const tempDir = useTempDirs('test');

/** The case-record, search and settings repositories of the storage port, on the SQLite backend (a second backend runs the same checks). */
describe('sqliteStore: records, search and settings', () => {
  it('answers from the demo database through the port, and a missing subject is subject.not-found', async () => {
    const { db } = seedTestDatabase(tempDir(), 80);
    const landmarks = readLandmarks(db)!;
    const store = sqliteStore(db);
    try {
      const counts = await store.records.countPerTable();
      for (const table of recordTableNames) expect(counts[table]).toBe(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number);
      expect(await store.records.countSubjects()).toBe(counts.subjects);
      expect((await store.records.subjectIds()).length).toBe(counts.subjects);
      expect(await store.records.isDemo()).toBe(true);
      expect((await store.records.databaseInfo()).meta['demo.seed']).toBe('test-seed');

      const records = await store.records.subjectRecords(landmarks.heavyDebtor);
      expect(records.records.subjects).toHaveLength(1);
      const name = await store.records.displayName(landmarks.heavyDebtor);
      expect(name).not.toBeNull();
      const found = await store.search.search(name!, { limit: 5 });
      expect(found.map((r) => r.subjectId)).toContain(landmarks.heavyDebtor);
      const profile = await store.records.subjectProfile([landmarks.sharedCase.debtor]);
      expect(profile.thirdParties.map((p) => p.subjectId)).toContain(landmarks.sharedCase.coDebtor);

      const missing = store.records.subjectRecords('S9999999');
      await expect(missing).rejects.toBeInstanceOf(DomainError);
      await expect(missing).rejects.toMatchObject({ code: 'subject.not-found', params: { subjectId: 'S9999999' } });
    } finally {
      await store.close();
    }
  });

  it('keeps the settings it was given and rolls back the database writes of a failed transaction', async () => {
    const { db } = seedTestDatabase(tempDir(), 60);
    const store = sqliteStore(db);
    try {
      await store.settings.write({ clerkName: 'Eva Bos' });
      expect((await store.settings.read()).clerkName).toBe('Eva Bos');
      await expect(
        store.transaction(async (inner) => {
          db.prepare("INSERT INTO meta (key, value) VALUES ('test.key', 'x')").run();
          expect(inner.records).toBe(store.records);
          throw new Error('undo');
        }),
      ).rejects.toThrow('undo');
      expect(db.prepare("SELECT count(*) FROM meta WHERE key = 'test.key'").pluck().get()).toBe(0);
    } finally {
      await store.close();
    }
  });
});
