import type { Sql } from '../db/postgres/postgresPool.ts';
import type { TeamRepository } from './teamRepository.ts';
import { initialState } from './teamRepository.ts';
import type { ApprovalRow, StateRow } from './teamRows.ts';
import { approvalOf, membersOf, stateOf } from './teamRows.ts';

const stateColumns = 'reference, owner, version, changed_by, changed_at';

/**
 * The team tables (PostgreSQL migration 005) on the shared server, where several clerks write at once.
 * lockState inserts the request's row if it is missing (ON CONFLICT DO NOTHING: of two first writers one
 * inserts, the other waits for it) and takes it FOR UPDATE: a second clerk's change to the same request
 * waits for the first's COMMIT and then reads the version that one left (READ COMMITTED re-reads the
 * locked row), so the version check in the use case cannot miss it.
 */
export function postgresTeamRepository(sql: Sql): TeamRepository {
  const ensureRow = (reference: string) =>
    sql.query('INSERT INTO request_team (reference) VALUES ($1) ON CONFLICT DO NOTHING', [reference]);
  return {
    async state(reference) {
      const { rows } = await sql.query<StateRow>(`SELECT ${stateColumns} FROM request_team WHERE reference = $1`, [reference]);
      return rows[0] ? stateOf(rows[0]) : initialState(reference);
    },
    async states() {
      const { rows } = await sql.query<StateRow>(`SELECT ${stateColumns} FROM request_team ORDER BY reference`);
      return rows.map(stateOf);
    },
    async lockState(reference) {
      await ensureRow(reference);
      const { rows } = await sql.query<StateRow>(`SELECT ${stateColumns} FROM request_team WHERE reference = $1 FOR UPDATE`, [reference]);
      return stateOf(rows[0]!);
    },
    async bumpVersion(reference, change) {
      await ensureRow(reference);
      const { rows } = await sql.query<{ version: number }>(
        'UPDATE request_team SET version = version + 1, changed_by = $1, changed_at = $2 WHERE reference = $3 RETURNING version',
        [change.by, change.at, reference],
      );
      return Number(rows[0]!.version);
    },
    async setOwner(reference, owner) {
      await ensureRow(reference);
      await sql.query('UPDATE request_team SET owner = $1 WHERE reference = $2', [owner, reference]);
    },
    async approvals(reference) {
      const { rows } = await sql.query<ApprovalRow>(
        'SELECT decision, reason, decided_by, decided_at, version FROM request_approvals WHERE reference = $1 ORDER BY id',
        [reference],
      );
      return rows.map(approvalOf);
    },
    async addApproval(reference, entry) {
      await sql.query(
        'INSERT INTO request_approvals (reference, decision, reason, decided_by, decided_at, version) VALUES ($1, $2, $3, $4, $5, $6)',
        [reference, entry.decision, entry.reason, entry.by, entry.at, entry.version],
      );
    },
    async members() {
      const { rows } = await sql.query<{ name: string; role: string }>('SELECT name, role FROM team_roles');
      return membersOf(rows);
    },
    async rolesOf(name) {
      const { rows } = await sql.query<{ name: string; role: string }>('SELECT name, role FROM team_roles WHERE name = $1', [name]);
      return membersOf(rows)[0]?.roles ?? [];
    },
    async setRoles(name, roles) {
      await sql.query('DELETE FROM team_roles WHERE name = $1', [name]);
      if (roles.length > 0) {
        await sql.query('INSERT INTO team_roles (name, role) SELECT $1, unnest($2::text[])', [name, [...roles]]);
      }
    },
    async settings() {
      const { rows } = await sql.query<{ key: string; value: boolean }>('SELECT key, value FROM team_settings');
      const value = (key: string) => rows.find((r) => r.key === key)?.value ?? null;
      return { roleChecks: value('roleChecks'), fourEyes: value('fourEyes') };
    },
    async setSetting(key, value) {
      await sql.query('INSERT INTO team_settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [
        key,
        value,
      ]);
    },
  };
}
