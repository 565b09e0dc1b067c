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
};

/** Fills a message's `{name}` placeholders; an unfilled one stays visible so a test can catch it. */
export function fillPlaceholders(template: string, params: ErrorParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function errorMessage(code: ErrorCode, params: ErrorParams, language: Language): string {
  return fillPlaceholders(errorMessages[code][language], params);
}
