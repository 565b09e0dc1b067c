import { copyFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../../../electron/core/clock/clock.ts';
import type { DemoLandmarks } from '../../../../../electron/core/demo/landmarks.ts';
import { readLandmarks } from '../../../../../electron/core/demo/seedDatabase.ts';
import { openDatabase } from '../../../../../electron/core/db/openDatabase.ts';
import { loadDefaultPolicy } from '../../../../../electron/core/policy/loadPolicy.ts';
import {
  addNote,
  changeStatus,
  findRequest,
  linkSubjects,
  recordIdentity,
  registerRequest,
} from '../../../../../electron/core/requests/useCases/index.ts';
import { useRegister } from '../../../../../electron/core/settings/settingsUseCases.ts';
import { sqliteStore } from '../../../../../electron/core/store/sqliteStore.ts';
import type { Store } from '../../../../../electron/core/store/store.ts';
import type { UseCaseDeps } from '../../../../../electron/core/store/useCaseDeps.ts';
import {
  approveRequest,
  changeAtVersion,
  dueSoonWarning,
  handOverRequest,
  rejectRequest,
  setMemberRoles,
  setTeamSetting,
  takeRequest,
  teamOverview,
  workQueue,
} from '../../../../../electron/core/team/useCases/index.ts';
import { seedTestDatabase } from '../../../../helpers/demoDatabase.ts';
import { testKeys } from '../../../../helpers/testKeys.ts';
import { useTempDirs } from '../../../../helpers/tempDir.ts';
import { refusal } from '../../../../helpers/useCaseDeps.ts';

/**
 * Issue 15.3 and 15.4 on the single-clerk store (SQLite), on the demo database: owners, the work queue by
 * due date and the seven-day warning, optimistic concurrency between two clerks, roles and four eyes.
 * The same repository on PostgreSQL: test/electron/core/store/contract/teamContract.test.ts.
 */
describe('the team use cases on the SQLite store', () => {
  const suiteDir = useTempDirs('suite');
  const tempDir = useTempDirs();
  let template: string;
  let landmarks: DemoLandmarks;
  const register = loadDefaultPolicy();
  beforeAll(() => {
    const { db, file } = seedTestDatabase(suiteDir(), 120, 'team');
    landmarks = readLandmarks(db)!;
    db.close();
    template = file;
  });

  function fresh(): { store: Store; as: (clerk: string, today: string, at?: string) => UseCaseDeps } {
    const file = `${tempDir()}/copy.db`;
    copyFileSync(template, file);
    const store = sqliteStore(openDatabase(file, testKeys.database), { keys: testKeys });
    return {
      store,
      as: (clerk, today, at) => ({ store, clock: fixedClock(today, at ? new Date(at) : undefined), clerk: { name: clerk }, register }),
    };
  }

  const letter = (receivedOn: string) => ({ receivedOn, channel: 'letter' as const, requester: { name: 'Fatma Doğan' } });

  /** A request prepared up to "ready" by `clerk`, with the demo's invoice recipient linked. */
  async function readyRequest(as: (clerk: string, today: string) => UseCaseDeps, clerk: string): Promise<string> {
    const { reference } = await registerRequest(as(clerk, '2026-11-02'), letter('2026-11-02'));
    await takeRequest(as(clerk, '2026-11-02'), reference);
    await recordIdentity(as(clerk, '2026-11-03'), reference, { method: 'signature matches' });
    await linkSubjects(as(clerk, '2026-11-03'), reference, [landmarks.invoiceRecipient], { matched: ['name', 'address'] });
    await changeStatus(as(clerk, '2026-11-04'), reference, 'ready');
    return reference;
  }

  it('gives every request an owner: take, hand over, my requests, the list by due date and the seven-day warning', async () => {
    const { store, as } = fresh();
    const late = await registerRequest(as('Anna', '2026-11-20'), letter('2026-11-20'));
    const early = await registerRequest(as('Anna', '2026-11-20'), letter('2026-10-16'));
    const middle = await registerRequest(as('Anna', '2026-11-20'), letter('2026-11-02'));

    const taken = await takeRequest(as('Anna', '2026-11-20'), middle.reference);
    expect(taken).toMatchObject({ owner: 'Anna', changedBy: 'Anna' });
    await takeRequest(as('Bram', '2026-11-20'), late.reference);
    const handed = await handOverRequest(as('Bram', '2026-11-21'), late.reference, 'Anna');
    expect(handed.owner).toBe('Anna');

    const queue = await workQueue(as('Anna', '2026-11-21'));
    expect(queue.map((r) => r.reference)).toEqual([early.reference, middle.reference, late.reference]);
    expect(queue.map((r) => r.due)).toEqual(['2026-11-16', '2026-12-02', '2026-12-21']);
    expect(queue[0]).toMatchObject({ owner: null, daysLeft: -5, dueSoon: true });
    const mine = await workQueue(as('Anna', '2026-11-21'), { mine: true });
    expect(mine.map((r) => r.reference)).toEqual([middle.reference, late.reference]);
    expect(await workQueue(as('Bram', '2026-11-21'), { mine: true })).toEqual([]);

    // 2026-11-25: the first is overdue, the second due in 7 days; the third (due 21 December) is not announced.
    const warning = await dueSoonWarning(as('Anna', '2026-11-25'));
    expect(warning.count).toBe(2);
    expect(warning.requests.map((r) => [r.reference, r.daysLeft])).toEqual([
      [early.reference, -9],
      [middle.reference, 7],
    ]);
    expect((await dueSoonWarning(as('Anna', '2026-11-25'), { mine: true })).requests.map((r) => r.reference)).toEqual([middle.reference]);

    const trail = await store.audit.forRequest(late.reference);
    expect(trail.map((e) => [e.actor, e.action, e.target])).toEqual([
      ['Anna', 'request.create', null],
      ['Bram', 'request.take', 'Bram'],
      ['Bram', 'request.handover', 'Anna'],
    ]);
    expect((await store.audit.verify()).ok).toBe(true);
  });

  it('moves a request version with every audited change, and refuses the second of two clerks who saw the same one', async () => {
    const { store, as } = fresh();
    const { reference } = await registerRequest(as('Anna', '2026-11-02'), letter('2026-11-02'));
    await recordIdentity(as('Anna', '2026-11-03'), reference, { method: 'signature matches' });
    const seen = (await store.team.state(reference)).version;
    expect(seen).toBe(3); // registered, identity checked, and so "in-progress": one step per audit entry

    // Both have version 3 on screen. Anna adds a note first; Bram's status change names version 3.
    await changeAtVersion(as('Anna', '2026-11-04', '2026-11-04T10:15:00Z'), reference, seen, (deps) =>
      addNote(deps, reference, 'Called the requester.'),
    );
    const second = await refusal(
      changeAtVersion(as('Bram', '2026-11-04'), reference, seen, (deps) => changeStatus(deps, reference, 'ready')),
    );
    expect(second).toEqual({
      code: 'request.changed-meanwhile',
      params: { reference, by: 'Anna', at: '2026-11-04T10:15:00.000Z', seen: 3, current: 4 },
    });
    // Nothing of Bram's change was written: the status is unchanged and the version is Anna's.
    expect((await findRequest({ store }, reference)).status).toBe('in-progress');
    expect(await store.team.state(reference)).toMatchObject({ version: 4, changedBy: 'Anna' });
    // With the version he now sees, his change goes through.
    await changeAtVersion(as('Bram', '2026-11-04'), reference, 4, (deps) => changeStatus(deps, reference, 'ready'));
    expect((await findRequest({ store }, reference)).status).toBe('ready');
    expect((await store.team.state(reference)).version).toBe(5);
    // Taking names a version too.
    expect((await refusal(takeRequest(as('Bram', '2026-11-05'), reference, 4))).code).toBe('request.changed-meanwhile');
  });

  it('keeps role checks and four eyes off on the single-clerk store until they are switched on', async () => {
    const { store, as } = fresh();
    expect((await teamOverview({ store })).settings).toEqual({ roleChecks: false, fourEyes: false });
    const reference = await readyRequest(as, 'Anna');
    await changeStatus(as('Anna', '2026-11-05'), reference, 'sent');
    expect((await findRequest({ store }, reference)).status).toBe('sent');
    // Role checks need an administrator first, so nobody locks the team out.
    expect((await refusal(setTeamSetting(as('Anna', '2026-11-05'), 'roleChecks', true))).code).toBe('team.no-administrator');
  });

  it('four eyes: another approver approves the version sent; a rejection needs a reason, audited without its text', async () => {
    const { store, as } = fresh();
    await setMemberRoles(as('Carla', '2026-11-02'), 'Carla', ['administrator']);
    await setMemberRoles(as('Carla', '2026-11-02'), 'Anna', ['clerk', 'approver']);
    await setMemberRoles(as('Carla', '2026-11-02'), 'Bram', ['clerk', 'approver']);
    await setMemberRoles(as('Carla', '2026-11-02'), 'Dirk', ['clerk']);
    await setTeamSetting(as('Carla', '2026-11-02'), 'roleChecks', true);
    await setTeamSetting(as('Carla', '2026-11-02'), 'fourEyes', true);
    expect((await refusal(setMemberRoles(as('Anna', '2026-11-02'), 'Anna', ['administrator']))).params).toEqual({
      role: 'administrator',
      clerk: 'Anna',
    });

    // The register (and the certificate) are the administrator's while roles are checked.
    const builtIn = { file: null, check: { ok: true as const, policy: register } };
    expect((await refusal(useRegister(as('Anna', '2026-11-02'), builtIn))).params).toEqual({ role: 'administrator', clerk: 'Anna' });
    expect(await useRegister(as('Carla', '2026-11-02'), builtIn)).toMatchObject({ applied: true });

    const reference = await readyRequest(as, 'Anna');
    const version = (await store.team.state(reference)).version;
    expect((await refusal(changeStatus(as('Anna', '2026-11-05'), reference, 'sent'))).code).toBe('team.approval-required');
    expect((await refusal(approveRequest(as('Anna', '2026-11-05'), reference, version))).code).toBe('team.own-approval');
    expect((await refusal(approveRequest(as('Dirk', '2026-11-05'), reference, version))).code).toBe('team.role-required');
    expect((await refusal(rejectRequest(as('Bram', '2026-11-05'), reference, version, '  '))).code).toBe('team.reason-required');
    expect((await refusal(takeRequest(as('Erik', '2026-11-05'), reference))).params).toEqual({ role: 'clerk', clerk: 'Erik' });

    const reason = 'Redact the co-debtor’s IBAN';
    const rejection = await rejectRequest(as('Bram', '2026-11-05', '2026-11-05T11:00:00Z'), reference, version, reason);
    expect(rejection).toMatchObject({ decision: 'reject', by: 'Bram', version: version + 1 });
    expect(await refusal(changeStatus(as('Anna', '2026-11-05'), reference, 'sent'))).toEqual({
      code: 'team.approval-rejected',
      params: { reference, by: 'Bram', at: '2026-11-05T11:00:00.000Z' },
    });

    await changeStatus(as('Anna', '2026-11-06'), reference, 'in-progress');
    await changeStatus(as('Anna', '2026-11-06'), reference, 'ready');
    const approved = await approveRequest(as('Bram', '2026-11-06'), reference, (await store.team.state(reference)).version);
    // A change after the approval (here a note) makes it outdated: what is sent must be what was approved.
    await addNote(as('Dirk', '2026-11-06', '2026-11-06T15:00:00Z'), reference, 'Postal address checked.');
    expect(await refusal(changeStatus(as('Anna', '2026-11-06'), reference, 'sent'))).toEqual({
      code: 'team.approval-outdated',
      params: { reference, by: 'Dirk', at: '2026-11-06T15:00:00.000Z' },
    });
    await approveRequest(as('Bram', '2026-11-07'), reference, approved.version + 1);
    await changeStatus(as('Anna', '2026-11-07'), reference, 'sent');
    expect((await findRequest({ store }, reference)).status).toBe('sent');

    const decisions = await store.team.approvals(reference);
    expect(decisions.map((d) => [d.decision, d.by])).toEqual([
      ['reject', 'Bram'],
      ['approve', 'Bram'],
      ['approve', 'Bram'],
    ]);
    const trail = await store.audit.forRequest(reference);
    const reject = trail.find((e) => e.action === 'request.reject')!;
    expect(reject.details).toEqual({ reasonGiven: true, reasonDigest: store.audit.digest(reason) });
    expect(JSON.stringify(trail)).not.toContain('IBAN');
    expect(trail.filter((e) => e.action === 'request.approve')).toHaveLength(2);
    expect((await store.audit.verify()).ok).toBe(true);

    // The last administrator cannot leave while roles are checked.
    expect((await refusal(setMemberRoles(as('Carla', '2026-11-08'), 'Carla', ['clerk']))).code).toBe('team.no-administrator');
  });
});
