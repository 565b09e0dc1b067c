import type { ErrorCode } from './errorCodes.ts';

/**
 * The parameters each code is raised with (DomainError.params), so a message may quote them and a
 * test can fill every placeholder (test/shared/errors/errorMessages.test.ts). References, dates,
 * statuses, counts and field names only: never personal data.
 */
export const errorParams: Record<ErrorCode, readonly string[]> = {
  'input.invalid': ['field', 'problem'],
  'ipc.unknown-channel': [],
  'ipc.forbidden-sender': [],
  'storage.busy': [],
  'storage.failed': [],
  'output.folder-unwritable': [],
  'file.unreadable': [],
  internal: ['detail'],
  'request.not-found': ['reference'],
  'request.clerk-missing': [],
  'request.received-in-future': ['receivedOn', 'today'],
  'request.closed': ['reference', 'status'],
  'request.no-subject': ['reference'],
  'status.same': ['reference', 'status'],
  'status.closed': ['reference', 'from', 'to'],
  'status.not-allowed': ['reference', 'from', 'to', 'allowed'],
  'status.identity-required': ['reference', 'to'],
  'status.reason-required': ['reference', 'to'],
  'identity.method-required': ['reference'],
  'identity.arrived-in-future': ['reference', 'arrived', 'today'],
  'identity.arrived-before-asked': ['reference', 'arrived', 'askedOn'],
  'extension.closed': ['reference', 'status'],
  'extension.already': ['reference', 'recordedOn'],
  'extension.paused': ['reference', 'since'],
  'extension.too-late': ['reference', 'firstDue', 'recordedOn', 'daysLate'],
  // Raised by checkExtensionAllowed without a reference; the use case adds it.
  'extension.reason-required': ['reference'],
  'subject.reason-required': ['reference', 'subjectId'],
  'subject.not-linked': ['reference', 'subjectId'],
  'note.empty': ['reference'],
  'output.not-sha256': ['reference', 'fileName'],
  'redaction.unknown-reason': ['reason', 'allowed'],
  'letter.paused': ['reference'],
  'letter.refusal-reason-required': ['reference'],
  'letter.no-extension': ['reference'],
  'audit.damaged': [],
};
