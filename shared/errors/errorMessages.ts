import type { Language } from '../extract/extractModel.ts';
import type { ErrorParams } from './domainError.ts';
import type { ErrorCode } from './errorCodes.ts';

/**
 * What the window says for each code, in the clerk's language, with the next step where there is one.
 * `{name}` placeholders are filled from the error's parameters. No flag, no path, no personal data.
 */
export const errorMessages: Record<ErrorCode, Record<Language, string>> = {
  'input.invalid': {
    nl: 'De invoer is niet geldig ({field}: {problem}).',
    en: 'The input is not valid ({field}: {problem}).',
  },
  'ipc.unknown-channel': {
    nl: 'Deze actie bestaat niet in deze versie van Inzage.',
    en: 'This action does not exist in this version of Inzage.',
  },
  'ipc.forbidden-sender': {
    nl: 'Deze actie is geweigerd: zij kwam niet uit het venster van Inzage.',
    en: 'This action was refused: it did not come from the Inzage window.',
  },
  'storage.busy': {
    nl: 'De database is bezet door een ander proces (bijvoorbeeld een import). Probeer het zo opnieuw.',
    en: 'The database is busy with another process (an import, for example). Try again in a moment.',
  },
  'storage.failed': {
    nl: 'De database kon deze wijziging niet opslaan; er is niets veranderd. Probeer het opnieuw of herstart Inzage.',
    en: 'The database could not store this change; nothing was changed. Try again or restart Inzage.',
  },
  'output.folder-unwritable': {
    nl: 'In de uitvoermap kan niet worden geschreven. Kies in Instellingen een andere map.',
    en: 'The output folder cannot be written. Choose another folder in Settings.',
  },
  'file.unreadable': {
    nl: 'Het bestand kan niet worden gelezen. Controleer of het bestaat en of u het mag openen.',
    en: 'The file cannot be read. Check that it exists and that you may open it.',
  },
  internal: {
    nl: 'Er ging iets mis in Inzage ({detail}); er is niets veranderd. Meld dit aan de beheerder.',
    en: 'Something went wrong inside Inzage ({detail}); nothing was changed. Report this to your administrator.',
  },
  'file.not-found': {
    nl: 'Het bestand {file} bestaat niet (meer). Kies het opnieuw.',
    en: 'The file {file} does not exist (any more). Choose it again.',
  },
  'subject.not-found': {
    nl: 'Betrokkene {subjectId} staat niet in deze database.',
    en: 'Data subject {subjectId} is not in this database.',
  },
  'import.invalid-record': {
    nl: '{file}, regel {line}: {field}{reason}. Er is niets geïmporteerd; herstel het bestand en importeer opnieuw.',
    en: '{file}, line {line}: {field}{reason}. Nothing was imported; correct the file and import it again.',
  },
  'import.failed': {
    nl: 'De import van {file} is gestopt ({reason}); er is niets geïmporteerd.',
    en: 'The import of {file} stopped ({reason}); nothing was imported.',
  },
  'extract.no-subject-linked': {
    nl: 'Aan verzoek {reference} is nog geen persoon gekoppeld: zoek eerst de persoon.',
    en: 'No person is linked to request {reference} yet: find the person first.',
  },
  'export.not-exported': {
    nl: 'Voor verzoek {reference} zijn nog geen bestanden gemaakt.',
    en: 'Request {reference} has no exported files yet.',
  },
  'export.failed': {
    nl: 'Het maken van de bestanden is mislukt ({detail}); er is niets vastgelegd. Probeer het opnieuw.',
    en: 'Making the files failed ({detail}); nothing was recorded. Try again.',
  },
  'register.invalid': {
    nl: 'Het verwerkingsregister is niet geldig ({issues} fout(en), de eerste: {field}: {problem}). Het register in gebruik blijft.',
    en: 'The processing register is not valid ({issues} problem(s), the first: {field}: {problem}). The register in use stays.',
  },
  'register.unreadable': {
    nl: 'Het verwerkingsregister kan niet worden gelezen. Kies in Instellingen een ander bestand.',
    en: 'The processing register cannot be read. Choose another file in Settings.',
  },
  'certificate.unreadable': {
    nl: 'Het certificaatbestand kan niet worden gelezen. Kies het in Instellingen opnieuw.',
    en: 'The certificate file cannot be read. Choose it again in Settings.',
  },
  'certificate.not-pkcs12': {
    nl: 'Dit bestand is geen PKCS#12-certificaat (.p12 of .pfx). Kies in Instellingen het certificaat van de organisatie.',
    en: "This file is not a PKCS#12 certificate (.p12 or .pfx). Choose the organisation's certificate in Settings.",
  },
  'certificate.wrong-passphrase': {
    nl: 'Het wachtwoord van het certificaat klopt niet. Typ het opnieuw.',
    en: "The certificate's passphrase is wrong. Type it again.",
  },
  'certificate.incomplete': {
    nl: 'Het certificaatbestand bevat geen sleutel met bijbehorend certificaat. Vraag de beheerder om het juiste bestand.',
    en: 'The certificate file holds no key with its certificate. Ask your administrator for the right file.',
  },
  'certificate.expired': {
    nl: 'Het certificaat is verlopen op {date}. Kies in Instellingen een geldig certificaat.',
    en: 'The certificate expired on {date}. Choose a valid certificate in Settings.',
  },
  'certificate.not-yet-valid': {
    nl: 'Het certificaat is pas geldig vanaf {date}. Kies in Instellingen een geldig certificaat.',
    en: 'The certificate is valid only from {date}. Choose a valid certificate in Settings.',
  },
  'certificate.not-chosen': {
    nl: 'Er is geen certificaat gekozen: kies in Instellingen het certificaat van de organisatie. Het democertificaat ondertekent alleen de demodatabase.',
    en: "No signing certificate is chosen: choose the organisation's certificate in Settings. The demo certificate signs the demo database only.",
  },
  'certificate.passphrase-needed': {
    nl: 'Voor deze export is het wachtwoord van het certificaat nodig.',
    en: "The certificate's passphrase is needed for this export.",
  },
  'settings.not-chosen-in-dialog': {
    nl: 'Kies het bestand of de map eerst in het venster dat Inzage opent.',
    en: 'Choose the file or folder in the dialog Inzage opens first.',
  },
  'output.folder-invalid': {
    nl: 'In de gekozen map kan niet worden geschreven. Kies een andere map.',
    en: 'The chosen folder cannot be written to. Choose another one.',
  },
};

/** Fills a message's `{name}` placeholders; an unfilled one stays visible so a test can catch it. */
export function fillPlaceholders(template: string, params: ErrorParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function errorMessage(code: ErrorCode, params: ErrorParams, language: Language): string {
  return fillPlaceholders(errorMessages[code][language], params);
}
