import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../helpers/cliHarness.ts';
import { seedTestDatabase } from '../../helpers/demoDatabase.ts';
import { useTempDirs } from '../../helpers/tempDir.ts';

/** Several clerks through the command line (issue 15.3, 15.4): owners, the queue, --version, roles and four eyes. */
describe('inzage request take|handover|approve|reject, list --mine, due and inzage team', () => {
  const tempDir = useTempDirs('suite');
  let template = '';
  beforeAll(() => {
    template = seedTestDatabase(tempDir(), 40, 'cli-team').file;
  });

  async function fresh(): Promise<(clerk: string, today: string, ...args: string[]) => ReturnType<typeof cli>> {
    const file = join(tempDir(), 'team.db');
    copyFileSync(template, file);
    return (clerk, today, ...args) => cli([...args, '--db', file, '--clerk', clerk], { INZAGE_TODAY: today });
  }

  const register = (run: Awaited<ReturnType<typeof fresh>>, received: string) =>
    run('Anna', received, 'request', 'new', '--received', received, '--channel', 'letter', '--requester', 'A. Jansen');

  it('takes and hands over, lists by due date with owner and version, and warns of what is due within seven days', async () => {
    const run = await fresh();
    await register(run, '2026-11-02');
    await register(run, '2026-10-16');
    expect((await run('Bram', '2026-11-20', 'request', 'take', 'INZ-2026-0001')).out).toBe('INZ-2026-0001  owner Bram, version 2\n');
    const handed = await run('Bram', '2026-11-20', 'request', 'handover', 'INZ-2026-0001', '--to', 'Anna', '--version', '2');
    expect(handed.out).toBe('INZ-2026-0001  owner Anna, version 3\n');

    const list = JSON.parse((await run('Anna', '2026-11-20', 'request', 'list', '--json')).out) as { reference: string; owner: string }[];
    expect(list.map((r) => [r.reference, r.owner])).toEqual([
      ['INZ-2026-0002', null],
      ['INZ-2026-0001', 'Anna'],
    ]);
    const mine = await run('Anna', '2026-11-20', 'request', 'list', '--mine');
    expect(mine.out).toMatch(/^INZ-2026-0001 {2}2026-11-02 {2}received +v3 +Anna +due 2026-12-02, 12 day\(s\) left\n$/);
    expect((await run('Bram', '2026-11-20', 'request', 'list', '--mine')).out).toBe('No requests of yours.\n');

    const soon = await run('Anna', '2026-11-25', 'request', 'due');
    expect(soon.out).toBe(
      '2 open request(s) due within seven days or overdue:\n' +
        '  INZ-2026-0002  due 2026-11-16, OVERDUE by 9 day(s)  owner —\n' +
        '  INZ-2026-0001  due 2026-12-02, 7 day(s) left  owner Anna\n',
    );
  });

  it('refuses a change at an older version, naming who changed it and when, and saves nothing', async () => {
    const run = await fresh();
    await register(run, '2026-11-02');
    expect((await run('Anna', '2026-11-03', 'request', 'note', 'INZ-2026-0001', 'Called back.', '--version', '1')).code).toBe(0);
    const late = await run('Bram', '2026-11-03', 'request', 'note', 'INZ-2026-0001', 'Letter received.', '--version', '1');
    expect(late.code).toBe(1);
    expect(late.err).toMatch(/^inzage request: INZ-2026-0001 was changed by Anna at \S+ \(version 2, you saw 1\); nothing was saved/);
    const shown = JSON.parse((await run('Bram', '2026-11-03', 'request', 'show', 'INZ-2026-0001', '--json')).out) as { notes: unknown[] };
    expect(shown.notes).toHaveLength(1);
    expect((await run('Bram', '2026-11-03', 'request', 'take', 'INZ-2026-0001', '--version', 'x')).code).toBe(2);
  });

  it('sets roles and four eyes with inzage team, then needs another approver before "sent"', async () => {
    const run = await fresh();
    expect((await run('Carla', '2026-11-02', 'team', 'setting', 'role-checks', 'on')).err).toMatch(/appoint one first/);
    await run('Carla', '2026-11-02', 'team', 'role', 'set', 'Carla', 'administrator');
    await run('Carla', '2026-11-02', 'team', 'role', 'set', 'Anna', 'clerk');
    await run('Carla', '2026-11-02', 'team', 'role', 'set', 'Bram', 'clerk', 'approver');
    await run('Carla', '2026-11-02', 'team', 'setting', 'role-checks', 'on');
    expect((await run('Carla', '2026-11-02', 'team', 'setting', 'four-eyes', 'on')).out).toBe('role checks on, four eyes required\n');
    expect((await run('Anna', '2026-11-02', 'team', 'role', 'list')).out).toBe(
      'role checks on, four eyes required\n  Anna: clerk\n  Bram: clerk, approver\n  Carla: administrator\n',
    );
    expect((await run('Anna', '2026-11-02', 'team', 'role', 'set', 'Anna', 'approver')).err).toMatch(/role "administrator"/);

    await register(run, '2026-11-02');
    await run('Anna', '2026-11-02', 'request', 'take', 'INZ-2026-0001');
    await run('Anna', '2026-11-03', 'request', 'identity', 'INZ-2026-0001', '--method', 'signature matches');
    await run('Anna', '2026-11-04', 'request', 'status', 'INZ-2026-0001', 'ready');
    const refused = await run('Anna', '2026-11-04', 'request', 'status', 'INZ-2026-0001', 'sent');
    expect(refused.err).toMatch(/not approved yet/);
    const listed = JSON.parse((await run('Bram', '2026-11-04', 'request', 'list', '--json')).out) as { version: number }[];
    const version = String(listed[0]!.version);
    expect((await run('Bram', '2026-11-04', 'request', 'reject', 'INZ-2026-0001', '--version', version)).code).toBe(2);
    expect((await run('Bram', '2026-11-04', 'request', 'approve', 'INZ-2026-0001', '--version', version)).out).toMatch(
      /^INZ-2026-0001 {2}approved by Bram/,
    );
    const sent = await run('Anna', '2026-11-05', 'request', 'status', 'INZ-2026-0001', 'sent');
    expect(sent.code).toBe(0);
    const shown = JSON.parse((await run('Carla', '2026-11-05', 'request', 'show', 'INZ-2026-0001', '--json')).out) as { status: string };
    expect(shown.status).toBe('sent');
  });
});
