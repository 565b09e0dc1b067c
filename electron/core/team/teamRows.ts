import type { ApprovalEntry, RequestTeamState, TeamMember, TeamRole } from '../../../shared/team/teamTypes.ts';
import { isTeamRole, teamRoles } from '../../../shared/team/teamTypes.ts';

/** The row → model mapping both backends share (the columns are the same on SQLite 010 and PostgreSQL 005). */

export interface StateRow {
  reference: string;
  owner: string | null;
  version: number;
  changed_by: string | null;
  changed_at: string | null;
}

export function stateOf(row: StateRow): RequestTeamState {
  return { reference: row.reference, owner: row.owner, version: Number(row.version), changedBy: row.changed_by, changedAt: row.changed_at };
}

export interface ApprovalRow {
  decision: string;
  reason: string | null;
  decided_by: string;
  decided_at: string;
  version: number;
}

export function approvalOf(row: ApprovalRow): ApprovalEntry {
  return {
    decision: row.decision === 'reject' ? 'reject' : 'approve',
    reason: row.reason,
    by: row.decided_by,
    at: row.decided_at,
    version: Number(row.version),
  };
}

/** Rows of (name, role) → members by name, roles in the fixed order clerk, approver, administrator. */
export function membersOf(rows: readonly { name: string; role: string }[]): TeamMember[] {
  const byName = new Map<string, TeamRole[]>();
  for (const { name, role } of rows) {
    if (!isTeamRole(role)) continue;
    byName.set(name, [...(byName.get(name) ?? []), role]);
  }
  return [...byName.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, roles]) => ({ name, roles: teamRoles.filter((r) => roles.includes(r)) }));
}
