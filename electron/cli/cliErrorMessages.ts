import type { ErrorCode } from '../../shared/errors/errorCodes.ts';

/**
 * What the command line says for each error code (English, one line). Unlike the window's texts
 * (shared/errors/errorMessages.ts), these may name the flag or command that fixes the problem.
 */
export const cliErrorMessages: Record<ErrorCode, string> = {
  'input.invalid': 'invalid input: {field}: {problem}',
  'ipc.unknown-channel': 'unknown action',
  'ipc.forbidden-sender': 'refused: not from the Inzage window',
  'storage.busy':
    'the database stayed busy with another process (an import?) for longer than the wait allows (INZAGE_DB_WAIT_SECONDS); try again later',
  'storage.waiting-import': 'waiting for the database: an import is running ({seconds} s)',
  'storage.waiting-writer': 'waiting for the database: another Inzage process is writing ({seconds} s)',
  'storage.failed': 'the database could not store this change; nothing was changed',
  'output.folder-unwritable': 'the output folder cannot be written: give another with --out',
  'file.unreadable': 'the file cannot be read: check that it exists and that you may open it',
  internal: 'internal error ({detail}); nothing was changed',
  'keys.invalid': 'the installation key in {source} is not valid: it must be 64 hexadecimal digits',
  'keys.missing': "no installation key found in {source}: check the path, or unset it to use this installation's own key",
  'database.key-wrong':
    'the database is encrypted with another installation key (or is not a database): give its key with INZAGE_KEY or ' +
    'INZAGE_KEY_FILE (see docs/security.md); nothing was opened',
  'request.not-found': 'No request with reference "{reference}" (see: inzage request list)',
  'request.clerk-missing': 'who is acting? give --clerk NAME or set INZAGE_CLERK',
  'request.received-in-future': 'the date of receipt {receivedOn} lies in the future (today is {today})',
  'request.closed': '{reference}: the request is "{status}" and closed; it cannot be changed',
  'request.no-subject': '{reference}: no data subject is linked to this request yet (inzage request link {reference} SUBJECT_ID)',
  'status.same': '{reference}: the request is already "{status}"',
  'status.closed':
    '{reference}: the request is "{from}" and therefore closed; it cannot become "{to}". A new question from the person is a new request.',
  'status.not-allowed': '{reference}: a request cannot go from "{from}" to "{to}"; from "{from}" it can become: {allowed}',
  'status.identity-required':
    '{reference}: cannot mark the request "{to}" before the identity is verified: ' +
    'record the check first (inzage request identity {reference} --method "…"). ' +
    'Sending data to the wrong person is a data breach.',
  'status.reason-required':
    '{reference}: a request can only be "{to}" with a reason (give --reason "…"); a refusal must tell the person why (Art. 12(4) GDPR)',
  'identity.method-required': 'say how the identity was checked (--method "…"), e.g. "ID card shown at the desk, no copy kept"',
  'identity.arrived-in-future': 'the identity information cannot arrive in the future (--received {arrived}, today is {today})',
  'identity.arrived-before-asked': '{reference}: the information cannot have arrived ({arrived}) before it was asked for ({askedOn})',
  'extension.closed': '{reference}: Cannot extend a request that is "{status}": it is closed.',
  'extension.already': '{reference}: already extended on {recordedOn}; Art. 12(3) allows one extension of two months',
  'extension.paused':
    '{reference}: the deadline is suspended while waiting for identity information (since {since}); there is nothing to extend yet',
  'pause.after-due':
    '{reference}: cannot pause for identity information: the deadline ended on {due}, and today ({today}) ' +
    'is {daysLate} day(s) later. A pause after the fact does not make a late answer timely; answer the request now.',
  'pause.identity-verified':
    '{reference}: cannot pause for identity information: the identity was already verified on {checkedOn}; ' +
    'asking again does not move the deadline (Art. 12(6) GDPR).',
  'extension.too-late':
    '{reference}: an extension must be decided and the person told within the ' +
    'first month (Art. 12(3) GDPR): the first month ended on {firstDue}, and ' +
    '{recordedOn} is {daysLate} day(s) later. The request has to be answered ' +
    'now; the extension was not recorded.',
  'extension.reason-required': 'an extension needs its reasons (Art. 12(3) GDPR); give --reason "…"',
  'subject.reason-required': '{reference}: say why {subjectId} is not the requester (give --reason "…")',
  'subject.not-linked': '{reference}: {subjectId} is not linked to this request',
  'subject.rejected-before':
    '{reference}: {subjectId} was recorded as not this person; check the reason, then link with --override-rejection if it is after all',
  'note.empty': '{reference}: a note needs text',
  'output.not-sha256': '{fileName}: the checksum is not a SHA-256 in hex',
  'redaction.unknown-reason': 'unknown redaction reason "{reason}"; --reason must be one of: {allowed}',
  'redaction.record-not-found':
    "{reference}: no record {record} among the linked subjects' records; nothing was redacted (check --record TABLE:ID)",
  'redaction.field-unknown': '{reference}: records in {recordKind} have no field "{field}"; nothing was redacted (check --field)',
  'redaction.unresolved':
    "{reference}: extract not made: the redaction {target} names nothing in the linked subjects' records. " +
    'Lift it with: inzage request unredact {reference} --record TABLE:ID [--field COLUMN], then redact what was meant',
  'redaction.lift-nothing': '{reference}: nothing is withheld as {target}; nothing was lifted',
  'redaction.lift-reason-required':
    '{reference}: {target} is another person\'s data (Art. 15(4) GDPR); give --reason "…" for disclosing it and --confirm',
  'redaction.lift-unconfirmed': "{reference}: disclosing another person's data ({target}) needs --confirm; nothing was lifted",
  'redaction.lift-reason-missing':
    '{reference}: extract not made: the withholding of {target} was lifted without a reason. ' +
    'Lift it again with: inzage request unredact {reference} --record TABLE:ID [--field COLUMN] --reason "…" --confirm',
  'redaction.note-required': '{reference}: --reason other needs --note "…" (the person reads it in the extract); nothing was withheld',
  'redaction.case-not-found':
    '{reference}: case {caseId} holds no records of the linked people (see: inzage request show {reference}); nothing was withheld',
  'review.category-unknown': '{reference}: the processing register has no data category "{category}"; nothing was marked',
  'letter.paused': '{reference}: the deadline is suspended while waiting for identity information; this letter comes later',
  'letter.refusal-reason-required': '{reference}: a refusal letter needs its reasons (Art. 12(4) GDPR); give --reason "…"',
  'audit.damaged':
    'the audit trail is damaged (its anchor row is missing or does not fit its last entry); nothing was changed. ' +
    'Check it with: inzage audit verify',
  'audit.key-mismatch':
    "the audit trail was sealed with another installation key than this one; nothing was changed. Give that installation's key " +
    '(INZAGE_KEY or INZAGE_KEY_FILE)',
  'audit.checkpoint-invalid': 'not an Inzage audit checkpoint (expected the audit-checkpoint.json of an export or a report)',
  'audit.checkpoint-unauthentic':
    "the checkpoint was not made with this installation's audit key, or was changed afterwards: the log was not checked against it",
  'demo.not-demo-database':
    'this database is not the demo database (no demo marker); only the demo database is rebuilt. Nothing was changed',
  'demo.confirmation-mismatch': 'not confirmed: give --confirm {word} (or type {word} when asked); nothing was changed',
  'letter.no-extension': '{reference}: no extension is recorded; record it first with: inzage request extend {reference} --reason "…"',
  'letter.extension-too-late':
    '{reference}: an extension notice must reach the person within the first month (Art. 12(3) GDPR), which ended on {firstDue}; ' +
    'today ({today}) is {daysLate} day(s) later. No letter was made: answer the request now',
  'letter.fixed':
    '{reference}: letter {letter} was fixed on {fixedOn} by {fixedBy} and no longer changes; leave out --paragraph to reproduce it',
  'letter.not-fixed': '{reference}: letter {letter} is not fixed yet; save it with --pdf FILE or --out FILE first',
  'letter.postal-address-missing':
    '{reference}: the register has no organisation.postalAddress, which every letter must carry; add it to the register (no letter ' +
    'was made)',
  'letter.reason-language':
    'warning: {reference}: the {field} seems to be written in "{detected}" while the letter is in "{letterLanguage}"; check it before ' +
    'sending (a stop-word guess, not a translation)',
  'letter.no-data-not-applicable':
    '{reference}: {linked} subject(s) are linked; the no-data letter only fits when nobody matches (unlink them first)',
  'letter.not-referred': '{reference}: not referred to a controller; first run: inzage request refer {reference}',
  'letter.controller-required': '{reference}: referred to several controllers ({controllers}); give --controller ID',
  'controller.unknown': '{reference}: not referred to controller {controllerId} (see: inzage request show {reference})',
  'outcome.subjects-linked': '{reference}: {linked} subject(s) linked; the no-data outcome needs none (unlink them first)',
  'outcome.instruction-provide':
    '{reference}: controller {controllerId} instructed an extract; make and send it instead of closing as referred',
  'processor.not-processor-only': '{reference}: the linked subject is not processor-only; the organisation answers this request itself',
  'processor.referral-required':
    '{reference}: held only as processor (Art. 28 GDPR): refer it with: inzage request refer {reference}; an extract needs the ' +
    'client’s instruction',
  'processor.instruction-missing':
    '{reference}: no instruction to provide an extract from {controllers} (record it with: inzage request instruction {reference} ' +
    '--controller ID --instruction provide-extract --received YYYY-MM-DD)',
  'file.not-found': '{file}: no such file (nothing was changed)',
  'subject.not-found': 'No data subject with id "{subjectId}" in this database',
  'review.category-not-in-review': 'the extract has no category "{category}"',
  'import.invalid-record': '{file}:{line}: {field}{reason} (nothing was imported)',
  'import.failed': '{file}: the import stopped: {reason} (nothing was imported)',
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
  'trust-anchor.invalid': 'the trust anchor file holds no PEM certificate (-----BEGIN CERTIFICATE-----) (--trust-anchor)',
  'settings.not-chosen-in-dialog': 'choose the file or folder in the dialog first',
  'output.folder-invalid': 'the folder cannot be written to: give another',
  // team-roles (issue 15.3, 15.4).
  'request.changed-meanwhile':
    '{reference} was changed by {by} at {at} (version {current}, you saw {seen}); nothing was saved: repeat with --version {current}',
  'team.role-required': 'this needs the role "{role}", which {clerk} does not hold (see: inzage team role list)',
  'team.not-owner': '{reference} is owned by {owner}: only the owner or an administrator can hand it over',
  'team.not-a-clerk': '{name} holds no clerk role in this team (inzage team role set)',
  'team.reason-required': 'rejecting {reference} needs a reason: give --reason TEXT',
  'team.not-ready': '{reference} is "{status}": only a request marked ready can be approved or rejected',
  'team.own-approval': 'you prepared {reference}: another approver must approve it (four eyes)',
  'team.approval-required': '{reference} is not approved yet: an approver must run inzage request approve first (four eyes)',
  'team.approval-rejected': '{reference} was rejected by {by} at {at}: deal with the reason and ask for approval again',
  'team.approval-outdated': '{reference} changed after its approval ({by} at {at}): it must be approved again',
  'team.unknown-role': 'no role "{role}": use clerk, approver or administrator',
  'team.no-administrator': 'role checks need an administrator: appoint one first (inzage team role set NAME administrator)',
  // team-wiring (issue 15.1)
  'team.schema-outdated': 'the team database has schema version {found}, this Inzage needs {needed}: run inzage migrate --db URL first',
  'team.schema-too-new': 'the team database has schema version {found}, newer than this Inzage knows ({supported}): update Inzage',
  'team.unreachable': 'the database server cannot be reached ({reason}): check the host and port in --db / INZAGE_DB',
  'team.login-refused': 'the database server refuses the login: check the user, and the password (PGPASSWORD or ~/.pgpass)',
  'team.database-missing': 'that database does not exist on the server: check the name in --db / INZAGE_DB',
  'team.url-invalid': 'not a valid team database URL (postgres://USER@HOST:5432/DATABASE)',
  'team.needs-file': '{command} works on a SQLite database file only: give --db FILE, not a postgres:// URL',
  'team.password-not-kept': 'no secure store for the password on this system',
  // documents skeleton (issue 16.1)
  'document.not-found': 'No document with id "{documentId}" in this database',
  'document.file-missing': 'the file of a document is missing from the database (address {sha256}); re-import the documents',
  // docs-window (issue 16.3, 16.5)
  'document.dismiss-reason-required': 'dismissing document {documentId} for {reference} needs a reason',
  'document.not-a-mention':
    'document {documentId} is not a possible mention for {reference}: only a document the search offered can be added or dismissed',
  'document.not-in-request': 'document {documentId} is not part of the copy for {reference}',
  'document.page-not-found': 'document {documentId} has no read page {page}: read the documents first (inzage documents read)',
  'document.target-outside': 'the redaction does not lie within page {page} of document {documentId}',
  'document.lift-reason-required': 'lifting redaction {redactionId} of {reference} needs a reason',
  'document.redaction-not-found': '{reference} has no redaction {redactionId} inside a document',
  // docs-read (issue 16.2)
  'document.encrypted': 'document {documentId} could not be read: the file is password-protected; ask for a copy without a password',
  'document.damaged': 'document {documentId} could not be read: the file is damaged; ask for the file again',
  'document.unsupported': 'document {documentId} could not be read: not a kind of file Inzage reads',
  'document.empty': 'document {documentId} holds no readable text; look at the file itself',
  'document.ocr-failed': 'document {documentId} could not be read: OCR could not open the scan; ask for a better scan',
  'document.ocr-missing':
    'OCR is not available ({command} not found): {count} scanned documents not read; ' +
    'install tesseract-ocr, tesseract-ocr-nld and -eng (or set INZAGE_TESSERACT), then run inzage documents read',
  'document.ocr-languages-missing':
    'OCR lacks the language data {missing}: {count} scanned documents not read; ' +
    'install tesseract-ocr-nld / tesseract-ocr-eng, then run inzage documents read',
};
