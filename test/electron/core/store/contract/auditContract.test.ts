import type pg from 'pg';
import { describe, expect, it } from 'vitest';
import { auditCheckpoint, exportRequestHistory, listAudit, verifyAudit } from '../../../../../electron/core/audit/auditUseCases.ts';
import { fixedClock } from '../../../../../electron/core/clock/clock.ts';
import type { Db } from '../../../../../electron/core/db/openDatabase.ts';
import { loadDefaultPolicy } from '../../../../../electron/core/policy/loadPolicy.ts';
import { addNote, changeStatus, registerRequest } from '../../../../../electron/core/requests/useCases/index.ts';
import { postgresStore } from '../../../../../electron/core/store/postgresStore.ts';
import { sqliteStore } from '../../../../../electron/core/store/sqliteStore.ts';
import type { Store } from '../../../../../electron/core/store/store.ts';
import type { UseCaseDeps } from '../../../../../electron/core/store/useCaseDeps.ts';
import { useStoreBackends } from '../../../../helpers/storeBackends.ts';
import { otherKeys } from '../../../../helpers/testKeys.ts';

/**
 * The storage contract of the audit trail (issue 15.5; Art. 5(2) GDPR): on both backends the use cases
 * leave the same keyed chain, verify, checkpoint and page it the same way, and the same tampering is
 * caught and named the same way. Tampering goes around the app with each backend's own SQL, as someone
 * holding the database (or the server's owner role) would.
 */
const register = loadDefaultPolicy();
const at =
  (day: string) =>
  (store: Store): UseCaseDeps => ({ store, clock: fixedClock(day), clerk: { name: 'M. de Vries' }, register });

/** Raw SQL around the app: the SQLite file's connection, or the server's pool. */
function sqlOf(store: Store): (sqlite: string, postgres: string) => Promise<void> {
  return async (sqlite, postgres) => {
    if (store.kind === 'sqlite') (store as Store & { db: Db }).db.exec(sqlite);
    else await (store as Store & { pool: pg.Pool }).pool.query(postgres);
  };
}

/** A short history: two requests, a note, a status change and a search logged outside any use case's transaction. */
async function history(store: Store): Promise<string> {
  const { reference } = await registerRequest(at('2026-03-05')(store), {
    receivedOn: '2026-03-05',
    channel: 'letter',
    requester: { name: 'A' },
  });
  await registerRequest(at('2026-03-05')(store), { receivedOn: '2026-03-04', channel: 'email', requester: { name: 'B' } });
  await addNote(at('2026-03-06')(store), reference, 'phoned');
  await store.audit.append(
    { actor: 'M. de Vries', action: 'search', details: { queryDigest: store.audit.digest('Jansen 1970-01-01'), results: 3 } },
    new Date('2026-03-06T10:00:00Z'),
  );
  await changeStatus(at('2026-03-07')(store), reference, 'withdrawn', 'asked to stop');
  return reference;
}

