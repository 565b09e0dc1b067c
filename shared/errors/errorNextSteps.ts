import type { Language } from '../extract/extractModel.ts';
import type { ErrorCode } from './errorCodes.ts';

/**
 * The next step for every error the window shows (issue 14.6): what the clerk does now, in their
 * language, beside the message (errorMessages.ts) that says what went wrong. Codes share steps where
 * the remedy is the same; a new code without a step is a type error here and fails
 * test/shared/errors/errorNextSteps.test.ts.
 */
const steps = {
  retry: { nl: 'Probeer het opnieuw. Gebeurt het weer, herstart Inzage dan.', en: 'Try again. If it happens again, restart Inzage.' },
  wait: {
    nl: 'Wacht even; Inzage gaat vanzelf verder zodra de database vrij is.',
    en: 'Wait a moment; Inzage carries on by itself once the database is free.',
  },
  administrator: {
    nl: 'Meld het aan de beheerder, met het tijdstip; er is niets veranderd.',
    en: 'Tell your administrator, with the time it happened; nothing was changed.',
  },
  correct: { nl: 'Verbeter wat hierboven genoemd wordt en probeer het opnieuw.', en: 'Correct what is named above and try again.' },
  reason: {
    nl: 'Vul de reden in en probeer het opnieuw; de reden wordt bewaard.',
    en: 'Fill in the reason and try again; the reason is kept.',
  },
  confirm: {
    nl: 'Vink de bevestiging aan als u dit echt bedoelt, en probeer het opnieuw.',
    en: 'Tick the confirmation if you really mean it, and try again.',
  },
  clerk: { nl: 'Open Instellingen (Alt+5) en vul uw naam en functie in.', en: 'Open Settings (Alt+5) and enter your name and function.' },
  outputFolder: {
    nl: 'Open Instellingen (Alt+5) en kies een andere uitvoermap.',
    en: 'Open Settings (Alt+5) and choose another output folder.',
  },
  register: {
    nl: 'Open Instellingen (Alt+5) en kies een register dat klopt, of het ingebouwde register.',
    en: 'Open Settings (Alt+5) and choose a register that validates, or the built-in one.',
  },
  certificate: {
    nl: 'Open Instellingen (Alt+5) en kies een geldig ondertekeningscertificaat.',
    en: 'Open Settings (Alt+5) and choose a valid signing certificate.',
  },
  passphrase: { nl: 'Typ het wachtwoord van het certificaat opnieuw.', en: "Type the certificate's passphrase again." },
  chooseAgain: { nl: 'Kies het bestand opnieuw in het venster dat Inzage opent.', en: 'Choose the file again in the dialog Inzage opens.' },
  reopen: {
    nl: 'Open het verzoek opnieuw vanuit Verzoeken (Alt+1) om te zien hoe het er nu voor staat.',
    en: 'Open the request again from Requests (Alt+1) to see where it stands now.',
  },
  status: {
    nl: 'Kies een van de statussen die het verzoek nu aanbiedt.',
    en: 'Choose one of the statuses the request offers now.',
  },
  identity: {
    nl: 'Leg eerst bij het verzoek vast hoe de identiteit is gecontroleerd.',
    en: 'First record on the request how the identity was checked.',
  },
  findPerson: {
    nl: 'Zoek de persoon (Ctrl+K) en koppel eerst de juiste registratie aan het verzoek.',
    en: 'Search the person (Ctrl+K) and link the right entry to the request first.',
  },
  review: {
    nl: 'Open de beoordeling van het verzoek en controleer de afschermingen.',
    en: "Open the request's review and check the redactions.",
  },
  letter: {
    nl: 'Kies een brief die bij de huidige stand van het verzoek past, of breng het verzoek eerst in die stand.',
    en: "Choose a letter that fits the request's present state, or bring the request into that state first.",
  },
  letterFixed: {
    nl: 'Gebruik de vastgelegde brief zoals hij is; wat u nog wilt zeggen, zet u in een nieuwe brief of een begeleidend bericht.',
    en: 'Use the fixed letter as it is; anything more you want to say goes in a new letter or a covering message.',
  },
  letterNotFixed: {
    nl: 'Open het verzoek en sla de brief op als pdf of druk hem af; daarmee wordt hij vastgelegd.',
    en: 'Open the request and save the letter as a PDF or print it; that fixes it.',
  },
  letterText: {
    nl: 'Lees de brief na en pas de tekst aan voordat u hem verstuurt.',
    en: 'Read the letter through and change the text before you send it.',
  },
  controller: {
    nl: 'Leg eerst bij het verzoek de instructie van de verwerkingsverantwoordelijke vast.',
    en: "First record the controller's instruction on the request.",
  },
  deadline: {
    nl: 'Bekijk de termijnen van het verzoek; de wet staat deze stap nu niet meer toe.',
    en: "Look at the request's deadlines; the law no longer allows this step.",
  },
  audit: {
    nl: 'Wijzig niets aan de database en meld het direct aan de beheerder: het auditlog moet worden onderzocht.',
    en: 'Change nothing in the database and tell your administrator now: the audit log must be examined.',
  },
  checkpoint: {
    nl: 'Kies het bestand audit-checkpoint.json naast een export of rapport van deze installatie.',
    en: 'Choose the audit-checkpoint.json file beside an export or report of this installation.',
  },
  confirmWord: { nl: 'Typ het bevestigingswoord precies zoals het er staat.', en: 'Type the confirmation word exactly as shown.' },
  importFile: {
    nl: 'Verbeter het bestand op de genoemde plek en importeer het opnieuw.',
    en: 'Correct the file where named and import it again.',
  },
  generate: { nl: 'Maak het overzicht opnieuw in Maken en verzenden.', en: 'Generate the extract again in Generate and deliver.' },
  search: {
    nl: 'Zoek de persoon opnieuw (Ctrl+K); de registratie bestaat niet meer in deze database.',
    en: 'Search the person again (Ctrl+K); the entry is no longer in this database.',
  },
  // team-roles (issue 15.3, 15.4).
  reload: {
    nl: 'Bekijk het verzoek zoals het nu is en breng uw wijziging opnieuw aan; uw invoer staat er nog.',
    en: 'Look at the request as it is now and apply your change again; what you entered is still there.',
  },
  askAdministrator: {
    nl: 'Vraag een beheerder van uw team om de juiste rol of om dit voor u te doen.',
    en: 'Ask an administrator of your team for the right role, or to do this for you.',
  },
  askApprover: {
    nl: 'Vraag een andere goedkeurder om het verzoek te beoordelen (Verzoeken, Goedkeuren).',
    en: 'Ask another approver to review the request (Requests, Approve).',
  },
  // docs-read (issue 16.2): a document Inzage could not read is still part of the case file (Art. 15(3)).
  documentPassword: {
    nl: 'Vraag de afzender om een kopie zonder wachtwoord, importeer die en bekijk het bestand zelf voor het overzicht.',
    en: 'Ask the sender for a copy without a password, import it, and look at the file yourself for the copy.',
  },
  documentAgain: {
    nl: 'Vraag het bestand opnieuw op en importeer het; bekijk tot dan het origineel zelf.',
    en: 'Ask for the file again and import it; until then, look at the original yourself.',
  },
  documentLook: {
    nl: 'Bekijk het bestand zelf: Inzage kan er niet in zoeken.',
    en: 'Look at the file yourself: Inzage cannot search in it.',
  },
  installOcr: {
    nl: 'Vraag de beheerder om tesseract-ocr met Nederlands en Engels te installeren en lees de documenten daarna opnieuw.',
    en: 'Ask your administrator to install tesseract-ocr with Dutch and English, then read the documents again.',
  },
} satisfies Record<string, Record<Language, string>>;

