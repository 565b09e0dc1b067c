import { describe, expect, it } from 'vitest';
import { migratePostgres } from '../../../../../electron/core/db/postgres/postgresMigrate.ts';
import { openPostgresPool } from '../../../../../electron/core/db/postgres/postgresPool.ts';
import { postgresStore } from '../../../../../electron/core/store/postgresStore.ts';
import type { Store } from '../../../../../electron/core/store/store.ts';
import { expectVersion } from '../../../../../electron/core/team/useCases/requestVersion.ts';
import { teamSettings } from '../../../../../electron/core/team/useCases/teamRules.ts';
import { useStoreBackends } from '../../../../helpers/storeBackends.ts';
import { usePostgresDatabases } from '../../../../helpers/testPostgres.ts';
import { testKeys } from '../../../../helpers/testKeys.ts';

/**
 * The team port (store.team, issue 15.3 and 15.4) gives the same answers on both backends: owners and
 * versions, four-eyes decisions, roles, team settings and their defaults, and the version check inside a
 * transaction. Requests are named by reference, so these run on the team tables alone; the use cases over
 * a whole request (register, audit) run on SQLite in test/electron/core/team/useCases, and on PostgreSQL
 * once its request register and audit trail (pg-register) are merged.
 */
describe.each(useStoreBackends())('the team repository on $name', (backend) => {
  const reference = 'INZ-2026-0007';

  it('starts a request at version 0 without owner, and moves the version by one per change with who and when', async () => {
    const store = await backend.open();
    expect(await store.team.state(reference)).toEqual({ reference, owner: null, version: 0, changedBy: null, changedAt: null });
    expect(await store.team.states()).toEqual([]);
    await store.transaction(async (tx) => {
      expect(await tx.team.bumpVersion(reference, { by: 'Anna', at: '2026-11-02T09:00:00.000Z' })).toBe(1);
      await tx.team.setOwner(reference, 'Anna');
      expect(await tx.team.bumpVersion(reference, { by: 'Bram', at: '2026-11-02T09:05:00.000Z' })).toBe(2);
    });
    const expected = { reference, owner: 'Anna', version: 2, changedBy: 'Bram', changedAt: '2026-11-02T09:05:00.000Z' };
    expect(await store.team.state(reference)).toEqual(expected);
    expect(await store.team.states()).toEqual([expected]);
    await store.transaction((tx) => tx.team.setOwner(reference, null));
    expect((await store.team.state(reference)).owner).toBeNull();
  });

  it('refuses a change naming an older version, says who changed it and when, and rolls the change back', async () => {
    const store = await backend.open();
    await store.transaction((tx) => tx.team.bumpVersion(reference, { by: 'Anna', at: '2026-11-02T09:00:00.000Z' }));
    const refused = await store
      .transaction(async (tx) => {
        await tx.team.setOwner(reference, 'Bram');
        await expectVersion(tx, reference, 0);
      })
      .catch((error: unknown) => error);
    expect(refused).toMatchObject({
      code: 'request.changed-meanwhile',
      params: { reference, by: 'Anna', at: '2026-11-02T09:00:00.000Z', seen: 0, current: 1 },
    });
    expect(await store.team.state(reference)).toMatchObject({ owner: null, version: 1 });
    await store.transaction(async (tx) => {
      await expectVersion(tx, reference, 1);
      await tx.team.bumpVersion(reference, { by: 'Bram', at: '2026-11-02T09:10:00.000Z' });
    });
    expect((await store.team.state(reference)).version).toBe(2);
  });

  it('keeps every four-eyes decision in order, and a rejection only with its reason', async () => {
    const store = await backend.open();
    const reject = { decision: 'reject' as const, reason: 'Redact the IBAN', by: 'Bram', at: '2026-11-05T11:00:00.000Z', version: 4 };
    const approve = { decision: 'approve' as const, reason: null, by: 'Bram', at: '2026-11-06T11:00:00.000Z', version: 7 };
    await store.transaction(async (tx) => {
      await tx.team.addApproval(reference, reject);
      await tx.team.addApproval(reference, approve);
    });
    expect(await store.team.approvals(reference)).toEqual([reject, approve]);
    expect(await store.team.approvals('INZ-2026-0008')).toEqual([]);
    await expect(store.transaction((tx) => tx.team.addApproval(reference, { ...reject, reason: null }))).rejects.toThrow();
    expect(await store.team.approvals(reference)).toHaveLength(2);
  });

  it('holds roles per clerk, replaced as a whole, and the team settings with the backend’s defaults', async () => {
    const store = await backend.open();
    await store.transaction(async (tx) => {
      await tx.team.setRoles('Bram', ['approver', 'clerk']);
      await tx.team.setRoles('Anna', ['administrator']);
      await tx.team.setRoles('Carla', ['clerk']);
      await tx.team.setRoles('Carla', []);
    });
    expect(await store.team.members()).toEqual([
      { name: 'Anna', roles: ['administrator'] },
      { name: 'Bram', roles: ['clerk', 'approver'] },
    ]);
    expect(await store.team.rolesOf('Bram')).toEqual(['clerk', 'approver']);
    expect(await store.team.rolesOf('Carla')).toEqual([]);

    // A single clerk's file checks nothing until switched on; a team server starts with both on.
    const teamDefault = backend.name === 'postgres';
    expect(await store.team.settings()).toEqual({ roleChecks: null, fourEyes: null });
    expect(await teamSettings(store)).toEqual({ roleChecks: teamDefault, fourEyes: teamDefault });
    await store.transaction(async (tx) => {
      await tx.team.setSetting('fourEyes', !teamDefault);
      await tx.team.setSetting('roleChecks', true);
    });
    expect(await teamSettings(store)).toEqual({ roleChecks: true, fourEyes: !teamDefault });
  });
});

/**
 * Two laptops on one server (each its own pool): both saw version 0 and change the request at once.
 * The row lock makes one wait for the other's COMMIT; it then sees version 1 and is refused, naming the
 * first. Run many times, never both succeed and no version is lost.
 */
describe('two clerks on one PostgreSQL server', () => {
  const database = usePostgresDatabases();

  it('lets exactly one of two simultaneous changes at the same version through, every time', async () => {
    const url = await database();
    const setup = openPostgresPool(url);
    await migratePostgres(setup, url);
    await setup.end();
    const laptops: Store[] = [0, 1].map(() => postgresStore(openPostgresPool(url), url, { keys: testKeys }));
    try {
      for (let round = 0; round < 20; round++) {
        const reference = `INZ-2026-${String(round + 1).padStart(4, '0')}`;
        const outcomes = await Promise.allSettled(
          laptops.map((store, clerk) =>
            store.transaction(async (tx) => {
              await expectVersion(tx, reference, 0);
              await tx.team.setOwner(reference, `clerk ${clerk}`);
              await tx.team.bumpVersion(reference, { by: `clerk ${clerk}`, at: `2026-11-02T09:00:0${clerk}.000Z` });
            }),
          ),
        );
        const won = outcomes.findIndex((o) => o.status === 'fulfilled');
        const lost = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
        expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
        expect(lost.reason).toMatchObject({ code: 'request.changed-meanwhile', params: { by: `clerk ${won}`, seen: 0, current: 1 } });
        expect(await laptops[0]!.team.state(reference)).toMatchObject({ owner: `clerk ${won}`, version: 1 });
      }
    } finally {
      for (const store of laptops) await store.close();
    }
  });
});
