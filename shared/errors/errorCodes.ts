/**
 * Every code the core may raise (DomainError). Adding one means adding its Dutch and English window
 * text (errorMessages.ts) and its CLI text (electron/cli/cliErrorMessages.ts): the type system and
 * test/shared/errors/errorMessages.test.ts refuse a code without them.
 */
export const errorCodes = [
  // Input and the IPC envelope.
  'input.invalid',
  'ipc.unknown-channel',
  'ipc.forbidden-sender',
  // Failures nobody raised on purpose, mapped to a next step (never a raw OS message or a path).
  'storage.busy',
  'storage.failed',
  'output.folder-unwritable',
  'file.unreadable',
  'internal',
  // The request register (electron/core/requests): what the rules refuse, nothing written.
  'request.not-found',
  'request.clerk-missing',
  'request.received-in-future',
  'request.closed',
  'request.no-subject',
  'status.same',
  'status.closed',
  'status.not-allowed',
  'status.identity-required',
  'status.reason-required',
  'identity.method-required',
  'identity.arrived-in-future',
  'identity.arrived-before-asked',
  'extension.closed',
  'extension.already',
  'extension.paused',
  'extension.too-late',
  'extension.reason-required',
  'subject.reason-required',
  'subject.not-linked',
  'note.empty',
  'output.not-sha256',
  'redaction.unknown-reason',
  'letter.paused',
  'letter.refusal-reason-required',
  'letter.no-extension',
  // The audit trail (electron/core/audit).
  'audit.damaged',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export function isErrorCode(value: string): value is ErrorCode {
  return (errorCodes as readonly string[]).includes(value);
}
