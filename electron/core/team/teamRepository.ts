import type { ApprovalEntry, RequestTeamState, TeamMember, TeamRole, TeamSettings } from '../../../shared/team/teamTypes.ts';

/**
 * The team's storage port (issue 15.3, 15.4; store.team): owners, versions, roles, four-eyes decisions
 * and the organisation's team settings. A backend only stores; the rules live in ./useCases.
 *
 * Requests are named by their reference, not by a foreign key: the team tables sit beside the request
 * register (like the audit trail, which also names requests by reference), so they migrate on either
 * backend whatever the register's own tables look like.
 */
export interface TeamRepository {
  /** Owner and version of one request (version 0, no owner, when nothing was recorded yet). */
  state(reference: string): Promise<RequestTeamState>;
  /** Owner and version of every request that has them. */
  states(): Promise<RequestTeamState[]>;
  /**
   * The request's state, held for the rest of the caller's transaction: on PostgreSQL the row is locked
   * (SELECT … FOR UPDATE), so a second clerk's change waits and then sees the first one's version; on
   * SQLite the transaction already holds the write lock. Call inside store.transaction only.
   */
  lockState(reference: string): Promise<RequestTeamState>;
  /** Moves the version on by one, recording who and when; returns the new version. Inside a transaction. */
  bumpVersion(reference: string, change: { by: string; at: string }): Promise<number>;
  /** Sets (or clears) the owner; the version is the caller's to move (bumpVersion). */
  setOwner(reference: string, owner: string | null): Promise<void>;
  /** The four-eyes decisions on a request, oldest first. */
  approvals(reference: string): Promise<ApprovalEntry[]>;
  addApproval(reference: string, entry: ApprovalEntry): Promise<void>;
  /** Every team member with their roles, by name. */
  members(): Promise<TeamMember[]>;
  /** The roles of one clerk ([] when not a member). */
  rolesOf(name: string): Promise<TeamRole[]>;
  /** Replaces a clerk's roles; [] removes them from the team. */
  setRoles(name: string, roles: readonly TeamRole[]): Promise<void>;
  /** The organisation's settings as stored; a missing one is null (the use case supplies the backend's default). */
  settings(): Promise<{ [K in keyof TeamSettings]: TeamSettings[K] | null }>;
  setSetting<K extends keyof TeamSettings>(key: K, value: TeamSettings[K]): Promise<void>;
}

/** The state of a request no team change touched yet. */
export function initialState(reference: string): RequestTeamState {
  return { reference, owner: null, version: 0, changedBy: null, changedAt: null };
}
