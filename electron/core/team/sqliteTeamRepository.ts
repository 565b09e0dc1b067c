import type { Db } from '../db/openDatabase.ts';
import { prepared } from '../db/preparedStatement.ts';
import type { TeamRepository } from './teamRepository.ts';
import { initialState } from './teamRepository.ts';
import type { ApprovalRow, StateRow } from './teamRows.ts';
import { approvalOf, membersOf, stateOf } from './teamRows.ts';

/**
 * The team tables (migration 010) on the embedded SQLite file. It runs inside the caller's transaction;
 * a store transaction is BEGIN IMMEDIATE, so lockState needs no row lock: nobody else writes meanwhile.
 */
export function sqliteTeamRepository(db: Db): TeamRepository {
  const stateRow = (reference: string) =>
    prepared(db, 'SELECT reference, owner, version, changed_by, changed_at FROM request_team WHERE reference = ?').get(reference) as
      StateRow | undefined;
  const ensureRow = (reference: string) =>
    prepared(db, 'INSERT INTO request_team (reference) VALUES (?) ON CONFLICT DO NOTHING').run(reference);
  return {
    async state(reference) {
      const row = stateRow(reference);
      return row ? stateOf(row) : initialState(reference);
    },
    async states() {
      return (
        prepared(db, 'SELECT reference, owner, version, changed_by, changed_at FROM request_team ORDER BY reference').all() as StateRow[]
      ).map(stateOf);
    },
    async lockState(reference) {
      const row = stateRow(reference);
      return row ? stateOf(row) : initialState(reference);
    },
    async bumpVersion(reference, change) {
      ensureRow(reference);
      const row = prepared(
        db,
        'UPDATE request_team SET version = version + 1, changed_by = ?, changed_at = ? WHERE reference = ? RETURNING version',
      ).get(change.by, change.at, reference) as { version: number };
      return row.version;
    },
    async setOwner(reference, owner) {
      ensureRow(reference);
      prepared(db, 'UPDATE request_team SET owner = ? WHERE reference = ?').run(owner, reference);
    },
    async approvals(reference) {
      const rows = prepared(
        db,
        'SELECT decision, reason, decided_by, decided_at, version FROM request_approvals WHERE reference = ? ORDER BY id',
      ).all(reference) as ApprovalRow[];
      return rows.map(approvalOf);
    },
    async addApproval(reference, entry) {
      prepared(
        db,
        'INSERT INTO request_approvals (reference, decision, reason, decided_by, decided_at, version) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(reference, entry.decision, entry.reason, entry.by, entry.at, entry.version);
    },
    async members() {
      return membersOf(prepared(db, 'SELECT name, role FROM team_roles').all() as { name: string; role: string }[]);
    },
    async rolesOf(name) {
      return (
        membersOf(prepared(db, 'SELECT name, role FROM team_roles WHERE name = ?').all(name) as { name: string; role: string }[])[0]
          ?.roles ?? []
      );
    },
    async setRoles(name, roles) {
      prepared(db, 'DELETE FROM team_roles WHERE name = ?').run(name);
      for (const role of roles) prepared(db, 'INSERT INTO team_roles (name, role) VALUES (?, ?)').run(name, role);
    },
    async settings() {
      const rows = prepared(db, 'SELECT key, value FROM team_settings').all() as { key: string; value: number }[];
      const value = (key: string) => {
        const row = rows.find((r) => r.key === key);
        return row ? row.value === 1 : null;
      };
      return { roleChecks: value('roleChecks'), fourEyes: value('fourEyes') };
    },
    async setSetting(key, value) {
      prepared(db, 'INSERT INTO team_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
        key,
        value ? 1 : 0,
      );
    },
  };
}
