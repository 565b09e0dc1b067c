/**
 * The names of every IPC channel and push event, and nothing else: the sandboxed preload imports
 * this file alone, so it must stay free of zod and of any other module (architecture.md, IPC contract).
 */
export const channelNames = [
  'app:info',
  'settings:get',
  'settings:update',
  'settings:useRegister',
  'settings:useCertificate',
  'settings:forgetCertificate',
  'settings:useOutputFolder',
  'settings:addTrustAnchor',
  'settings:removeTrustAnchor',
  'dialog:chooseFile',
  'dialog:chooseFolder',
  'stats:get',
  'search:subjects',
  'request:list',
  'request:create',
  'request:get',
  'request:linkSubjects',
  'request:setStatus',
  'request:rejectSubject',
  'request:unlinkSubject',
  'request:addNote',
  'request:checkIdentity',
  'request:extend',
  'request:setRepresentative',
  'request:closeWithOutcome',
  'request:referToController',
  'request:recordInstruction',
  'redaction:add',
  'redaction:remove',
  'extract:preview',
  // The review screen's decisions (issue 14.3): a whole case withheld, a category marked reviewed.
  'redaction:withholdCase',
  'review:marks',
  'review:mark',
  'review:unreviewed',
  'extract:previewPdf',
  'extract:review',
  'extract:page',
  'export:start',
  'export:verify',
  'export:openFolder',
  'audit:list',
  'audit:verify',
  'report:summary',
  'retention:overdue',
  'demo:rebuild',
  // Letters that leave the app (issue 14.8).
  'letter:fix',
  'letter:savePdf',
  'letter:print',
  // Several clerks, roles and four eyes (issue 15.3, 15.4; team-roles).
  'team:queue',
  'team:dueSoon',
  'team:request',
  'team:take',
  'team:handOver',
  'team:approve',
  'team:reject',
  // Settings → Team database (issue 15.1; team-wiring).
  'settings:testTeamDatabase',
  'settings:useTeamDatabase',
  // docs-window (issue 16.3, 16.5): a request's documents in the review, possible mentions, redactions inside documents.
  'document:list',
  'document:view',
  'document:file',
  'document:decideMention',
  'document:redact',
  'document:liftRedaction',
  // docs-readjob (issue 16.2): reading the documents' text as a job.
  'document:read',
] as const;
export type ChannelName = (typeof channelNames)[number];

/** Push events from the main process to the window (progress of long work). */
export const eventNames = ['job:progress', 'job:done'] as const;
export type EventName = (typeof eventNames)[number];

export function isChannelName(value: unknown): value is ChannelName {
  return typeof value === 'string' && (channelNames as readonly string[]).includes(value);
}

export function isEventName(value: unknown): value is EventName {
  return typeof value === 'string' && (eventNames as readonly string[]).includes(value);
}
