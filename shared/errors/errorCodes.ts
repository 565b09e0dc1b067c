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
  // Case records, search, import, extract and export, settings (use cases of records/, search/, importer/, output/, settings/).
  'file.not-found',
  'subject.not-found',
  'import.invalid-record',
  'import.failed',
  'extract.no-subject-linked',
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
  'settings.not-chosen-in-dialog',
  'output.folder-invalid',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export function isErrorCode(value: string): value is ErrorCode {
  return (errorCodes as readonly string[]).includes(value);
}
