import type { RequestTeamView } from '../../../../shared/team/teamTypes.ts';
import type { UseCaseDeps } from '../../store/useCaseDeps.ts';
import { loadRequest } from '../../requests/useCases/requestUseCase.ts';
import { preparersOf } from './approvals.ts';
import { teamSettings } from './teamRules.ts';

/**
 * The team's side of one request for the request screen: owner, version, the four-eyes decisions, and
 * whether the acting clerk may decide now (the same rules approve/reject check; the window only uses it
 * to offer the buttons, the use case still refuses). Reading only: no transaction, no audit entry.
 */
export async function requestTeamView(deps: Pick<UseCaseDeps, 'store' | 'clerk'>, reference: string): Promise<RequestTeamView> {
  const request = await loadRequest(deps.store, reference);
  const [state, approvals, settings] = await Promise.all([
    deps.store.team.state(reference),
    deps.store.team.approvals(reference),
    teamSettings(deps.store),
  ]);
  const clerk = deps.clerk.name.trim();
  const roles = settings.roleChecks ? await deps.store.team.rolesOf(clerk) : [];
  const mayDecide =
    request.status === 'ready' &&
    clerk.length > 0 &&
    !preparersOf(request, state.owner).includes(clerk) &&
    (!settings.roleChecks || roles.includes('approver'));
  return { state, approvals, settings, clerk, roles, mayDecide };
}
