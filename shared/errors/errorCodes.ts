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
  'storage.waiting-import',
  'storage.waiting-writer',
  'storage.failed',
  'output.folder-unwritable',
  'file.unreadable',
  'internal',
  // The installation's keys (electron/core/keys): missing or unusable, nothing opened.
  'keys.invalid',
  'keys.missing',
  // The case database is encrypted (issue 13.7): opened with another installation's key, or not at all.
  'database.key-wrong',
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
  'pause.after-due',
  'pause.identity-verified',
  'extension.closed',
  'extension.already',
  'extension.paused',
  'extension.too-late',
  'extension.reason-required',
  'subject.reason-required',
  'subject.not-linked',
  // issue 14.2: an entry dismissed for a request is linked only on purpose
  'subject.rejected-before',
  'note.empty',
  'output.not-sha256',
  'redaction.unknown-reason',
  'redaction.record-not-found',
  'redaction.field-unknown',
  'redaction.unresolved',
  'redaction.lift-nothing',
  'redaction.lift-reason-required',
  'redaction.lift-unconfirmed',
  'redaction.lift-reason-missing',
  // The review screen's features (issue 14.3): the reason "other" explained, a whole case withheld, a category marked reviewed.
  'redaction.note-required',
  'redaction.case-not-found',
  'review.category-unknown',
  'letter.paused',
  'letter.refusal-reason-required',
  'letter.no-extension',
  'letter.extension-too-late',
  'letter.postal-address-missing',
  'letter.reason-language',
  'letter.no-data-not-applicable',
  'letter.not-referred',
  'letter.controller-required',
  // Letters that leave the app (issue 14.8): fixed once saved or printed.
  'letter.fixed',
  'letter.not-fixed',
  'controller.unknown',
  'outcome.subjects-linked',
  'outcome.instruction-provide',
  'processor.not-processor-only',
  'processor.referral-required',
  'processor.instruction-missing',
  // The audit trail (electron/core/audit).
  'audit.damaged',
  'audit.key-mismatch',
  'audit.checkpoint-invalid',
  'audit.checkpoint-unauthentic',
  // Destructive actions (electron/core/demo): only on the demo database, only when confirmed.
  'demo.not-demo-database',
  'demo.confirmation-mismatch',
  // Case records, search, import, extract and export, settings (use cases of records/, search/, importer/, output/, settings/).
  'file.not-found',
  'subject.not-found',
  // The review in parts (issue 14.9): a page asked for a category the person's extract does not have.
  'review.category-not-in-review',
  'import.invalid-record',
  'import.failed',
  'export.not-exported',
  'export.failed',
  'register.invalid',
  'register.unreadable',
  'certificate.unreadable',
  'certificate.not-pkcs12',
  'certificate.wrong-passphrase',
  'certificate.incomplete',
  'certificate.expired',
  'certificate.not-yet-valid',
  'certificate.not-chosen',
  'certificate.passphrase-needed',
  'trust-anchor.invalid',
  'settings.not-chosen-in-dialog',
  'output.folder-invalid',
  // team-roles (issue 15.3, 15.4): versions, owners, roles and four eyes (electron/core/team).
  'request.changed-meanwhile',
  'team.role-required',
  'team.not-owner',
  'team.not-a-clerk',
  'team.reason-required',
  'team.not-ready',
  'team.own-approval',
  'team.approval-required',
  'team.approval-rejected',
  'team.approval-outdated',
  'team.unknown-role',
  'team.no-administrator',
  // team-wiring (issue 15.1): the team's PostgreSQL server, as the app and the CLI connect to it.
  'team.schema-outdated',
  'team.schema-too-new',
  'team.unreachable',
  'team.login-refused',
  'team.database-missing',
  'team.url-invalid',
  'team.needs-file',
  'team.password-not-kept',
  // documents skeleton (issue 16.1): the case file's documents in the store.
  'document.not-found',
  'document.file-missing',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export function isErrorCode(value: string): value is ErrorCode {
  return (errorCodes as readonly string[]).includes(value);
}
