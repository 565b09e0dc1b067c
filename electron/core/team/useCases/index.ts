/** The team's use cases (issue 15.3, 15.4): the IPC handlers and the CLI call these. */
export { takeRequest, handOverRequest } from './ownership.ts';
export { approveRequest, rejectRequest, checkFourEyes, preparersOf } from './approvals.ts';
export { workQueue, dueSoonWarning, dueSoonDays } from './workQueue.ts';
export type { QueueFilter } from './workQueue.ts';
export { teamOverview, setMemberRoles, setTeamSetting } from './teamAdministration.ts';
export type { TeamOverview } from './teamAdministration.ts';
export { expectVersion, changeAtVersion } from './requestVersion.ts';
export { teamSettings, requireRole } from './teamRules.ts';
export { requestTeamView } from './requestTeamView.ts';
