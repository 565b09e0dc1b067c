import { DomainError } from '../../../../shared/errors/domainError.ts';
import type { TeamRole, TeamSettings } from '../../../../shared/team/teamTypes.ts';
import type { Store } from '../../store/store.ts';

/**
 * The organisation's team settings with the backend's defaults filled in (issue 15.4): a single clerk on
 * the embedded SQLite file has nobody to check or approve, so roles and four eyes are off there until
 * switched on; a team server starts with both on.
 */
export async function teamSettings(store: Store): Promise<TeamSettings> {
  const stored = await store.team.settings();
  const teamDefault = store.kind === 'postgres';
  return { roleChecks: stored.roleChecks ?? teamDefault, fourEyes: stored.fourEyes ?? teamDefault };
}

/**
 * Refuses `clerk` unless they hold `role`, when the organisation checks roles. An administrator may do
 * whatever a clerk may (they run the team), but approving stays the approver's: four eyes means someone
 * was given that task.
 */
export async function requireRole(store: Store, clerk: string, role: TeamRole): Promise<void> {
  if (!(await teamSettings(store)).roleChecks) return;
  const roles = await store.team.rolesOf(clerk);
  const holds = roles.includes(role) || (role === 'clerk' && roles.includes('administrator'));
  if (!holds) throw new DomainError('team.role-required', { role, clerk });
}
