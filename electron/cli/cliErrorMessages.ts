import type { ErrorCode } from '../../shared/errors/errorCodes.ts';

/**
 * What the command line says for each error code (English, one line). Unlike the window's texts
 * (shared/errors/errorMessages.ts), these may name the flag or command that fixes the problem.
 */
export const cliErrorMessages: Record<ErrorCode, string> = {
  'input.invalid': 'invalid input: {field}: {problem}',
  'ipc.unknown-channel': 'unknown action',
  'ipc.forbidden-sender': 'refused: not from the Inzage window',
  'storage.busy': 'the database is busy with another process (an import?); try again in a moment',
  'storage.failed': 'the database could not store this change; nothing was changed',
  'output.folder-unwritable': 'the output folder cannot be written: give another with --out',
  'file.unreadable': 'the file cannot be read: check that it exists and that you may open it',
  internal: 'internal error ({detail}); nothing was changed',
  'file.not-found': '{file}: no such file (nothing was changed)',
  'subject.not-found': 'No data subject with id "{subjectId}" in this database',
  'import.invalid-record': '{file}:{line}: {field}{reason} (nothing was imported)',
  'import.failed': '{file}: the import stopped: {reason} (nothing was imported)',
  'extract.no-subject-linked': '{reference}: no person is linked to this request yet; link one with: inzage request link',
  'export.not-exported': 'request {reference} has no exported files yet',
  'export.failed': 'the export failed ({detail}); nothing was recorded',
  'register.invalid': 'the processing register is not valid ({issues} problem(s), the first: {field}: {problem})',
  'register.unreadable': 'the processing register cannot be read',
  'certificate.unreadable': 'the certificate file cannot be read (--p12)',
  'certificate.not-pkcs12': 'the certificate file is not a PKCS#12 file (--p12)',
  'certificate.wrong-passphrase': "the certificate's passphrase is wrong (check the variable named by --p12-pass-env)",
  'certificate.incomplete': 'the certificate file holds no private key with its certificate (--p12)',
  'certificate.expired': 'the certificate expired on {date} (--p12)',
  'certificate.not-yet-valid': 'the certificate is valid only from {date} (--p12)',
  'certificate.not-chosen':
    'no signing certificate: give --p12 FILE --p12-pass-env VAR (the demo certificate signs the demo database only)',
  'certificate.passphrase-needed': "the certificate's passphrase is needed: give --p12-pass-env VAR",
  'settings.not-chosen-in-dialog': 'choose the file or folder in the dialog first',
  'output.folder-invalid': 'the folder cannot be written to: give another',
};
