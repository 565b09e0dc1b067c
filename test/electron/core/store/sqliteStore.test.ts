import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../../shared/errors/domainError.ts';
import { addNote, registerRequest } from '../../../../electron/core/requests/useCases/index.ts';
import { getRequest, listRequests } from '../../../../electron/core/requests/requestRepository.ts';
import { openDatabase } from '../../../../electron/core/db/openDatabase.ts';
import { readLandmarks } from '../../../../electron/core/demo/seedDatabase.ts';
import { recordTableNames } from '../../../../electron/core/db/recordTables.ts';
import { seedTestDatabase } from '../../../helpers/demoDatabase.ts';
import { sqliteStore } from '../../../../electron/core/store/sqliteStore.ts';
import { testUseCaseDeps } from '../../../helpers/useCaseDeps.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';
import { verifyAuditChain } from '../../../../electron/core/audit/auditVerify.ts';
import { testKeys } from '../../../helpers/testKeys.ts';

const letter = { receivedOn: '2026-03-05', channel: 'letter' as const, requester: { name: 'A' } };

/** The SQLite backend of the storage port as the use cases rely on it: one use case, one transaction, one after another. */
describe('sqliteStore', () => {
  const tempDir = useTempDirs();

  it('runs use cases started together one after another: no reference is handed out twice, the chain holds', async () => {
    const db = openDatabase(join(tempDir(), 's.db'), testKeys.database);
    const { on } = testUseCaseDeps(db);
    const created = await Promise.all(Array.from({ length: 12 }, () => registerRequest(on('2026-03-06'), letter)));
    expect(created.map((r) => r.reference).sort()).toEqual(
      Array.from({ length: 12 }, (_, i) => `INZ-2026-${String(i + 1).padStart(4, '0')}`),
    );
    expect(verifyAuditChain(db, testKeys.audit)).toMatchObject({ ok: true, count: 12 });
    db.close();
  });

  it('rolls back every write of a transaction that throws, audit entries included; a nested one joins it', async () => {
    const db = openDatabase(join(tempDir(), 's.db'), testKeys.database);
    const { store, on } = testUseCaseDeps(db);
    const { reference } = await registerRequest(on('2026-03-06'), letter);
    await expect(
      store.transaction(async (tx) => {
        await tx.requests.addNote(reference, { text: 'first', by: 'c', at: '2026-03-06T09:00:00.000Z' });
        await tx.audit.append({ actor: 'c', action: 'request.note', requestRef: reference }, new Date('2026-03-06T09:00:00Z'));
        // Inside a use case, another use case's transaction joins this one instead of opening a second.
        await tx.transaction(async (inner) =>
          inner.requests.addNote(reference, { text: 'second', by: 'c', at: '2026-03-06T09:00:00.000Z' }),
        );
        throw new Error('the disk filled up');
      }),
    ).rejects.toThrow(/disk filled up/);
    expect(getRequest(db, reference).notes).toEqual([]);
    expect(verifyAuditChain(db, testKeys.audit)).toMatchObject({ ok: true, count: 1 });
    // The store is usable afterwards.
    expect((await addNote(on('2026-03-07'), reference, 'after')).notes.map((n) => n.text)).toEqual(['after']);
    expect(listRequests(db)).toHaveLength(1);
    db.close();
  });
});

const recordsTempDir = useTempDirs('test');

/** The case-record, search and settings repositories of the storage port, on the SQLite backend (a second backend runs the same checks). */
describe('sqliteStore: records, search and settings', () => {
  it('answers from the demo database through the port, and a missing subject is subject.not-found', async () => {
    const { db } = seedTestDatabase(recordsTempDir(), 80);
    const landmarks = readLandmarks(db)!;
    const store = sqliteStore(db, { keys: testKeys });
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
      expect(found.results.map((r) => r.subjectId)).toContain(landmarks.heavyDebtor);
      expect(found.total).toBeGreaterThanOrEqual(found.results.length);
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
    const { db } = seedTestDatabase(recordsTempDir(), 60);
    const store = sqliteStore(db, { keys: testKeys });
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