describe('the audit trail on both backends', () => {
  const backends = useStoreBackends();

  it('keeps the same chain and answers the audit use cases the same', async () => {
    const answers = [];
    for (const backend of backends) {
      const store = await backend.open();
      const reference = await history(store);
      const deps = at('2026-03-08')(store);
      const checkpoint = await auditCheckpoint(deps);
      const answer = {
        verification: await verifyAudit(deps),
        checkpoint,
        page: await listAudit(deps, { limit: 2, offset: 1 }),
        ofRequest: await listAudit(deps, { limit: 10, offset: 0, requestRef: reference }),
        exported: await exportRequestHistory(deps, reference),
        digest: store.audit.digest('Jansen 1970-01-01'),
      };
      expect(answer.verification, backend.name).toEqual({ ok: true, count: 5, headHash: checkpoint.head, keyedFrom: 1, unkeyedEntries: 0 });
      expect(answer.page.total).toBe(5);
      expect(answer.page.entries.map((e) => e.seq)).toEqual([4, 3]);
      expect(answer.ofRequest.entries.map((e) => e.action)).toEqual(['request.status', 'request.note', 'request.create']);
      expect(answer.exported.entries.map((e) => e.seq)).toEqual([1, 3, 5]);
      // Later entries do not invalidate an earlier checkpoint; a checkpoint from elsewhere is refused.
      await store.audit.append({ actor: 'M. de Vries', action: 'search' }, new Date('2026-03-09T09:00:00Z'));
      expect(await store.audit.verify(checkpoint)).toMatchObject({ ok: true, count: 6, checkpoint: { count: 5 } });
      await expect(store.audit.verify({ ...checkpoint, mac: '0'.repeat(64) })).rejects.toMatchObject({
        code: 'audit.checkpoint-unauthentic',
      });
      answers.push(answer);
    }
    expect(answers[1]).toEqual(answers[0]);
  });

  it('refuses ordinary SQL that would change or remove entries, on both', async () => {
    for (const backend of backends) {
      const store = await backend.open();
      await history(store);
      const sql = sqlOf(store);
      await expect(sql("UPDATE audit_log SET actor = 'x' WHERE seq = 1", "UPDATE audit_log SET actor = 'x' WHERE seq = 1")).rejects.toThrow(
        /append-only/,
      );
      await expect(sql('DELETE FROM audit_log WHERE seq = 5', 'DELETE FROM audit_log WHERE seq = 5')).rejects.toThrow(/append-only/);
      await expect(sql('DELETE FROM audit_anchor', 'DELETE FROM audit_anchor')).rejects.toThrow(/anchor cannot be deleted/);
      expect(await store.audit.verify(), backend.name).toMatchObject({ ok: true, count: 5 });
    }
  });

  const tamperings = [
    {
      what: 'an edited entry',
      sqlite: "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = 'someone else' WHERE seq = 2",
      postgres: "ALTER TABLE audit_log DISABLE TRIGGER USER; UPDATE audit_log SET actor = 'someone else' WHERE seq = 2",
      reason: { kind: 'changed', seq: 2, maybeOtherInstallation: false },
    },
    {
      what: 'a removed middle entry',
      sqlite: 'DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq = 3',
      postgres: 'ALTER TABLE audit_log DISABLE TRIGGER USER; DELETE FROM audit_log WHERE seq = 3',
      reason: { kind: 'missing', from: 3, to: 3, after: 2 },
    },
    {
      what: 'the last entry cut off',
      sqlite: 'DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq = 5',
      postgres: 'ALTER TABLE audit_log DISABLE TRIGGER USER; DELETE FROM audit_log WHERE seq = 5',
      reason: { kind: 'cut-off', count: 4, written: 5 },
    },
  ];

  it.each(tamperings)('names $what the same way on both', async ({ sqlite, postgres, reason }) => {
    for (const backend of backends) {
      const store = await backend.open();
      await history(store);
      await sqlOf(store)(sqlite, postgres);
      expect(await store.audit.verify(), backend.name).toMatchObject({ ok: false, reason });
    }
  });

  it('refuses to extend the chain under another installation’s key, on both', async () => {
    for (const backend of backends) {
      const store = await backend.open();
      await history(store);
      // The same database opened with the wrong key (a copied file, another team's INZAGE_KEY).
      const foreign =
        store.kind === 'sqlite'
          ? sqliteStore((store as Store & { db: Db }).db, { keys: otherKeys })
          : postgresStore((store as Store & { pool: pg.Pool }).pool, 'postgres://test', { keys: otherKeys });
      await expect(foreign.audit.append({ actor: 'x', action: 'search' }, new Date('2026-03-09T09:00:00Z'))).rejects.toMatchObject({
        code: 'audit.key-mismatch',
      });
      await expect(foreign.audit.checkpoint(new Date('2026-03-09T09:00:00Z'))).rejects.toMatchObject({ code: 'audit.key-mismatch' });
      expect(await foreign.audit.verify(), backend.name).toMatchObject({ ok: false, firstBad: 1, reason: { kind: 'changed', seq: 1 } });
      expect(await store.audit.verify()).toMatchObject({ ok: true, count: 5 });
    }
  });
});
