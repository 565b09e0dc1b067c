import { afterEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../../electron/core/clock/clock.ts';
import { migratePostgres } from '../../../../electron/core/db/postgres/postgresMigrate.ts';
import { openPostgresPool } from '../../../../electron/core/db/postgres/postgresPool.ts';
import { loadDefaultPolicy } from '../../../../electron/core/policy/loadPolicy.ts';
import { addNote, changeStatus, registerRequest } from '../../../../electron/core/requests/useCases/index.ts';
import { postgresStore } from '../../../../electron/core/store/postgresStore.ts';
import type { Store } from '../../../../electron/core/store/store.ts';
import type { UseCaseDeps } from '../../../../electron/core/store/useCaseDeps.ts';
import { refusal } from '../../../helpers/useCaseDeps.ts';
import { testKeys } from '../../../helpers/testKeys.ts';
import { usePostgresDatabases } from '../../../helpers/testPostgres.ts';

/**
 * Several clerks on one team server at once (issue 15.3): each "laptop" is its own store with its own
 * pool of connections, all writing to one database at the same moment. Reference numbers must stay
 * unique, the audit trail must stay ONE valid chain, and nothing any clerk did may be lost.
 */
const register = loadDefaultPolicy();

describe('several clerks writing to one PostgreSQL register at once', () => {
  const database = usePostgresDatabases();
  const laptops: Store[] = [];
  afterEach(async () => {
    for (const store of laptops.splice(0)) await store.close();
  });

  async function team(size: number): Promise<{ clerks: ((day: string) => UseCaseDeps)[]; stores: Store[] }> {
    const url = await database();
    const setup = openPostgresPool(url);
    await migratePostgres(setup, url);
    await setup.end();
    const stores = Array.from({ length: size }, () => postgresStore(openPostgresPool(url, { max: 4 }), url, { keys: testKeys }));
    laptops.push(...stores);
    const clerks = stores.map((store, i) => (day: string): UseCaseDeps => ({
      store,
      clock: fixedClock(day),
      clerk: { name: `clerk ${i + 1}` },
      register,
    }));
    return { clerks, stores };
  }

  it('gives every request registered at once its own reference, and one audit entry each in one valid chain', async () => {
    const { clerks, stores } = await team(4);
    const perClerk = 12;
    const registered = await Promise.all(
      clerks.flatMap((on, clerk) =>
        Array.from({ length: perClerk }, (_, i) =>
          registerRequest(on('2026-03-06'), {
            // Two years at once: each year's numbers are counted under their own lock.
            receivedOn: i % 3 === 0 ? '2025-12-30' : '2026-03-05',
            channel: 'letter',
            requester: { name: `Requester ${clerk}-${i}` },
          }),
        ),
      ),
    );
    const references = registered.map((r) => r.reference);
    expect(new Set(references).size).toBe(4 * perClerk);
    const numbered = (year: number, count: number) =>
      Array.from({ length: count }, (_, i) => `INZ-${year}-${String(i + 1).padStart(4, '0')}`);
    // Nothing rolled back, so the numbers are also without gaps here (gaps are allowed, duplicates never).
    expect([...references].sort()).toEqual([...numbered(2025, 16), ...numbered(2026, 32)]);
    const all = await stores[0]!.requests.list();
    expect(all.map((r) => r.requester.name).sort()).toEqual(registered.map((r) => r.requester.name).sort());
    const verification = await stores[3]!.audit.verify();
    expect(verification).toMatchObject({ ok: true, count: 48 });
    const trail = await stores[1]!.audit.page({ limit: 100, offset: 0 });
    expect(trail.entries.map((e) => e.requestRef).sort()).toEqual([...references].sort());
    expect(new Set(trail.entries.map((e) => e.actor))).toEqual(new Set(['clerk 1', 'clerk 2', 'clerk 3', 'clerk 4']));
  });

  it('keeps every note four clerks add to one request at once, and the searches logged meanwhile', async () => {
    const { clerks, stores } = await team(4);
    const { reference } = await registerRequest(clerks[0]!('2026-03-05'), {
      receivedOn: '2026-03-05',
      channel: 'email',
      requester: { name: 'A' },
    });
    await Promise.all([
      ...clerks.flatMap((on, clerk) => Array.from({ length: 8 }, (_, i) => addNote(on('2026-03-06'), reference, `note ${clerk}-${i}`))),
      // A search is logged outside any use case's transaction (the store wraps it in one of its own).
      ...stores.map((store, i) =>
        store.audit.append({ actor: `clerk ${i + 1}`, action: 'search', details: { results: i } }, new Date('2026-03-06T10:00:00Z')),
      ),
    ]);
    const request = (await stores[2]!.requests.find(reference))!;
    expect(request.notes.map((n) => n.text).sort()).toEqual(
      clerks.flatMap((_, clerk) => Array.from({ length: 8 }, (_, i) => `note ${clerk}-${i}`)).sort(),
    );
    expect(await stores[1]!.audit.verify()).toMatchObject({ ok: true, count: 1 + 32 + 4 });
    expect((await stores[0]!.audit.forRequest(reference)).filter((e) => e.action === 'request.note')).toHaveLength(32);
  });

  it('lets only one of two clerks close the same request at the same moment: the second decides on what the first wrote', async () => {
    const { clerks, stores } = await team(2);
    const { reference } = await registerRequest(clerks[0]!('2026-03-05'), {
      receivedOn: '2026-03-05',
      channel: 'email',
      requester: { name: 'A' },
    });
    const outcomes = await Promise.allSettled([
      changeStatus(clerks[0]!('2026-03-06'), reference, 'withdrawn', 'phoned to withdraw'),
      changeStatus(clerks[1]!('2026-03-06'), reference, 'refused', 'manifestly unfounded'),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const loser = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
    expect(await refusal(Promise.reject(loser.reason))).toMatchObject({ code: 'status.closed' });
    const request = (await stores[1]!.requests.find(reference))!;
    expect(request.statusHistory.map((h) => h.from)).toEqual([null, 'received']);
    expect((await stores[0]!.audit.forRequest(reference)).map((e) => e.action)).toEqual(['request.create', 'request.status']);
    expect(await stores[0]!.audit.verify()).toMatchObject({ ok: true, count: 2 });
  });
});