type Step = keyof typeof steps;

const stepOf: Record<ErrorCode, Step> = {
  'input.invalid': 'correct',
  'ipc.unknown-channel': 'administrator',
  'ipc.forbidden-sender': 'administrator',
  'storage.busy': 'wait',
  'storage.waiting-import': 'wait',
  'storage.waiting-writer': 'wait',
  'storage.failed': 'retry',
  'output.folder-unwritable': 'outputFolder',
  'file.unreadable': 'chooseAgain',
  internal: 'administrator',
  'keys.invalid': 'administrator',
  'keys.missing': 'administrator',
  'database.key-wrong': 'administrator',
  'request.not-found': 'reopen',
  'request.clerk-missing': 'clerk',
  'request.received-in-future': 'correct',
  'request.closed': 'reopen',
  'request.no-subject': 'findPerson',
  'status.same': 'reopen',
  'status.closed': 'reopen',
  'status.not-allowed': 'status',
  'status.identity-required': 'identity',
  'status.reason-required': 'reason',
  'identity.method-required': 'correct',
  'identity.arrived-in-future': 'correct',
  'identity.arrived-before-asked': 'correct',
  'pause.after-due': 'deadline',
  'pause.identity-verified': 'deadline',
  'extension.closed': 'reopen',
  'extension.already': 'deadline',
  'extension.paused': 'deadline',
  'extension.too-late': 'deadline',
  'extension.reason-required': 'reason',
  'subject.reason-required': 'reason',
  'subject.not-linked': 'reopen',
  'subject.rejected-before': 'confirm',
  'note.empty': 'correct',
  'output.not-sha256': 'generate',
  'redaction.unknown-reason': 'correct',
  'redaction.record-not-found': 'review',
  'redaction.field-unknown': 'review',
  'redaction.unresolved': 'review',
  'redaction.lift-nothing': 'review',
  'redaction.lift-reason-required': 'reason',
  'redaction.lift-unconfirmed': 'confirm',
  'redaction.lift-reason-missing': 'review',
  'redaction.note-required': 'correct',
  'redaction.case-not-found': 'review',
  'review.category-unknown': 'review',
  'review.category-not-in-review': 'review',
  'letter.paused': 'letter',
  'letter.refusal-reason-required': 'reason',
  'letter.no-extension': 'letter',
  'letter.extension-too-late': 'deadline',
  'letter.postal-address-missing': 'letter',
  'letter.reason-language': 'letterText',
  'letter.no-data-not-applicable': 'letter',
  'letter.not-referred': 'letter',
  'letter.controller-required': 'letter',
  'letter.fixed': 'letterFixed',
  'letter.not-fixed': 'letterNotFixed',
  'controller.unknown': 'controller',
  'outcome.subjects-linked': 'review',
  'outcome.instruction-provide': 'generate',
  'processor.not-processor-only': 'controller',
  'processor.referral-required': 'controller',
  'processor.instruction-missing': 'controller',
  'audit.damaged': 'audit',
  'audit.key-mismatch': 'audit',
  'audit.checkpoint-invalid': 'checkpoint',
  'audit.checkpoint-unauthentic': 'checkpoint',
  'demo.not-demo-database': 'administrator',
  'demo.confirmation-mismatch': 'confirmWord',
  'file.not-found': 'chooseAgain',
  'subject.not-found': 'search',
  'import.invalid-record': 'importFile',
  'import.failed': 'importFile',
  'export.not-exported': 'generate',
  'export.failed': 'generate',
  'register.invalid': 'register',
  'register.unreadable': 'register',
  'certificate.unreadable': 'certificate',
  'certificate.not-pkcs12': 'certificate',
  'certificate.wrong-passphrase': 'passphrase',
  'certificate.incomplete': 'certificate',
  'certificate.expired': 'certificate',
  'certificate.not-yet-valid': 'certificate',
  'certificate.not-chosen': 'certificate',
  'certificate.passphrase-needed': 'passphrase',
  'trust-anchor.invalid': 'chooseAgain',
  'settings.not-chosen-in-dialog': 'chooseAgain',
  'output.folder-invalid': 'outputFolder',
  // team-roles (issue 15.3, 15.4).
  'request.changed-meanwhile': 'reload',
  'team.role-required': 'askAdministrator',
  'team.not-owner': 'askAdministrator',
  'team.not-a-clerk': 'askAdministrator',
  'team.reason-required': 'reason',
  'team.not-ready': 'status',
  'team.own-approval': 'askApprover',
  'team.approval-required': 'askApprover',
  'team.approval-rejected': 'askApprover',
  'team.approval-outdated': 'askApprover',
  'team.unknown-role': 'correct',
  'team.no-administrator': 'askAdministrator',
  // team-wiring (issue 15.1)
  'team.schema-outdated': 'administrator',
  'team.schema-too-new': 'administrator',
  'team.unreachable': 'correct',
  'team.login-refused': 'correct',
  'team.database-missing': 'correct',
  'team.url-invalid': 'correct',
  'team.needs-file': 'administrator',
  'team.password-not-kept': 'administrator',
  // documents skeleton (issue 16.1)
  'document.not-found': 'search',
  'document.file-missing': 'administrator',
  // docs-window (issue 16.3, 16.5)
  'document.dismiss-reason-required': 'reason',
  'document.not-a-mention': 'review',
  'document.not-in-request': 'review',
  'document.page-not-found': 'review',
  'document.target-outside': 'correct',
  'document.lift-reason-required': 'reason',
  'document.redaction-not-found': 'review',
  // docs-read (issue 16.2)
  'document.encrypted': 'documentPassword',
  'document.damaged': 'documentAgain',
  'document.unsupported': 'documentAgain',
  'document.empty': 'documentLook',
  'document.ocr-failed': 'documentAgain',
  'document.ocr-missing': 'installOcr',
  'document.ocr-languages-missing': 'installOcr',
};

/** What the clerk does next after an error with this code, in their language. */
export function errorNextStep(code: ErrorCode, language: Language): string {
  return steps[stepOf[code]][language];
}
