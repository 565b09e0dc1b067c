import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../../electron/core/db/migrate.ts';
import { teamRoles } from '../../../../electron/core/db/migrations/010_teamRoles.ts';
import { migrations } from '../../../../electron/core/db/migrations/index.ts';

const insertRequest =
  'INSERT INTO requests (reference, ref_year, ref_number, received_on, channel, ' +
  'kind, requester_name, status, created_by, created_at) VALUES (?, 2026, ' +
  "?, '2026-03-05', 'letter', 'access', 'A. Jansen', 'received', 'clerk', 'now')";

describe('010 team: owners, versions, roles, approvals, team settings (issue 15.3, 15.4)', () => {
  it('follows the migration before it, keeps the register and starts empty (role checks off: no setting row)', () => {
    const before = migrations[migrations.indexOf(teamRoles) - 1]!;
    expect(teamRoles.version).toBe(10);
    expect(teamRoles.version).toBeGreaterThan(before.version);
    const db = new Database(':memory:');
    migrate(db, { target: before.version });
    db.prepare(insertRequest).run('INZ-2026-0001', 1);
    migrate(db, { target: teamRoles.version });
    expect(schemaVersion(db)).toBe(10);
    for (const table of ['request_team', 'request_approvals', 'team_roles', 'team_settings']) {
      expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
    }
    expect(db.prepare('SELECT reference FROM requests').all()).toEqual([{ reference: 'INZ-2026-0001' }]);
  });

  it('refuses what the rules forbid: a rejection without reason, an unknown role or setting, a negative version', () => {
    const db = new Database(':memory:');
    migrate(db, { target: teamRoles.version });
    const decide = db.prepare(
      'INSERT INTO request_approvals (reference, decision, reason, decided_by, decided_at, version) VALUES (?, ?, ?, ?, ?, 1)',
    );
    decide.run('INZ-2026-0001', 'approve', null, 'B', '2026-03-09T10:00:00Z');
    expect(() => decide.run('INZ-2026-0001', 'reject', ' ', 'B', '2026-03-09T10:00:00Z')).toThrow(/CHECK/);
    expect(() => decide.run('INZ-2026-0001', 'maybe', 'x', 'B', '2026-03-09T10:00:00Z')).toThrow(/CHECK/);
    const role = db.prepare('INSERT INTO team_roles (name, role) VALUES (?, ?)');
    role.run('Anna', 'approver');
    expect(() => role.run('Anna', 'approver')).toThrow(/UNIQUE|PRIMARY/);
    expect(() => role.run('Anna', 'boss')).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO team_settings (key, value) VALUES ('colour', 1)").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO request_team (reference, version) VALUES ('INZ-2026-0002', -1)").run()).toThrow(/CHECK/);
  });
});
