import type { Language } from './extractModel.ts';

/**
 * The one catalogue of the extract's fixed words: every text the screen preview, the signed PDF and the
 * archive README lay out that the processing register does not supply (headings, article references,
 * the cover letter, table headers, retention explanations, labels of stored codes). The preview and the
 * PDF read the same keys, so they cannot disagree (issue 11). Each entry must have both languages
 * (Art. 12(1): clear and plain language; the person may read either); the type makes a missing language
 * a compile error and texts.test.ts a missing placeholder, or a text nothing reads, a failure.
 * `{name}` marks a placeholder filled by `fill`.
 */
type Entry = { readonly nl: string; readonly en: string };

export const texts = {
  // Document frame (title, running header and footer)
  'doc.title': { nl: 'Inzage in uw persoonsgegevens', en: 'Access to your personal data' },
  'doc.reference': { nl: 'Kenmerk', en: 'Reference' },
  'doc.date': { nl: 'Datum', en: 'Date' },
  'doc.receivedOn': { nl: 'Uw verzoek ontvangen op', en: 'Your request received on' },
  'doc.page': { nl: 'Pagina {page} van {pages}', en: 'Page {page} of {pages}' },

  // The cover letter (shared/extract/coverLetter.ts)
  'letter.subject': { nl: 'Betreft: uw verzoek om inzage (artikel 15 AVG)', en: 'Subject: your request for access (Article 15 GDPR)' },
  'letter.subjectPortability': {
    nl: 'Betreft: uw verzoek om inzage en overdracht van uw gegevens (artikelen 15 en 20 AVG)',
    en: 'Subject: your request for access and for a copy to take with you (Articles 15 and 20 GDPR)',
  },
  'letter.salutation': { nl: 'Geachte {name},', en: 'Dear {name},' },
  'letter.intro': {
    nl: 'U hebt ons gevraagd welke persoonsgegevens wij van u verwerken. In deze brief en de bijlagen geven wij daarop antwoord.',
    en: 'You asked us which personal data we process about you. This letter and its enclosures answer that question.',
  },
  'letter.enclosed': { nl: 'Bijgevoegd', en: 'Enclosed' },
  'letter.enclosedSummary': {
    nl: 'Overzicht: de antwoorden op artikel 15, lid 1 en 2 AVG in gewone taal',
    en: 'Overview: the answers to Article 15(1) and (2) GDPR in plain language',
  },
  'letter.enclosedCopy': {
    nl: 'Een volledige kopie van uw persoonsgegevens, per categorie ({count} gegevens)',
    en: 'A full copy of your personal data, by category ({count} records)',
  },
  'letter.enclosedProcessorCopy': {
    nl: 'Een kopie van de gegevens die wij namens {controllers} verwerken ({count} gegevens)',
    en: 'A copy of the data we process on behalf of {controllers} ({count} records)',
  },
  // Art. 28: for data held only as processor the rights are exercised with the controller (issue 12.6).
  'rights.withController': {
    nl: 'Wij verwerken uw gegevens alleen namens de verwerkingsverantwoordelijke; dit recht oefent u daar uit: {controllers}.',
    en: 'We process your data only on behalf of the controller; you exercise this right there: {controllers}.',
  },
  'letter.enclosedDecisions': {
    nl: 'Uitleg over geautomatiseerde besluiten ({count})',
    en: 'An explanation of automated decisions ({count})',
  },
  'letter.enclosedWithheld': { nl: 'Wat wij niet hebben verstrekt en waarom ({count})', en: 'What we did not include and why ({count})' },
  'letter.enclosedRights': { nl: 'Uw rechten en waar u een klacht kunt indienen', en: 'Your rights and where to complain' },
  'letter.enclosedArchive': {
    nl: 'Een digitaal archief (zip) met uw gegevens in JSON en CSV, om mee te nemen naar een andere organisatie',
    en: 'A digital archive (zip) with your data in JSON and CSV, to take to another organisation',
  },
  'letter.signed': {
    nl: 'Dit document is digitaal ondertekend. Met een PDF-lezer kunt u controleren dat het van ons afkomstig is en niet is gewijzigd.',
    en: 'This document is digitally signed. A PDF reader can show you that it comes from us and has not been changed.',
  },
  'letter.closing': { nl: 'Met vriendelijke groet,', en: 'Yours sincerely,' },
  'letter.team': { nl: 'Privacyteam, {controller}', en: 'Privacy team, {controller}' },

  // Section headings of the outline (shared/extract/outline.ts), in the order the extract walks them
  'heading.summary': { nl: 'Overzicht', en: 'Overview' },
  'heading.confirmation': { nl: 'Verwerken wij uw gegevens?', en: 'Do we process your data?' },
  'heading.purposes': { nl: 'Waarvoor wij uw gegevens gebruiken en op welke grond', en: 'Why we use your data and on what legal basis' },
  'heading.dataCategories': { nl: 'Welke gegevens wij van u hebben', en: 'Which data we hold about you' },
  'heading.recipients': { nl: 'Aan wie wij uw gegevens verstrekken', en: 'Who receives your data' },
  'heading.retention': { nl: 'Hoe lang wij uw gegevens bewaren', en: 'How long we keep your data' },
  'heading.rightsShort': { nl: 'Uw rechten en klachten', en: 'Your rights and complaints' },
  'heading.sources': { nl: 'Waar wij uw gegevens vandaan hebben', en: 'Where we got your data from' },
  // Art. 15(1)(h)'s own words; "Automated decisions" is also the register's label of the category in the copy.
  'heading.automatedDecisions': { nl: 'Geautomatiseerde besluitvorming', en: 'Automated decision-making' },
  'heading.transfers': { nl: 'Doorgifte buiten de Europese Economische Ruimte', en: 'Transfers outside the European Economic Area' },
  'heading.copy': { nl: 'Kopie van uw persoonsgegevens', en: 'Copy of your personal data' },
  'heading.decisions': { nl: 'Geautomatiseerde besluiten uitgelegd', en: 'Automated decisions explained' },
  'heading.processorRecords': { nl: 'Gegevens die wij namens een ander verwerken', en: 'Data we process on behalf of someone else' },
  'heading.withheld': { nl: 'Wat wij niet hebben verstrekt en waarom', en: 'What we did not include and why' },
  'heading.lifted': { nl: 'Toch verstrekt na afweging', en: 'Included after weighing' },
  'heading.portability': { nl: 'Uw gegevens om mee te nemen', en: 'Your data to take along' },
  'heading.rights': { nl: 'Uw rechten', en: 'Your rights' },
  'heading.complaint': { nl: 'Een klacht indienen', en: 'Making a complaint' },

  // The article each section answers, shown under its heading
  'article.summary': { nl: 'Art. 15 lid 1 en 2 AVG', en: 'Art. 15(1) and (2) GDPR' },
  'article.confirmation': { nl: 'Art. 15 lid 1 AVG', en: 'Art. 15(1) GDPR' },
  'article.purposes': { nl: 'Art. 15 lid 1 onder a AVG', en: 'Art. 15(1)(a) GDPR' },
  'article.dataCategories': { nl: 'Art. 15 lid 1 onder b AVG', en: 'Art. 15(1)(b) GDPR' },
  'article.recipients': { nl: 'Art. 15 lid 1 onder c AVG', en: 'Art. 15(1)(c) GDPR' },
  'article.retention': { nl: 'Art. 15 lid 1 onder d AVG', en: 'Art. 15(1)(d) GDPR' },
  'article.rightsShort': { nl: 'Art. 15 lid 1 onder e en f AVG', en: 'Art. 15(1)(e) and (f) GDPR' },
  'article.sources': { nl: 'Art. 15 lid 1 onder g AVG', en: 'Art. 15(1)(g) GDPR' },
  'article.automatedDecisions': { nl: 'Art. 15 lid 1 onder h AVG', en: 'Art. 15(1)(h) GDPR' },
  'article.transfers': { nl: 'Art. 15 lid 2 AVG', en: 'Art. 15(2) GDPR' },
  'article.copy': { nl: 'Art. 15 lid 3 AVG', en: 'Art. 15(3) GDPR' },
  'article.decisions': { nl: 'Art. 15 lid 1 onder h en art. 22 AVG', en: 'Art. 15(1)(h) and Art. 22 GDPR' },
  'article.processorRecords': { nl: 'Art. 28 lid 3 onder e AVG', en: 'Art. 28(3)(e) GDPR' },
  'article.withheld': { nl: 'Art. 15 lid 4 AVG', en: 'Art. 15(4) GDPR' },
  'article.lifted': { nl: 'Art. 15 lid 4 AVG', en: 'Art. 15(4) GDPR' },
  'article.portability': { nl: 'Art. 20 AVG', en: 'Art. 20 GDPR' },
  'article.rights': { nl: 'Art. 15 lid 1 onder e en art. 16–22 AVG', en: 'Art. 15(1)(e) and Art. 16–22 GDPR' },
  'article.complaint': { nl: 'Art. 15 lid 1 onder f en art. 77 AVG', en: 'Art. 15(1)(f) and Art. 77 GDPR' },

  // Sentences inside the sections
  'summary.recordsCount': { nl: '{count} gegevens', en: '{count} records' },
  'summary.actualRecipientsIntro': {
    nl: 'Wij hebben uw gegevens verstrekt aan deze ontvangers, op deze dagen:',
    en: 'We disclosed your data to these recipients, on these days:',
  },
  'summary.noActualRecipients': {
    nl: 'Wij hebben geen verstrekking van uw gegevens aan een ontvanger vastgelegd.',
    en: 'We have recorded no disclosure of your data to any recipient.',
  },
  'summary.otherRecipientCategories': {
    nl:
      'Voor de doelen hierboven kunnen uw gegevens ook worden verstrekt aan deze categorieën ontvangers; ' +
      'een verstrekking aan een van hen met naam hebben wij niet vastgelegd:',
    en:
      'For the purposes above your data may also be disclosed to these categories of recipients; ' +
      'we have recorded no disclosure to one of them by name:',
  },
  'summary.actualRecipients': {
    nl: 'Uw gegevens zijn {count} keer daadwerkelijk aan een ontvanger verstrekt; zie de kopie hieronder voor wie en wanneer.',
    en: 'Your data were actually disclosed {count} times; the copy below shows to whom and when.',
  },
  'summary.rightsShort': {
    nl: 'U vindt uw rechten en de klachtenroute aan het einde van dit document.',
    en: 'Your rights and how to complain are at the end of this document.',
  },
  'summary.decisionsCount': {
    nl: 'Over u zijn {count} geautomatiseerde besluiten genomen; de uitleg staat verderop.',
    en: '{count} automated decisions were taken about you; they are explained further on.',
  },
  'summary.noDecisions': { nl: 'Over u zijn geen geautomatiseerde besluiten genomen.', en: 'No automated decisions were taken about you.' },
  'summary.noTransfers': {
    nl: 'Wij hebben uw gegevens niet buiten de Europese Economische Ruimte doorgegeven.',
    en: 'We did not transfer your data outside the European Economic Area.',
  },
  'copy.intro': {
    nl: 'Hieronder staan al uw gegevens zoals wij ze hebben vastgelegd, per categorie.',
    en: 'Below are all your data as we have recorded them, by category.',
  },
  'copy.withheldRecord': { nl: 'Dit gegeven is niet verstrekt: {reason}', en: 'This record is withheld: {reason}' },
  'decision.title': { nl: 'Besluit {id} van {date}', en: 'Decision {id} of {date}' },
  'processor.controller': { nl: 'Verwerkingsverantwoordelijke: {name}, {contact}', en: 'Controller: {name}, {contact}' },
  'withheld.intro': {
    nl: 'Sommige gegevens gaan ook over andere mensen of zijn vertrouwelijk. Die hebben wij weggelaten (artikel 15, lid 4 AVG).',
    en: 'Some data also concern other people or are confidential. We left them out (Article 15(4) GDPR).',
  },
  'withheld.none': { nl: 'Wij hebben niets weggelaten.', en: 'We have not left anything out.' },
  'otherPerson.liableDebt': {
    nl:
      'Over de schuld waarvoor u aansprakelijk bent (dossier {caseId}), vastgelegd bij een andere partij: wij verstrekken dit ' +
      'omdat het ook u betreft; wie die partij is en haar rekeningnummer laten wij weg (artikel 15 AVG).',
    en:
      'About the debt you are liable for (case {caseId}), recorded under another party to it: we give it to you because it ' +
      'concerns you too; who that party is and their account number are left out (Article 15 GDPR).',
  },
  'otherPerson.lifted': {
    nl: 'Gegevens van een ander, verstrekt om een vastgelegde reden: {reason}',
    en: 'Another person’s data, disclosed for a recorded reason: {reason}',
  },
  'otherPerson.liftedField': {
    nl: '{field}: gegevens van een ander, verstrekt om een vastgelegde reden: {reason}',
    en: '{field}: another person’s data, disclosed for a recorded reason: {reason}',
  },
  'portability.otherPerson': {
    nl: 'Gegevens van een ander, die u in dit overzicht ziet maar die niet van u zijn: zij gaan niet mee (artikel 20, lid 4, AVG).',
    en: 'Another person’s data, shown in this extract but not yours: they are not included (Article 20(4) GDPR).',
  },
  'lifted.intro': {
    nl: 'Deze gegevens gaan ook over een ander, maar wij hebben na afweging besloten ze u toch te geven (artikel 15, lid 4 AVG).',
    en: 'These data also concern someone else, but after weighing the interests we decided to give them to you (Article 15(4) GDPR).',
  },

  // The visible signature block
  'signature.heading': { nl: 'Digitale handtekening', en: 'Digital signature' },
  'signature.signedBy': { nl: 'Ondertekend door', en: 'Signed by' },
  'signature.organisation': { nl: 'Organisatie', en: 'Organisation' },
  'signature.signedAt': { nl: 'Tijdstip', en: 'Time' },
  'signature.note': {
    nl: 'Gecontroleerd kan worden met elke PDF-lezer die handtekeningen toont, of met: inzage verify',
    en: 'Can be checked with any PDF reader that shows signatures, or with: inzage verify',
  },

  // Table headers and labels
  'table.category': { nl: 'Categorie', en: 'Category' },
  'table.explanation': { nl: 'Toelichting', en: 'Explanation' },
  'table.field': { nl: 'Gegeven', en: 'Field' },
  'table.value': { nl: 'Waarde', en: 'Value' },
  'table.record': { nl: 'Gegeven', en: 'Record' },
  'table.details': { nl: 'Inhoud', en: 'Details' },
  'table.case': { nl: 'Dossier', en: 'Case' },
  'table.purposes': { nl: 'Doel', en: 'Purpose' },
  'table.source': { nl: 'Bron', en: 'Source' },
  'table.retention': { nl: 'Bewaren', en: 'Retention' },
  'table.recipients': { nl: 'Verstrekt aan', en: 'Disclosed to' },
  'table.recipientCategories': { nl: 'Mogelijke ontvangers (categorieën)', en: 'Possible recipients (categories)' },
  'table.logic': { nl: 'Hoe het werkt', en: 'How it works' },
  'table.significance': { nl: 'Betekenis voor u', en: 'What it means for you' },
  'table.article22': { nl: 'Grond (artikel 22 AVG)', en: 'Ground (Article 22 GDPR)' },
  'table.variable': { nl: 'Gegeven', en: 'Variable' },
  'table.outcome': { nl: 'Uitkomst', en: 'Outcome' },
  'table.consequence': { nl: 'Gevolg', en: 'Consequence' },
  'table.counterfactuals': { nl: 'Wat de uitkomst had veranderd', en: 'What would have changed the outcome' },
  'table.reason': { nl: 'Reden', en: 'Reason' },
  'table.note': { nl: 'Toelichting', en: 'Note' },
  'table.decidedBy': { nl: 'Besloten door', en: 'Decided by' },
  'label.withheld': { nl: '[niet verstrekt]', en: '[withheld]' },
  'label.empty': { nl: '—', en: '—' },
  'label.yes': { nl: 'ja', en: 'yes' },
  'label.no': { nl: 'nee', en: 'no' },
  'label.days': { nl: '{count} dagen', en: '{count} days' },
  'label.points': { nl: '{count} punten', en: '{count} points' },
  'label.keptUntil': { nl: 'tot {date}', en: 'until {date}' },
  'label.retentionOpen': { nl: 'nog open', en: 'still open' },
  'label.retentionHold': { nl: 'bewaard i.v.m. rechtszaak', en: 'kept for a legal claim' },
  'label.retentionEraseNow': { nl: 'wordt gewist', en: 'due for erasure' },

  // The archive README (shared/output/archiveReadme.ts)
  'readme.title': { nl: 'Uw gegevens om mee te nemen (artikel 20 AVG)', en: 'Your data to take with you (Article 20 GDPR)' },
  'readme.intro': {
    nl:
      'Dit archief bevat de persoonsgegevens die u aan {controller} hebt verstrekt ' +
      'of die bij het uitvoeren van de overeenkomst over u zijn vastgelegd, in ' +
      'een gestructureerde, gangbare en machineleesbare vorm. U mag deze gegevens ' +
      'aan een andere organisatie geven.',
    en:
      'This archive holds the personal data you provided to {controller}, or that ' +
      'were recorded about you in performing the agreement, in a structured, commonly ' +
      'used and machine-readable format. You may give these data to another organisation.',
  },
  'readme.files': { nl: 'De bestanden', en: 'The files' },
  'readme.dataJson': {
    nl: 'Alle gegevens in één JSON-bestand (UTF-8). Het formaat heet "inzage-portability-data", versie {version}.',
    en: 'All data in one JSON file (UTF-8). Its format is "inzage-portability-data", version {version}.',
  },
  'readme.csv': {
    nl:
      'Dezelfde gegevens als tabel, één CSV-bestand per categorie (RFC 4180, UTF-8 met byte-order mark zodat Excel ' +
      'letters als ü en ë goed toont, komma als scheidingsteken, eerste regel met kolomnamen). Nederlandse Excel ' +
      'verwacht een puntkomma: open dan liever het Excel-bestand hieronder, of gebruik Gegevens > Uit tekst/CSV.',
    en:
      'The same data as tables, one CSV file per category (RFC 4180, UTF-8 with a byte-order mark so that Excel shows ' +
      'letters such as ü and ë correctly, comma-separated, the first line names the columns).',
  },
  // The workbook beside the CSVs (issue 14.11): opens in Excel in any locale, headers in the person's language.
  'readme.workbook': {
    nl: 'Dezelfde gegevens als Excel-werkmap (.xlsx): één tabblad per categorie, met kolomkoppen in het Nederlands.',
    en: 'The same data as an Excel workbook (.xlsx): one sheet per category, with column headings in English.',
  },
  'workbook.column.record_kind': { nl: 'Soort gegeven', en: 'Kind of record' },
  'workbook.column.record_id': { nl: 'Nummer', en: 'Record number' },
  'workbook.column.case_id': { nl: 'Dossier', en: 'Case' },
  'workbook.column.portability': { nl: 'Herkomst', en: 'Origin' },
  'workbook.portability.provided': { nl: 'door u verstrekt', en: 'provided by you' },
  'workbook.portability.observed': { nl: 'over u vastgelegd', en: 'recorded about you' },
  'readme.pdf': {
    nl: 'Het volledige, digitaal ondertekende inzageoverzicht (PDF).',
    en: 'The full, digitally signed access extract (PDF).',
  },
  'readme.manifest': {
    nl:
      'De SHA-256-controlegetallen van alle bestanden en het kenmerk {reference}. ' +
      'Hiermee kan iedereen controleren dat niets is gewijzigd (bijvoorbeeld met: ' +
      'inzage verify).',
    en:
      'The SHA-256 checksums of every file and the reference {reference}. Anyone ' +
      'can use it to check that nothing was changed (for example with: inzage ' +
      'verify).',
  },
  'readme.manifestSignature': {
    nl:
      'De digitale handtekening van {controller} over manifest.json (CMS), met hetzelfde certificaat als de PDF: ' +
      'zo ziet iedereen dat ook de controlegetallen niet zijn vervangen.',
    en:
      "{controller}'s digital signature over manifest.json (CMS), made with the same certificate as the PDF: " +
      'so anyone can see that the checksums themselves were not replaced either.',
  },
  'readme.readme': { nl: 'Dit bestand.', en: 'This file.' },
  'readme.columns': { nl: 'Kolommen van {file}', en: 'Columns of {file}' },
  'readme.column.record_kind': { nl: 'soort gegeven', en: 'kind of record' },
  'readme.column.record_id': { nl: 'ons nummer van het gegeven', en: 'our number for the record' },
  'readme.column.case_id': {
    nl: 'het dossier waar het gegeven bij hoort (leeg als er geen is)',
    en: 'the case the record belongs to (empty if none)',
  },
  'readme.column.portability': {
    nl: '"provided" = door u verstrekt, "observed" = over u vastgelegd bij het uitvoeren van de overeenkomst',
    en: '"provided" = you gave it to us, "observed" = recorded about you in performing the agreement',
  },
  'readme.included': { nl: 'Wat wel in dit archief staat', en: 'What this archive includes' },
  'readme.excluded': { nl: 'Wat niet in dit archief staat (wel in de PDF)', en: 'What this archive leaves out (it is in the PDF)' },
  'readme.emptyCells': {
    nl: 'Een lege cel betekent: geen waarde, of een waarde die wij niet mogen verstrekken omdat die over iemand anders gaat.',
    en: 'An empty cell means: no value, or a value we may not give you because it concerns someone else.',
  },

  // Retention explanations (Art. 15(1)(d))
  'retention.expires': { nl: '{rule}: bewaard tot en met {until}.', en: '{rule}: kept until {until} inclusive.' },
  'retention.expired': {
    nl: '{rule}: de bewaartermijn is verstreken op {until}; deze gegevens worden verwijderd.',
    en: '{rule}: the retention period ended on {until}; these data are due for erasure.',
  },
  'retention.unsubscribed': {
    nl: '{rule}: u hebt zich op {until} afgemeld; deze gegevens worden direct verwijderd.',
    en: '{rule}: you unsubscribed on {until}; these data are erased at once.',
  },
  'retention.case-open': {
    nl: '{rule}: open — het dossier loopt nog. De termijn van {period} begint zodra het dossier wordt afgesloten.',
    en: '{rule}: open — the case is still running. The period of {period} starts when the case is closed.',
  },
  'retention.relationship-running': {
    nl:
      '{rule}: open — de relatie loopt nog. De termijn van {period} begint zodra ' +
      'de relatie is beëindigd en de wederzijdse vorderingen zijn afgewikkeld.',
    en:
      '{rule}: open — the relationship is still running. The period of {period} ' +
      'starts once the relationship has ended and mutual claims have been settled.',
  },
  'retention.business-relationship-running': {
    nl:
      '{rule}: open — de zakelijke relatie waarvoor deze controle is gedaan, loopt nog. ' +
      'De termijn van {period} begint zodra die relatie is beëindigd (artikel 33 Wwft).',
    en:
      '{rule}: open — the business relationship this check was made for is still running. ' +
      'The period of {period} starts once that relationship has ended (Article 33 of the Dutch AML Act, Wwft).',
  },
  'retention.claims-not-settled': {
    nl:
      '{rule}: open — de relatie is beëindigd, maar de wederzijdse vorderingen ' +
      'zijn nog niet afgewikkeld. Daarna begint de termijn van {period}.',
    en: '{rule}: open — the relationship has ended but mutual claims have not yet been settled. The period of {period} starts after that.',
  },
  'retention.no-trigger-date': {
    nl: '{rule}: open — de gebeurtenis waarmee de termijn van {period} begint, heeft nog niet plaatsgevonden.',
    en: '{rule}: open — the event that starts the period of {period} has not happened yet.',
  },
  'retention.hold': {
    nl:
      '{rule} geldt nu niet: een juridische bewaarplicht sinds {since} gaat voor ' +
      '({reason}). Zodra die vervalt, geldt de gewone termijn weer.',
    en:
      '{rule} does not apply for now: a legal hold since {since} overrides it ' +
      '({reason}). Once the hold ends, the normal period applies again.',
  },
  'retention.holdSuspends': {
    nl:
      '{rule}: normaal bewaard tot en met {until}. Een juridische bewaarplicht sinds {since} schort dat op ' +
      '({reason}): zolang die loopt, worden deze gegevens niet verwijderd. Daarna geldt de gewone termijn weer.',
    en:
      '{rule}: normally kept until {until} inclusive. A legal hold since {since} suspends this ' +
      '({reason}): while it lasts, these data are not erased. After it, the normal period applies again.',
  },
  'retention.holdAfterPeriod': {
    nl:
      '{rule}: de gewone termijn liep af op {until}, vóór de juridische bewaarplicht van {since} begon ({reason}). ' +
      'Wij bewaren deze gegevens nu alleen vanwege die bewaarplicht en verwijderen ze zodra die vervalt.',
    en:
      '{rule}: the normal period ended on {until}, before the legal hold of {since} began ({reason}). ' +
      'We now keep these data only because of that hold and erase them as soon as it ends.',
  },
  'retention.holdRecord': {
    nl: '{rule}: deze juridische bewaarplicht loopt sinds {since} ({reason}) en blijft bestaan zolang dat nodig is.',
    en: '{rule}: this legal hold has been in place since {since} ({reason}) and lasts as long as it is needed.',
  },
  'retention.controller-decides': {
    nl: 'Deze gegevens bewaren wij zo lang als onze klant, de verwerkingsverantwoordelijke, bepaalt.',
    en: 'We keep these data for as long as our client, the controller, decides.',
  },
  'retention.processorRule': { nl: 'Bepaald door de verwerkingsverantwoordelijke', en: 'Set by the controller' },
  'period.months': { nl: '{count} maanden', en: '{count} months' },
  'period.years': { nl: '{count} jaar', en: '{count} years' },
  'period.none': { nl: 'de duur van de bewaarplicht', en: 'the duration of the hold' },

  // Recipients and transfers (Art. 15(1)(c), 15(2))
  'transfer.noSafeguard': {
    nl: 'Voor deze doorgifte is geen waarborg vastgelegd; neem contact met ons op als u hierover meer wilt weten.',
    en: 'No safeguard is recorded for this transfer; please contact us if you would like to know more.',
  },
  'safeguard.adequacy-decision': {
    nl: 'Adequaatheidsbesluit van de Europese Commissie',
    en: 'Adequacy decision of the European Commission',
  },
  'safeguard.standard-contractual-clauses': {
    nl: 'Standaardcontractbepalingen van de Europese Commissie',
    en: 'Standard contractual clauses of the European Commission',
  },
  'safeguard.binding-corporate-rules': { nl: 'Bindende bedrijfsvoorschriften', en: 'Binding corporate rules' },

  // Automated decisions (Art. 15(1)(h), Art. 22)
  'decision.defaultRule': {
    nl: 'Geen van de regels was van toepassing; daarom gold de standaarduitkomst.',
    en: 'None of the rules applied; the default outcome therefore applied.',
  },
  'decision.ruleNumber': { nl: 'Regel {number}: {explanation}', en: 'Rule {number}: {explanation}' },
  'decision.versionGone': {
    nl:
      'Dit besluit is genomen met versie {version} van de regels, die niet meer ' +
      'in het register staat; de uitkomst is zoals toen vastgelegd.',
    en:
      'This decision was taken with version {version} of the rules, which is no ' +
      'longer in the register; the outcome is as recorded at the time.',
  },
  'decision.replayDiffers': {
    nl:
      'De uitkomst is zoals die destijds is vastgelegd; met de regels zoals ze ' +
      'nu in het register staan, is het besluit niet precies na te rekenen. Vraagt ' +
      'u gerust om toelichting of om beoordeling door een medewerker.',
    en:
      'The outcome is as recorded at the time; with the rules as they now stand ' +
      'in the register, the decision cannot be recomputed exactly. Feel free to ' +
      'ask us for an explanation or for a review by a staff member.',
  },
  'decision.counterfactual': {
    nl: 'Als ‘{variable}’ {range} was geweest (en al het andere gelijk), dan was de uitkomst geweest: {outcome}.',
    en: 'Had ‘{variable}’ been {range} (all else equal), the outcome would have been: {outcome}.',
  },
  'range.exactly': { nl: '{value}', en: '{value}' },
  'range.atLeast': { nl: '{value} of meer', en: '{value} or more' },
  'range.below': { nl: 'minder dan {value}', en: 'less than {value}' },
  'range.between': { nl: 'tussen {low} en {high}', en: 'between {low} and {high}' },

  // Redactions (Art. 15(4))
  'reason.third-party-data': {
    nl: 'Persoonsgegevens van een ander (artikel 15, lid 4, AVG)',
    en: 'Personal data of another person (Article 15(4) GDPR)',
  },
  'reason.third-party-financial': {
    nl: 'Financiële gegevens van een ander, zoals inkomen of schulden (artikel 15, lid 4, AVG)',
    en: 'Financial data of another person, such as income or debts (Article 15(4) GDPR)',
  },
  'reason.confidential-business': {
    nl: 'Bedrijfsgeheim of intellectueel eigendom (artikel 15, lid 4, AVG)',
    en: 'Trade secret or intellectual property (Article 15(4) GDPR)',
  },
  'reason.legal-privilege': {
    nl: 'Vertrouwelijk juridisch advies (artikel 15, lid 4, AVG)',
    en: 'Confidential legal advice (Article 15(4) GDPR)',
  },
  'reason.other': {
    nl: 'Rechten en vrijheden van anderen (artikel 15, lid 4, AVG)',
    en: 'Rights and freedoms of others (Article 15(4) GDPR)',
  },

  // Portability (Art. 20)
  'portability.explanation': {
    nl:
      'U hebt het recht de gegevens die u zelf aan ons hebt verstrekt, en gegevens ' +
      'die wij over u hebben waargenomen (zoals uw betalingen), te ontvangen in ' +
      'een gestructureerde, gangbare en machineleesbare vorm, voor zover wij ze ' +
      'verwerken op basis van uw toestemming of een overeenkomst (artikel 20 AVG). ' +
      'Afgeleide gegevens, zoals een kredietscore of een geautomatiseerd besluit, ' +
      'vallen daar niet onder; u vindt ze wel in dit uittreksel.',
    en:
      'You have the right to receive the data you provided to us yourself, and ' +
      'data we observed about you (such as your payments), in a structured, commonly ' +
      'used and machine-readable format, insofar as we process them on the basis ' +
      'of your consent or a contract (Article 20 GDPR). Inferred data, such as ' +
      'a credit score or an automated decision, are not covered; you will find ' +
      'them in this extract.',
  },
  'portability.processorOnly': {
    nl:
      'Voor gegevens die wij als verwerker verwerken, beantwoordt de verwerkingsverantwoordelijke ' +
      '(onze klant) een verzoek om overdraagbaarheid.',
    en: 'For data we process as a processor, the controller (our client) answers a request for data portability.',
  },
  'portability.included': { nl: 'In het archief', en: 'In the archive' },
  'portability.excluded': { nl: 'Niet in het archief, en waarom', en: 'Not in the archive, and why' },
  'portability.withheld': {
    nl: 'Gegevens van anderen, weggelaten op grond van artikel 15, lid 4, en artikel 20, lid 4, AVG.',
    en: 'Data of others, withheld under Article 15(4) and Article 20(4) GDPR.',
  },

  // Code labels of stored values (the register labels purposes, sources and categories; these are the rest)
  'code.gender.F': { nl: 'vrouw', en: 'female' },
  'code.gender.M': { nl: 'man', en: 'male' },
  'code.gender.X': { nl: 'onbepaald', en: 'unspecified' },
  'code.nameKind.legal': { nl: 'officiële naam', en: 'legal name' },
  'code.nameKind.alias': { nl: 'andere naam', en: 'alias' },
  'code.nameKind.former': { nl: 'eerdere naam', en: 'former name' },
  'code.nameKind.spelling': { nl: 'andere schrijfwijze', en: 'other spelling' },
  'code.phoneKind.mobile': { nl: 'mobiel', en: 'mobile' },
  'code.phoneKind.landline': { nl: 'vast', en: 'landline' },
  'code.caseStatus.open': { nl: 'lopend', en: 'open' },
  'code.caseStatus.closed': { nl: 'afgesloten', en: 'closed' },
  'code.partyRole.debtor': { nl: 'debiteur', en: 'debtor' },
  'code.partyRole.obligor': { nl: 'partij met een andere verplichting', en: 'party with another obligation' },
  'code.partyRole.co-liable': { nl: 'hoofdelijk medeaansprakelijke', en: 'jointly and severally liable party' },
  'code.partyRole.guarantor': { nl: 'borg', en: 'guarantor' },
  'code.partyRole.representative': { nl: 'vertegenwoordiger', en: 'representative' },
  'code.paymentMethod.bank-transfer': { nl: 'overboeking', en: 'bank transfer' },
  'code.paymentMethod.ideal': { nl: 'iDEAL', en: 'iDEAL' },
  'code.paymentMethod.direct-debit': { nl: 'automatische incasso', en: 'direct debit' },
  'code.paymentMethod.cash': { nl: 'contant', en: 'cash' },
  'code.paymentMethod.attachment': { nl: 'via beslag', en: 'through attachment' },
  'code.arrangementStatus.active': { nl: 'lopend', en: 'active' },
  'code.arrangementStatus.completed': { nl: 'nagekomen', en: 'completed' },
  'code.arrangementStatus.broken': { nl: 'niet nagekomen', en: 'not kept' },
  'code.channel.letter': { nl: 'brief', en: 'letter' },
  'code.channel.email': { nl: 'e-mail', en: 'e-mail' },
  'code.channel.phone': { nl: 'telefoon', en: 'phone' },
  'code.channel.portal': { nl: 'portaal', en: 'portal' },
  'code.channel.sms': { nl: 'sms', en: 'text message' },
  'code.direction.in': { nl: 'van u aan ons', en: 'from you to us' },
  'code.direction.out': { nl: 'van ons aan u', en: 'from us to you' },
  'code.letterType.first-reminder': { nl: 'eerste herinnering', en: 'first reminder' },
  'code.letterType.second-reminder': { nl: 'tweede herinnering', en: 'second reminder' },
  'code.letterType.formal-demand': { nl: 'ingebrekestelling', en: 'formal demand' },
  'code.letterType.arrangement-confirmation': { nl: 'bevestiging betalingsregeling', en: 'confirmation of payment arrangement' },
  'code.letterType.final-notice': { nl: 'laatste aanmaning', en: 'final notice' },
  'code.legalStep.payment-order': { nl: 'betalingsbevel', en: 'payment order' },
  'code.legalStep.court-case': { nl: 'gerechtelijke procedure', en: 'court case' },
  'code.legalStep.enforcement': { nl: 'tenuitvoerlegging', en: 'enforcement' },
  'code.legalStep.attachment': { nl: 'beslag', en: 'attachment' },
  'code.providerKind.credit-bureau': { nl: 'kredietinformatiebureau', en: 'credit reference agency' },
  'code.providerKind.government': { nl: 'overheidsinstantie', en: 'public authority' },
  'code.providerKind.address-update': { nl: 'adresactualisatiedienst', en: 'address-update service' },
  'code.amlOutcome.clear': { nl: 'geen bijzonderheden', en: 'clear' },
  'code.amlOutcome.review': { nl: 'nader onderzoek', en: 'further review' },
  'code.amlOutcome.refused': { nl: 'geweigerd', en: 'refused' },
  'code.orgRole.client-contact': { nl: 'contactpersoon van een klant', en: 'contact person of a client' },
  'code.orgRole.client-partner': { nl: 'vennoot van een klant', en: 'partner of a client' },
  'code.orgRole.client-guarantor': { nl: 'borg van een klant', en: 'guarantor of a client' },
  'code.orgRole.prospect-contact': { nl: 'contactpersoon van een potentiële klant', en: 'contact person of a prospective client' },
  'code.orgRole.authority-contact': { nl: 'contactpersoon bij een overheidsinstantie', en: 'contact person at a public authority' },
  'code.orgRole.supplier-contact': { nl: 'contactpersoon bij een dienstverlener', en: 'contact person at a service provider' },
  'code.marketingKind.newsletter': { nl: 'nieuwsbrief', en: 'newsletter' },
  'code.marketingKind.event': { nl: 'evenement', en: 'event' },
  'code.marketingKind.call': { nl: 'telefoongesprek', en: 'phone call' },
  'code.marketingKind.marketing-analysis': { nl: 'marketinganalyse', en: 'marketing analysis' },
  'code.specialCategory.health': { nl: 'gezondheid', en: 'health' },
  'code.specialCategory.criminal-record': { nl: 'strafrechtelijke gegevens', en: 'criminal-record data' },
  'code.legalGround.art9-2-a': {
    nl: 'uitdrukkelijke toestemming (artikel 9, lid 2, onder a, AVG)',
    en: 'explicit consent (Article 9(2)(a) GDPR)',
  },
  'code.legalGround.art9-2-f': { nl: 'rechtsvordering (artikel 9, lid 2, onder f, AVG)', en: 'legal claims (Article 9(2)(f) GDPR)' },
  'code.legalGround.art10': {
    nl: 'strafrechtelijke gegevens bij wet toegestaan (artikel 10 AVG, UAVG)',
    en: 'criminal-record data authorised by law (Article 10 GDPR, UAVG)',
  },
  'code.invoiceStatus.open': { nl: 'openstaand', en: 'open' },
  'code.invoiceStatus.paid': { nl: 'betaald', en: 'paid' },
  'code.invoiceStatus.reminded': { nl: 'herinnering verstuurd', en: 'reminder sent' },
  'code.invoiceStatus.handed-over': { nl: 'overgedragen', en: 'handed over' },
  // Branch docs-extract (issue 16.4, 16.5): the case file's documents in the extract and the archive.
  'documents.heading': { nl: 'Documenten uit uw dossier', en: 'Documents from your file' },
  'documents.article': { nl: 'Artikel 15, lid 3 AVG', en: 'Article 15(3) GDPR' },
  'documents.intro': {
    nl: 'Brieven, scans, e-mails en gespreksnotities over u. Elk document staat volledig als bijlage achter dit overzicht.',
    en: 'Letters, scans, e-mails and call notes about you. Each document is reproduced in full as an appendix after this list.',
  },
  'documents.column.appendix': { nl: 'Bijlage', en: 'Appendix' },
  'documents.column.kind': { nl: 'Soort', en: 'Kind' },
  'documents.column.date': { nl: 'Datum', en: 'Date' },
  'documents.column.direction': { nl: 'Richting', en: 'Direction' },
  'documents.column.fromTo': { nl: 'Van / aan', en: 'From / to' },
  'documents.column.title': { nl: 'Omschrijving', en: 'Description' },
  'documents.column.pages': { nl: "Pagina's", en: 'Pages' },
  'documents.column.page': { nl: 'Pagina', en: 'Page' },
  'documents.column.reason': { nl: 'Reden', en: 'Reason' },
  'documents.kind.letterSent': { nl: 'Verzonden brief', en: 'Letter sent' },
  'documents.kind.letterReceived': { nl: 'Ontvangen brief', en: 'Letter received' },
  'documents.kind.email': { nl: 'E-mail', en: 'E-mail' },
  'documents.kind.callNote': { nl: 'Gespreksnotitie', en: 'Call note' },
  'documents.kind.other': { nl: 'Overig document', en: 'Other document' },
  'documents.direction.incoming': { nl: 'Ontvangen', en: 'Incoming' },
  'documents.direction.outgoing': { nl: 'Verzonden', en: 'Outgoing' },
  'documents.direction.internal': { nl: 'Intern', en: 'Internal' },
  'documents.fromTo': { nl: 'van {from} aan {to}', en: 'from {from} to {to}' },
  'documents.unknownParty': { nl: 'onbekend', en: 'unknown' },
  'documents.appendix': { nl: 'Bijlage {number}: {kind} van {date}', en: 'Appendix {number}: {kind} of {date}' },
  'documents.appendixPage': { nl: 'Pagina {page} van {pages}', en: 'Page {page} of {pages}' },
  'documents.notReproduced': {
    nl: 'Dit document kon niet worden weergegeven ({why}). Wij sturen het u op verzoek apart toe.',
    en: 'This document could not be reproduced ({why}). We will send it to you separately on request.',
  },
  'documents.why.encrypted': { nl: 'het bestand is met een wachtwoord beveiligd', en: 'the file is password-protected' },
  'documents.why.damaged': { nl: 'het bestand is beschadigd', en: 'the file is damaged' },
  'documents.why.unsupported': {
    nl: 'dit bestandstype kan niet als pagina worden weergegeven',
    en: 'this file type cannot be shown as pages',
  },
  'documents.notRead': {
    nl: 'De tekst van dit document is niet gelezen; het bestand zit in het archief zoals wij het hebben.',
    en: 'The text of this document was not read; the file is in the archive as we hold it.',
  },
  'documents.heldAsProcessor': {
    nl: 'Wij bewaren dit document namens {controller} (verwerker, artikel 28 AVG) en verstrekken het op diens instructie.',
    en: 'We hold this document on behalf of {controller} (processor, Article 28 GDPR) and provide it on their instruction.',
  },
  'documents.withheldHeading': { nl: 'Weggelaten uit documenten', en: 'Left out of documents' },
  'documents.withheldIntro': {
    nl:
      'In deze documenten hebben wij gegevens van anderen onleesbaar gemaakt (artikel 15, lid 4 AVG). ' +
      'De woorden zijn echt verwijderd, niet alleen afgedekt.',
    en: 'In these documents we made other people’s data unreadable (Article 15(4) GDPR). The words are removed, not merely covered.',
  },
  'documents.redactedMarker': { nl: '[weggelaten]', en: '[withheld]' },
  'readme.documents': {
    nl: 'De documenten uit uw dossier, elk als bestand. Waar wij iets hebben weggelaten is dit de bewerkte versie.',
    en: 'The documents from your file, each as a file. Where we left something out, this is the redacted version.',
  },
} as const satisfies Record<string, Entry>;

export type TextKey = keyof typeof texts;

export class MissingTextError extends Error {
  constructor(key: string) {
    super(`No text "${key}" in the extract's text catalogue (shared/extract/texts.ts)`);
    this.name = 'MissingTextError';
  }
}

export function hasText(key: string): key is TextKey {
  return Object.hasOwn(texts, key);
}

/** The text in `language` with `{name}` placeholders filled; a missing placeholder value is an error. */
export function fill(key: TextKey, language: Language, values: Readonly<Record<string, string | number>> = {}): string {
  const template = texts[key][language];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`Text "${key}" needs a value for {${name}}`);
    return String(value);
  });
}

/** The text for a key built at run time (a stored code); throws rather than return an empty string. */
export function textFor(key: string, language: Language): string {
  if (!hasText(key)) throw new MissingTextError(key);
  return texts[key][language];
}

/** The catalogue in one language, as a renderer uses it: `t('heading.rights')`, `t('doc.page', { page, pages })`. */
export type ExtractTexts = (key: TextKey, values?: Readonly<Record<string, string | number>>) => string;

export function textsIn(language: Language): ExtractTexts {
  return (key, values) => fill(key, language, values);
}
