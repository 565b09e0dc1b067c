import type { IsoDate } from '../dates/isoDate.ts';
import type { RequestStatus } from '../requests/requestStatus.ts';

/**
 * A privacy team on one store (issue 15.3 and 15.4): who owns a request, which version of it a clerk
 * saw, who may do what, and the four-eyes approval before an answer is sent. Shared by the core, the
 * CLI and the window, so all three name the same roles and settings.
 */

/** Clerk: works requests. Approver: approves or rejects them before sending. Administrator: register, certificate, team settings. */
export const teamRoles = ['clerk', 'approver', 'administrator'] as const;
export type TeamRole = (typeof teamRoles)[number];

export function isTeamRole(value: string): value is TeamRole {
  return (teamRoles as readonly string[]).includes(value);
}

export interface TeamMember {
  /** The clerk's name as it goes into the audit trail (the acting clerk's name). */
  name: string;
  roles: TeamRole[];
}

/**
 * The organisation's choices. `roleChecks`: whether roles are enforced (off by default on the single-clerk
 * SQLite store, on by default on a team server); `fourEyes`: whether an approver other than the preparing
 * clerk must approve before "sent" (Art. 5(2) and 32 GDPR: an organisational measure the controller
 * chooses, so it is a setting, not a rule of law).
 */
export interface TeamSettings {
  roleChecks: boolean;
  fourEyes: boolean;
}

/** Who owns a request, and the version a change must name (optimistic concurrency, issue 15.3). */
export interface RequestTeamState {
  reference: string;
  owner: string | null;
  /** 0 for a request nobody changed since the team tables came (no row yet). */
  version: number;
  /** Who made the change that set this version, and when (ISO 8601); null at version 0. */
  changedBy: string | null;
  changedAt: string | null;
}

export type ApprovalDecision = 'approve' | 'reject';

export interface ApprovalEntry {
  decision: ApprovalDecision;
  /** Required for a rejection (what the preparing clerk must fix); may be given with an approval. */
  reason: string | null;
  by: string;
  at: string;
  /** The request's version the decision left it at: an approval holds only while nothing changed after it. */
  version: number;
}

/** One row of the work queue: the request list sorted by due date, with its owner and version. */
export interface QueueRow {
  reference: string;
  status: RequestStatus;
  receivedOn: IsoDate;
  owner: string | null;
  version: number;
  /** The deadline in force; null while it is paused for identity information. */
  due: IsoDate | null;
  /** Days until `due` (negative: overdue); null while paused. */
  daysLeft: number | null;
  /** Open and due within seven days (or overdue): the warning on start. */
  dueSoon: boolean;
  /** The latest four-eyes decision, if any. */
  approval: ApprovalEntry | null;
}

export interface DueSoonWarning {
  count: number;
  requests: QueueRow[];
}

/** What the request screen shows of the team (the window's team panel): owner, version, decisions, what this clerk may do. */
export interface RequestTeamView {
  state: RequestTeamState;
  approvals: ApprovalEntry[];
  settings: TeamSettings;
  /** The acting clerk's name and roles (roles [] when not a member or when role checks are off). */
  clerk: string;
  roles: TeamRole[];
  /** Whether the acting clerk may approve or reject now (ready, not the preparer, approver when roles are checked). */
  mayDecide: boolean;
}
