import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../../electron/core/audit/auditLog.ts';
import { openDatabase } from '../../../../electron/core/db/openDatabase.ts';
import { getRequest, listRequests } from '../../../../electron/core/requests/requestRepository.ts';
import { addNote, registerRequest } from '../../../../electron/core/requests/useCases/index.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';
import { testUseCaseDeps } from '../../../helpers/useCaseDeps.ts';

const letter = { receivedOn: '2026-03-05', channel: 'letter' as const, requester: { name: 'A' } };

/** The SQLite backend of the storage port as the use cases rely on it: one use case, one transaction, one after another. */
describe('sqliteStore', () => {
  const tempDir = useTempDirs();

  it('runs use cases started together one after another: no reference is handed out twice, the chain holds', async () => {
    const db = openDatabase(join(tempDir(), 's.db'));
    const { on } = testUseCaseDeps(db);
    const created = await Promise.all(Array.from({ length: 12 }, () => registerRequest(on('2026-03-06'), letter)));
    expect(created.map((r) => r.reference).sort()).toEqual(
      Array.from({ length: 12 }, (_, i) => `INZ-2026-${String(i + 1).padStart(4, '0')}`),
    );
    expect(verifyAuditChain(db)).toMatchObject({ ok: true, count: 12 });
    db.close();
  });

  it('rolls back every write of a transaction that throws, audit entries included; a nested one joins it', async () => {
    const db = openDatabase(join(tempDir(), 's.db'));
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
    expect(verifyAuditChain(db)).toMatchObject({ ok: true, count: 1 });
    // The store is usable afterwards.
    expect((await addNote(on('2026-03-07'), reference, 'after')).notes.map((n) => n.text)).toEqual(['after']);
    expect(listRequests(db)).toHaveLength(1);
    db.close();
  });
});
