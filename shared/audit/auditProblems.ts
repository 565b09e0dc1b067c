import type { Language } from '../extract/extractModel.ts';

/**
 * Why a check of the audit trail failed (electron/core/audit/auditVerify.ts), as data, so the window
 * can say it in the clerk's language (issue 14.6); the CLI keeps its own English text.
 */
export type AuditProblem =
  | { kind: 'missing'; from: number; to: number; after: number }
  | { kind: 'out-of-order'; seq: number }
  | { kind: 'chain-broken'; seq: number }
  | { kind: 'changed'; seq: number; maybeOtherInstallation: boolean }
  | { kind: 'switch-over'; seq: number }
  | { kind: 'anchor-missing' }
  | { kind: 'cut-off'; count: number; written: number }
  | { kind: 'added'; recorded: number; count: number }
  | { kind: 'head-mismatch'; seq: number }
  | { kind: 'checkpoint-switch-moved'; at: string; checkpointFrom: number; databaseFrom: number }
  | { kind: 'checkpoint-cut'; at: string; count: number; recorded: number }
  | { kind: 'checkpoint-mismatch'; at: string; recorded: number };

const range = (from: number, to: number, l: Language) =>
  from === to
    ? l === 'nl'
      ? `regel ${from}`
      : `entry ${from}`
    : l === 'nl'
      ? `regels ${from} tot en met ${to}`
      : `entries ${from} to ${to}`;
const at = (iso: string) => iso.replace('T', ' ').slice(0, 19);

const texts: { [K in AuditProblem['kind']]: Record<Language, (p: Extract<AuditProblem, { kind: K }>) => string> } = {
  missing: {
    nl: (p) => `${range(p.from, p.to, 'nl')} ontbreekt: na regel ${p.after} volgt regel ${p.to + 1}.`,
    en: (p) => `${range(p.from, p.to, 'en')} is missing: entry ${p.to + 1} follows entry ${p.after}.`,
  },
  'out-of-order': {
    nl: (p) => `Regel ${p.seq} staat op de verkeerde plaats.`,
    en: (p) => `Entry ${p.seq} is out of order.`,
  },
  'chain-broken': {
    nl: (p) => `Regel ${p.seq} sluit niet aan op regel ${p.seq - 1}: een eerdere regel is gewijzigd, verwijderd, ingevoegd of verplaatst.`,
    en: (p) => `Entry ${p.seq} does not follow entry ${p.seq - 1}: an earlier entry was changed, removed, inserted or moved.`,
  },
  changed: {
    nl: (p) =>
      `Regel ${p.seq} is gewijzigd nadat hij was geschreven.` +
      (p.maybeOtherInstallation ? ' Of de database hoort bij een andere installatie.' : ''),
    en: (p) =>
      `Entry ${p.seq} was changed after it was written.` +
      (p.maybeOtherInstallation ? ' Or the database belongs to another installation.' : ''),
  },
  'switch-over': {
    nl: (p) => `Regel ${p.seq} hoort de overstap naar de verzegeling met sleutel vast te leggen, en doet dat niet.`,
    en: (p) => `Entry ${p.seq} should record the switch-over to the keyed seal, and does not.`,
  },
  'anchor-missing': {
    nl: () => 'Het anker van het log (aantal regels en laatste zegel) ontbreekt.',
    en: () => "The log's anchor (number of entries and last seal) is missing.",
  },
  'cut-off': {
    nl: (p) =>
      `Het log eindigt bij regel ${p.count}, maar er zijn ${p.written} ` +
      `regels geschreven: ${range(p.count + 1, p.written, 'nl')} verwijderd.`,
    en: (p) => `The log ends at entry ${p.count}, but ${p.written} entries were written: ${range(p.count + 1, p.written, 'en')} deleted.`,
  },
  added: {
    nl: (p) => `Na regel ${p.recorded} zijn buiten Inzage regels toegevoegd (het log heeft er ${p.count}).`,
    en: (p) => `Entries after ${p.recorded} were added outside Inzage (the log has ${p.count}).`,
  },
  'head-mismatch': {
    nl: (p) => `De laatste regel (${p.seq}) klopt niet met het anker van het log.`,
    en: (p) => `The last entry (${p.seq}) does not match the log's anchor.`,
  },
  'checkpoint-switch-moved': {
    nl: (p) =>
      `De overstap naar de verzegeling met sleutel is verplaatst: het controlepunt van ${at(p.at)} ` +
      `legt hem vast bij regel ${p.checkpointFrom}, de database bij regel ${p.databaseFrom}.`,
    en: (p) =>
      `The switch-over to the keyed seal was moved: the checkpoint of ${at(p.at)} ` +
      `records it at entry ${p.checkpointFrom}, the database at entry ${p.databaseFrom}.`,
  },
  'checkpoint-cut': {
    nl: (p) =>
      `Het log heeft ${p.count} regels, maar het controlepunt van ${at(p.at)} ` +
      `telde er ${p.recorded}: ${range(p.count + 1, p.recorded, 'nl')} verwijderd.`,
    en: (p) =>
      `The log holds ${p.count} entries, but the checkpoint of ${at(p.at)} ` +
      `counted ${p.recorded}: ${range(p.count + 1, p.recorded, 'en')} removed.`,
  },
  'checkpoint-mismatch': {
    nl: (p) =>
      `Regels 1 tot en met ${p.recorded} komen niet meer overeen met het controlepunt ` +
      `van ${at(p.at)}: er is er een gewijzigd, verwijderd, ingevoegd of verplaatst.`,
    en: (p) =>
      `Entries 1 to ${p.recorded} no longer match the checkpoint of ${at(p.at)}: one of them was changed, removed, inserted or moved.`,
  },
};

export function auditProblemText(problem: AuditProblem, language: Language): string {
  return (texts[problem.kind][language] as (p: AuditProblem) => string)(problem);
}
