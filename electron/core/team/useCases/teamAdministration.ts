import { DomainError } from '../../../../shared/errors/domainError.ts';
import type { TeamMember, TeamRole, TeamSettings } from '../../../../shared/team/teamTypes.ts';
import { isTeamRole } from '../../../../shared/team/teamTypes.ts';
import type { Store } from '../../store/store.ts';
import type { UseCaseDeps } from '../../store/useCaseDeps.ts';
import { clerkName } from '../../requests/useCases/requestUseCase.ts';
import { teamSettings } from './teamRules.ts';

/**
 * The team settings (issue 15.4): who holds which role, whether roles are checked and whether four eyes
 * are required. Administrators decide them; while role checks are off (a single clerk) anyone may, and
 * on a new team server with no administrator yet the first one may be appointed by whoever sets it up.
 */

async function requireAdministrator(store: Store, clerk: string): Promise<void> {
  if (!(await teamSettings(store)).roleChecks) return;
  const members = await store.team.members();
  const administrators = members.filter((m) => m.roles.includes('administrator'));
  if (administrators.length === 0) return;
  if (!administrators.some((m) => m.name === clerk)) throw new DomainError('team.role-required', { role: 'administrator', clerk });
}

async function inTeamTransaction<T>(deps: UseCaseDeps, work: (store: Store, clerk: string, now: Date) => Promise<T>): Promise<T> {
  const clerk = clerkName(deps);
  return deps.store.transaction((store) => work(store, clerk, deps.clock.now()));
}

export interface TeamOverview {
  settings: TeamSettings;
  members: TeamMember[];
}

export async function teamOverview(deps: Pick<UseCaseDeps, 'store'>): Promise<TeamOverview> {
  return { settings: await teamSettings(deps.store), members: await deps.store.team.members() };
}

/** Gives a clerk their roles ([] removes them). The last administrator cannot drop out while roles are checked. */
export async function setMemberRoles(deps: UseCaseDeps, name: string, roles: readonly string[]): Promise<TeamMember[]> {
  const member = name.trim();
  if (!member) throw new DomainError('input.invalid', { field: 'name', problem: 'empty' });
  const unknown = roles.find((r) => !isTeamRole(r));
  if (unknown !== undefined) throw new DomainError('team.unknown-role', { role: unknown });
  const wanted = [...new Set(roles)] as TeamRole[];
  return inTeamTransaction(deps, async (store, clerk, now) => {
    await requireAdministrator(store, clerk);
    const before = await store.team.rolesOf(member);
    await store.team.setRoles(member, wanted);
    const after = await store.team.members();
    const settings = await teamSettings(store);
    if (settings.roleChecks && before.includes('administrator') && !after.some((m) => m.roles.includes('administrator'))) {
      throw new DomainError('team.no-administrator', {});
    }
    await store.audit.append({ actor: clerk, action: 'team.roles', target: member, details: { roles: wanted, before } }, now);
    return after;
  });
}

/** Switches a team setting. Role checks can only be switched on once someone holds the administrator role. */
export async function setTeamSetting(deps: UseCaseDeps, key: keyof TeamSettings, value: boolean): Promise<TeamSettings> {
  return inTeamTransaction(deps, async (store, clerk, now) => {
    await requireAdministrator(store, clerk);
    if (key === 'roleChecks' && value) {
      const members = await store.team.members();
      if (!members.some((m) => m.roles.includes('administrator'))) throw new DomainError('team.no-administrator', {});
    }
    await store.team.setSetting(key, value);
    await store.audit.append({ actor: clerk, action: 'team.setting', target: key, details: { value } }, now);
    return teamSettings(store);
  });
}
