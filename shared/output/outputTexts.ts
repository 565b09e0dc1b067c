import type { Language } from '../extract/extractModel.ts';

/**
 * The renderers' own words: headings, captions and the archive README. Legal content (purposes,
 * bases, retention, rights) comes from the extract model; this catalogue only labels and explains the
 * layout. Every entry exists in Dutch and English (a test fails on a missing or empty translation).
 */
export const outputTexts = {
  documentTitle: { nl: 'Inzage in uw persoonsgegevens', en: 'Access to your personal data' },
  reference: { nl: 'Kenmerk', en: 'Reference' },
  date: { nl: 'Datum', en: 'Date' },
  receivedOn: { nl: 'Uw verzoek ontvangen op', en: 'Your request received on' },
  page: { nl: 'Pagina {x} van {y}', en: 'Page {x} of {y}' },
  letterSubject: { nl: 'Betreft: uw verzoek om inzage (artikel 15 AVG)', en: 'Subject: your request for access (Article 15 GDPR)' },
  letterSubjectPortability: {
    nl: 'Betreft: uw verzoek om inzage en overdracht van uw gegevens (artikelen 15 en 20 AVG)',
    en: 'Subject: your request for access and for a copy to take with you (Articles 15 and 20 GDPR)',
  },
  salutation: { nl: 'Geachte {name},', en: 'Dear {name},' },
  letterIntro: {
    nl: 'U hebt ons gevraagd welke persoonsgegevens wij van u verwerken. In deze brief en de bijlagen geven wij daarop antwoord.',
    en: 'You asked us which personal data we process about you. This letter and its enclosures answer that question.',
  },
  enclosedHeading: { nl: 'Bijgevoegd', en: 'Enclosed' },
  enclosedSummary: {
    nl: 'Overzicht: de antwoorden op artikel 15, lid 1 en 2 AVG in gewone taal',
    en: 'Overview: the answers to Article 15(1) and (2) GDPR in plain language',
  },
  enclosedCopy: {
    nl: 'Een volledige kopie van uw persoonsgegevens, per categorie ({count} gegevens)',
    en: 'A full copy of your personal data, by category ({count} records)',
  },
  enclosedDecisions: { nl: 'Uitleg over geautomatiseerde besluiten ({count})', en: 'An explanation of automated decisions ({count})' },
  enclosedWithheld: { nl: 'Wat wij niet hebben verstrekt en waarom ({count})', en: 'What we did not include and why ({count})' },
  enclosedRights: { nl: 'Uw rechten en waar u een klacht kunt indienen', en: 'Your rights and where to complain' },
  enclosedArchive: {
    nl: 'Een digitaal archief (zip) met uw gegevens in JSON en CSV, om mee te nemen naar een andere organisatie',
    en: 'A digital archive (zip) with your data in JSON and CSV, to take to another organisation',
  },
  letterSigned: {
    nl: 'Dit document is digitaal ondertekend. Met een PDF-lezer kunt u controleren dat het van ons afkomstig is en niet is gewijzigd.',
    en: 'This document is digitally signed. A PDF reader can show you that it comes from us and has not been changed.',
  },
  letterClosing: { nl: 'Met vriendelijke groet,', en: 'Yours sincerely,' },
  privacyTeam: { nl: 'Privacyteam', en: 'Privacy team' },
  summaryHeading: { nl: 'Overzicht', en: 'Overview' },
  confirmationHeading: { nl: 'Verwerken wij uw gegevens?', en: 'Do we process your data?' },
  purposesHeading: {
    nl: 'Waarvoor wij uw gegevens gebruiken en op welke grond (a)',
    en: 'Why we use your data and on what legal basis (a)',
  },
  categoriesHeading: { nl: 'Welke gegevens wij van u hebben (b)', en: 'Which data we hold about you (b)' },
  category: { nl: 'Categorie', en: 'Category' },
  recordsCount: { nl: '{count} gegevens', en: '{count} records' },
  recipientsHeading: { nl: 'Aan wie wij uw gegevens verstrekken (c)', en: 'Who receives your data (c)' },
  actualRecipients: {
    nl: 'Uw gegevens zijn {count} keer daadwerkelijk aan een ontvanger verstrekt; zie de kopie hieronder voor wie en wanneer.',
    en: 'Your data were actually disclosed {count} times; the copy below shows to whom and when.',
  },
  retentionHeading: { nl: 'Hoe lang wij uw gegevens bewaren (d)', en: 'How long we keep your data (d)' },
  rightsShortHeading: { nl: 'Uw rechten (e) en klachten (f)', en: 'Your rights (e) and complaints (f)' },
  rightsShort: {
    nl: 'U vindt uw rechten en de klachtenroute aan het einde van dit document.',
    en: 'Your rights and how to complain are at the end of this document.',
  },
  sourcesHeading: { nl: 'Waar wij uw gegevens vandaan hebben (g)', en: 'Where we got your data from (g)' },
  decisionsHeading: { nl: 'Geautomatiseerde besluiten (h)', en: 'Automated decisions (h)' },
  decisionsCount: {
    nl: 'Over u zijn {count} geautomatiseerde besluiten genomen; de uitleg staat verderop.',
    en: '{count} automated decisions were taken about you; they are explained further on.',
  },
  noDecisions: { nl: 'Over u zijn geen geautomatiseerde besluiten genomen.', en: 'No automated decisions were taken about you.' },
  transfersHeading: {
    nl: 'Doorgifte buiten de Europese Economische Ruimte (artikel 15, lid 2)',
    en: 'Transfers outside the European Economic Area (Article 15(2))',
  },
  noTransfers: {
    nl: 'Wij hebben uw gegevens niet buiten de Europese Economische Ruimte doorgegeven.',
    en: 'We did not transfer your data outside the European Economic Area.',
  },
  copyHeading: { nl: 'Kopie van uw persoonsgegevens', en: 'Copy of your personal data' },
  copyIntro: {
    nl: 'Hieronder staan al uw gegevens zoals wij ze hebben vastgelegd, per categorie.',
    en: 'Below are all your data as we have recorded them, by category.',
  },
  field: { nl: 'Gegeven', en: 'Field' },
  value: { nl: 'Waarde', en: 'Value' },
  purposes: { nl: 'Doel', en: 'Purpose' },
  source: { nl: 'Bron', en: 'Source' },
  retention: { nl: 'Bewaren', en: 'Retention' },
  recipients: { nl: 'Verstrekt aan', en: 'Disclosed to' },
  keptUntil: { nl: 'tot {date}', en: 'until {date}' },
  retentionOpen: { nl: 'nog open', en: 'still open' },
  retentionHold: { nl: 'bewaard i.v.m. rechtszaak', en: 'kept for a legal claim' },
  retentionEraseNow: { nl: 'wordt gewist', en: 'due for erasure' },
  withheldValue: { nl: '[niet verstrekt]', en: '[withheld]' },
  withheldRecord: { nl: 'Dit gegeven is niet verstrekt: {reason}', en: 'This record is withheld: {reason}' },
  record: { nl: 'Gegeven', en: 'Record' },
  case: { nl: 'Dossier', en: 'Case' },
  decisionsSection: { nl: 'Geautomatiseerde besluiten uitgelegd', en: 'Automated decisions explained' },
  decision: { nl: 'Besluit {id} van {date}', en: 'Decision {id} of {date}' },
  logic: { nl: 'Hoe het werkt', en: 'How it works' },
  significance: { nl: 'Betekenis voor u', en: 'What it means for you' },
  variable: { nl: 'Gegeven', en: 'Variable' },
  explanation: { nl: 'Toelichting', en: 'Explanation' },
  outcome: { nl: 'Uitkomst', en: 'Outcome' },
  consequence: { nl: 'Gevolg', en: 'Consequence' },
  counterfactuals: { nl: 'Wat de uitkomst had veranderd', en: 'What would have changed the outcome' },
  processorHeading: { nl: 'Gegevens die wij namens een ander verwerken', en: 'Data we process on behalf of someone else' },
  processorController: { nl: 'Verwerkingsverantwoordelijke: {name}, {contact}', en: 'Controller: {name}, {contact}' },
  withheldHeading: { nl: 'Wat wij niet hebben verstrekt en waarom', en: 'What we did not include and why' },
  withheldIntro: {
    nl: 'Sommige gegevens gaan ook over andere mensen of zijn vertrouwelijk. Die hebben wij weggelaten (artikel 15, lid 4 AVG).',
    en: 'Some data also concern other people or are confidential. We left them out (Article 15(4) GDPR).',
  },
  noneWithheld: { nl: 'Wij hebben niets weggelaten.', en: 'We have not left anything out.' },
  reason: { nl: 'Reden', en: 'Reason' },
  note: { nl: 'Toelichting', en: 'Note' },
  decidedBy: { nl: 'Besloten door', en: 'Decided by' },
  liftedHeading: { nl: 'Toch verstrekt na afweging', en: 'Included after weighing' },
  liftedIntro: {
    nl: 'Deze gegevens gaan ook over een ander, maar wij hebben na afweging besloten ze u toch te geven (artikel 15, lid 4 AVG).',
    en: 'These data also concern someone else, but after weighing the interests we decided to give them to you (Article 15(4) GDPR).',
  },
  rightsHeading: { nl: 'Uw rechten', en: 'Your rights' },
  complaintHeading: { nl: 'Een klacht indienen', en: 'Making a complaint' },
  signatureHeading: { nl: 'Digitale handtekening', en: 'Digital signature' },
  signedBy: { nl: 'Ondertekend door', en: 'Signed by' },
  organisation: { nl: 'Organisatie', en: 'Organisation' },
  signedAt: { nl: 'Tijdstip', en: 'Time' },
  signatureNote: {
    nl: 'Gecontroleerd kan worden met elke PDF-lezer die handtekeningen toont, of met: inzage verify',
    en: 'Can be checked with any PDF reader that shows signatures, or with: inzage verify',
  },
  yes: { nl: 'ja', en: 'yes' },
  no: { nl: 'nee', en: 'no' },
  // The archive README.
  readmeTitle: { nl: 'Uw gegevens om mee te nemen (artikel 20 AVG)', en: 'Your data to take with you (Article 20 GDPR)' },
  readmeIntro: {
    nl: 'Dit archief bevat de persoonsgegevens die u aan {controller} hebt verstrekt of die bij het uitvoeren van de overeenkomst over u zijn vastgelegd, in een gestructureerde, gangbare en machineleesbare vorm. U mag deze gegevens aan een andere organisatie geven.',
    en: 'This archive holds the personal data you provided to {controller}, or that were recorded about you in performing the agreement, in a structured, commonly used and machine-readable format. You may give these data to another organisation.',
  },
  readmeFiles: { nl: 'De bestanden', en: 'The files' },
  readmeDataJson: {
    nl: 'Alle gegevens in één JSON-bestand (UTF-8). Het formaat heet "inzage-portability-data", versie {version}.',
    en: 'All data in one JSON file (UTF-8). Its format is "inzage-portability-data", version {version}.',
  },
  readmeCsv: {
    nl: 'Dezelfde gegevens als tabel, één CSV-bestand per categorie (RFC 4180, UTF-8, komma als scheidingsteken, eerste regel met kolomnamen).',
    en: 'The same data as tables, one CSV file per category (RFC 4180, UTF-8, comma-separated, the first line names the columns).',
  },
  readmePdf: { nl: 'Het volledige, digitaal ondertekende inzageoverzicht (PDF).', en: 'The full, digitally signed access extract (PDF).' },
  readmeManifest: {
    nl: 'De SHA-256-controlegetallen van alle bestanden en het kenmerk {reference}. Hiermee kan iedereen controleren dat niets is gewijzigd (bijvoorbeeld met: inzage verify).',
    en: 'The SHA-256 checksums of every file and the reference {reference}. Anyone can use it to check that nothing was changed (for example with: inzage verify).',
  },
  readmeReadme: { nl: 'Dit bestand.', en: 'This file.' },
  readmeColumns: { nl: 'Kolommen van {file}', en: 'Columns of {file}' },
  colRecordKind: { nl: 'soort gegeven', en: 'kind of record' },
  colRecordId: { nl: 'ons nummer van het gegeven', en: 'our number for the record' },
  colCaseId: { nl: 'het dossier waar het gegeven bij hoort (leeg als er geen is)', en: 'the case the record belongs to (empty if none)' },
  colPortability: {
    nl: '"provided" = door u verstrekt, "observed" = over u vastgelegd bij het uitvoeren van de overeenkomst',
    en: '"provided" = you gave it to us, "observed" = recorded about you in performing the agreement',
  },
  readmeIncluded: { nl: 'Wat wel in dit archief staat', en: 'What this archive includes' },
  readmeExcluded: { nl: 'Wat niet in dit archief staat (wel in de PDF)', en: 'What this archive leaves out (it is in the PDF)' },
  readmeEmptyCells: {
    nl: 'Een lege cel betekent: geen waarde, of een waarde die wij niet mogen verstrekken omdat die over iemand anders gaat.',
    en: 'An empty cell means: no value, or a value we may not give you because it concerns someone else.',
  },
} as const satisfies Record<string, Record<Language, string>>;

export type OutputTextKey = keyof typeof outputTexts;

/** A catalogue text in `language`, with `{name}` placeholders filled in. */
export function outputText(language: Language, key: OutputTextKey, values: Record<string, string | number> = {}): string {
  return outputTexts[key][language].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
