import type { Language } from '../extract/extractModel.ts';
import type { ErrorParams } from './domainError.ts';
import type { ErrorCode } from './errorCodes.ts';
import { isRequestStatus, statusLabels } from '../requests/requestStatus.ts';

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
  // Not failures: what a writer says while it waits for the database (issue 13.6, electron/core/db/writeLock.ts).
  'storage.waiting-import': {
    nl: 'Wachten op de database: er loopt een import ({seconds} s).',
    en: 'Waiting for the database: an import is running ({seconds} s).',
  },
  'storage.waiting-writer': {
    nl: 'Wachten op de database: een ander Inzage-proces schrijft ({seconds} s).',
    en: 'Waiting for the database: another Inzage process is writing ({seconds} s).',
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
  'keys.invalid': {
    nl: 'De sleutel van deze installatie ({source}) is ongeldig. Meld dit aan de beheerder; er is niets geopend.',
    en: 'The key of this installation ({source}) is not valid. Tell the administrator; nothing was opened.',
  },
  'keys.missing': {
    nl: 'De sleutel van deze installatie ({source}) is niet gevonden. Meld dit aan de beheerder; er is niets geopend.',
    en: 'The key of this installation ({source}) was not found. Tell the administrator; nothing was opened.',
  },
  'database.key-wrong': {
    nl: 'De database is versleuteld met een andere sleutel dan die van deze installatie. Meld dit aan de beheerder; er is niets geopend.',
    en: "The database is encrypted with another key than this installation's. Tell the administrator; nothing was opened.",
  },
  'request.not-found': {
    nl: 'Er is geen verzoek met kenmerk {reference}.',
    en: 'There is no request with reference {reference}.',
  },
  'request.clerk-missing': {
    nl: 'Wie handelt er? Vul in Instellingen uw naam in; die komt in het auditlog.',
    en: 'Who is acting? Enter your name in Settings; it goes into the audit log.',
  },
  'request.received-in-future': {
    nl: 'De ontvangstdatum {receivedOn} ligt in de toekomst (vandaag is het {today}).',
    en: 'The date of receipt {receivedOn} lies in the future (today is {today}).',
  },
  'request.closed': {
    nl: 'Verzoek {reference} is "{status}" en daarmee afgesloten; het kan niet meer worden gewijzigd.',
    en: 'Request {reference} is "{status}" and therefore closed; it cannot be changed.',
  },
  'request.no-subject': {
    nl: 'Aan verzoek {reference} is nog geen betrokkene gekoppeld: zoek eerst de persoon.',
    en: 'No data subject is linked to request {reference} yet: find the person first.',
  },
  'status.same': {
    nl: 'Verzoek {reference} heeft de status "{status}" al.',
    en: 'Request {reference} is already "{status}".',
  },
  'status.closed': {
    nl:
      'Verzoek {reference} is "{from}" en daarmee afgesloten; het kan niet meer ' +
      '"{to}" worden. Een nieuwe vraag van de persoon is een nieuw verzoek.',
    en: 'Request {reference} is "{from}" and therefore closed; it cannot become "{to}". A new question from the person is a new request.',
  },
  'status.not-allowed': {
    nl: 'Verzoek {reference} kan niet van "{from}" naar "{to}"; vanuit "{from}" kan het worden: {allowed}.',
    en: 'Request {reference} cannot go from "{from}" to "{to}"; from "{from}" it can become: {allowed}.',
  },
  'status.identity-required': {
    nl:
      'Verzoek {reference} kan niet "{to}" worden voordat de identiteit is gecontroleerd: ' +
      'leg eerst de controle vast. Gegevens aan de verkeerde persoon sturen is ' +
      'een datalek.',
    en:
      'Request {reference} cannot become "{to}" before the identity is verified: ' +
      'record the check first. Sending data to the wrong person is a data breach.',
  },
  'status.reason-required': {
    nl: 'Verzoek {reference} kan alleen "{to}" worden met een reden; een weigering moet de persoon zeggen waarom (art. 12 lid 4 AVG).',
    en: 'Request {reference} can only become "{to}" with a reason; a refusal must tell the person why (Art. 12(4) GDPR).',
  },
  'identity.method-required': {
    nl: 'Vermeld hoe de identiteit is gecontroleerd, bijvoorbeeld "identiteitsbewijs getoond aan de balie, geen kopie bewaard".',
    en: 'Say how the identity was checked, for example "ID card shown at the desk, no copy kept".',
  },
  'identity.arrived-in-future': {
    nl: 'De identificatiegegevens kunnen niet in de toekomst binnenkomen ({arrived}; vandaag is het {today}).',
    en: 'The identity information cannot arrive in the future ({arrived}; today is {today}).',
  },
  'identity.arrived-before-asked': {
    nl: 'Bij verzoek {reference} kunnen de gegevens niet zijn binnengekomen ({arrived}) voordat erom werd gevraagd ({askedOn}).',
    en: 'For request {reference} the information cannot have arrived ({arrived}) before it was asked for ({askedOn}).',
  },
  'extension.closed': {
    nl: 'Verzoek {reference} is "{status}" en afgesloten; een afgesloten verzoek kan niet worden verlengd.',
    en: 'Request {reference} is "{status}" and closed; a closed request cannot be extended.',
  },
  'extension.already': {
    nl: 'Verzoek {reference} is al verlengd op {recordedOn}; art. 12 lid 3 AVG staat één verlenging van twee maanden toe.',
    en: 'Request {reference} was already extended on {recordedOn}; Art. 12(3) GDPR allows one extension of two months.',
  },
  'extension.paused': {
    nl: 'De termijn van verzoek {reference} staat stil sinds {since} (wachten op identificatie); er is nog niets te verlengen.',
    en:
      'The deadline of request {reference} is suspended since {since} (waiting ' +
      'for identity information); there is nothing to extend yet.',
  },
  'pause.after-due': {
    nl:
      'Verzoek {reference} kan niet meer worden gepauzeerd voor identificatie: de termijn eindigde op {due}, ' +
      'en vandaag ({today}) is {daysLate} dag(en) later. Een pauze achteraf maakt een te laat antwoord ' +
      'niet tijdig (EDPB-richtsnoeren 01/2022). Beantwoord het verzoek zo snel mogelijk.',
    en:
      'Request {reference} can no longer be paused for identity information: the deadline ended on {due}, ' +
      'and today ({today}) is {daysLate} day(s) later. A pause after the fact does not make a late answer ' +
      'timely (EDPB Guidelines 01/2022). Answer the request as soon as possible.',
  },
  'pause.identity-verified': {
    nl:
      'Verzoek {reference} kan niet worden gepauzeerd voor identificatie: de identiteit is al gecontroleerd ' +
      'op {checkedOn}. Opnieuw om identificatie vragen schuift de termijn niet op (art. 12 lid 6 AVG).',
    en:
      'Request {reference} cannot be paused for identity information: the identity was already verified ' +
      'on {checkedOn}. Asking again does not move the deadline (Art. 12(6) GDPR).',
  },
  'extension.too-late': {
    nl:
      'Een verlenging moet binnen de eerste maand worden besloten en gemeld (art. ' +
      '12 lid 3 AVG): die maand eindigde op {firstDue}, en {recordedOn} is {daysLate} ' +
      'dag(en) later. Beantwoord het verzoek nu; de verlenging is niet vastgelegd.',
    en:
      'An extension must be decided and the person told within the first month ' +
      '(Art. 12(3) GDPR): that month ended on {firstDue}, and {recordedOn} is ' +
      '{daysLate} day(s) later. Answer the request now; the extension was not ' +
      'recorded.',
  },
  'extension.reason-required': {
    nl: 'Een verlenging heeft redenen nodig: de persoon krijgt ze te horen (art. 12 lid 3 AVG).',
    en: 'An extension needs its reasons: the person is told them (Art. 12(3) GDPR).',
  },
  'subject.reason-required': {
    nl: 'Zeg waarom betrokkene {subjectId} niet (meer) bij verzoek {reference} hoort; die reden blijft bewaard.',
    en: 'Say why data subject {subjectId} does not (or no longer) belong to request {reference}; the reason is kept.',
  },
  'subject.not-linked': {
    nl: 'Betrokkene {subjectId} is niet gekoppeld aan verzoek {reference}.',
    en: 'Data subject {subjectId} is not linked to request {reference}.',
  },
  'subject.rejected-before': {
    nl:
      'Bij verzoek {reference} is al vastgelegd dat {subjectId} niet deze persoon is. ' +
      'Bekijk de reden; koppel alleen als u zeker weet dat het toch dezelfde persoon is, en bevestig dat.',
    en:
      'Request {reference} already records that {subjectId} is not this person. ' +
      'Check the reason; link only if you are sure it is the same person after all, and confirm that.',
  },
  'note.empty': {
    nl: 'Een notitie bij verzoek {reference} heeft tekst nodig.',
    en: 'A note on request {reference} needs text.',
  },
  'output.not-sha256': {
    nl: 'Het bestand {fileName} kan niet worden vastgelegd: de controlewaarde is geen SHA-256.',
    en: 'The file {fileName} cannot be recorded: its checksum is not a SHA-256.',
  },
  'redaction.unknown-reason': {
    nl: 'Onbekende reden om af te schermen ({reason}); kies een van: {allowed}.',
    en: 'Unknown reason to redact ({reason}); choose one of: {allowed}.',
  },
  'redaction.record-not-found': {
    nl: 'Er is geen record {record} bij de gekoppelde personen van verzoek {reference}; er is niets afgeschermd.',
    en: 'There is no record {record} among the linked people of request {reference}; nothing was redacted.',
  },
  'redaction.field-unknown': {
    nl: 'Een record van soort {recordKind} heeft geen veld {field}; er is niets afgeschermd.',
    en: 'A record of kind {recordKind} has no field {field}; nothing was redacted.',
  },
  'redaction.unresolved': {
    nl:
      'Het overzicht voor verzoek {reference} is niet gemaakt: de afscherming {target} wijst naar niets in de gegevens ' +
      'van de gekoppelde personen. Hef haar op of vervang haar, en maak het overzicht opnieuw.',
    en:
      'The extract for request {reference} was not made: the redaction {target} names nothing in the data of the ' +
      'linked people. Lift or replace it, then make the extract again.',
  },
  'redaction.lift-nothing': {
    nl: 'Bij verzoek {reference} is {target} niet afgeschermd; er is niets opgeheven.',
    en: 'Nothing is withheld as {target} in request {reference}; nothing was lifted.',
  },
  'redaction.lift-reason-required': {
    nl:
      '{target} zijn gegevens van een ander (art. 15 lid 4 AVG). Geef de reden waarom u ze toch verstrekt; ' +
      'die wordt vastgelegd en in het overzicht vermeld. Er is niets opgeheven.',
    en:
      '{target} is another person’s data (Art. 15(4) GDPR). Give the reason for disclosing it all the same; ' +
      'it is recorded and stated in the extract. Nothing was lifted.',
  },
  'redaction.lift-unconfirmed': {
    nl: 'Bevestig dat u de gegevens van een ander ({target}) wilt verstrekken bij verzoek {reference}. Er is niets opgeheven.',
    en: 'Confirm that you mean to disclose another person’s data ({target}) in request {reference}. Nothing was lifted.',
  },
  'redaction.lift-reason-missing': {
    nl:
      'Het overzicht voor verzoek {reference} is niet gemaakt: bij het opheffen van de afscherming {target} is geen reden ' +
      'vastgelegd. Scherm het gegeven weer af, of hef het opnieuw op met een reden.',
    en:
      'The extract for request {reference} was not made: no reason was recorded when the withholding of {target} was ' +
      'lifted. Withhold it again, or lift it again with a reason.',
  },
  // The review screen's features (issue 14.3).
  'redaction.note-required': {
    nl: 'Bij de reden "Anders" hoort een toelichting: de persoon leest haar in het overzicht (art. 15 lid 4 AVG). Er is niets afgeschermd.',
    en: 'The reason "Other" needs a note: the person reads it in the extract (Art. 15(4) GDPR). Nothing was withheld.',
  },
  'redaction.case-not-found': {
    nl: 'Dossier {caseId} heeft geen gegevens bij de gekoppelde personen van verzoek {reference}; er is niets afgeschermd.',
    en: 'Case {caseId} holds no records of the linked people of request {reference}; nothing was withheld.',
  },
  'review.category-unknown': {
    nl: 'Het verwerkingsregister kent geen gegevenscategorie {category}; bij verzoek {reference} is niets gemarkeerd.',
    en: 'The processing register has no data category {category}; nothing was marked on request {reference}.',
  },
  'letter.paused': {
    nl: 'De termijn van verzoek {reference} staat stil (wachten op identificatie); deze brief kan pas daarna.',
    en: 'The deadline of request {reference} is suspended (waiting for identity information); this letter can only follow after that.',
  },
  'letter.refusal-reason-required': {
    nl: 'Een weigeringsbrief voor verzoek {reference} heeft de redenen nodig (art. 12 lid 4 AVG).',
    en: 'A refusal letter for request {reference} needs its reasons (Art. 12(4) GDPR).',
  },
  'audit.damaged': {
    nl:
      'Het auditlog is beschadigd (het anker ontbreekt of past niet bij de laatste regel); er is niets veranderd. ' +
      'Meld dit aan de beheerder.',
    en:
      'The audit log is damaged (its anchor is missing or does not fit its last entry); nothing was changed. ' +
      'Report this to your administrator.',
  },
  'audit.key-mismatch': {
    nl:
      'Het auditlog van deze database is met een andere installatiesleutel verzegeld dan die van deze installatie; er is niets ' +
      'veranderd. Gebruik de sleutel van de installatie waar de database vandaan komt.',
    en:
      "This database's audit log was sealed with another installation key than this installation's; nothing was changed. " +
      'Use the key of the installation the database comes from.',
  },
  'audit.checkpoint-invalid': {
    nl: 'Dit bestand is geen controlepunt van het auditlog van Inzage. Kies het bestand audit-checkpoint.json van een export of rapport.',
    en: 'This file is not an Inzage audit-log checkpoint. Choose the audit-checkpoint.json file of an export or report.',
  },
  'audit.checkpoint-unauthentic': {
    nl:
      'Dit controlepunt is niet door deze installatie gemaakt of is achteraf gewijzigd; het auditlog is er niet mee ' +
      'gecontroleerd. Meld dit aan de beheerder.',
    en:
      'This checkpoint was not made by this installation, or was changed afterwards; the audit log was not checked against it. ' +
      'Report this to your administrator.',
  },
  'demo.not-demo-database': {
    nl: 'Deze database is niet de demodatabase; alleen de demodatabase kan opnieuw worden opgebouwd. Er is niets veranderd.',
    en: 'This database is not the demo database; only the demo database can be rebuilt. Nothing was changed.',
  },
  'demo.confirmation-mismatch': {
    nl: 'Typ ter bevestiging precies het woord {word}; er is niets veranderd.',
    en: 'To confirm, type exactly the word {word}; nothing was changed.',
  },
  'letter.no-extension': {
    nl: 'Voor verzoek {reference} is geen verlenging vastgelegd; leg die eerst vast.',
    en: 'No extension is recorded for request {reference}; record it first.',
  },
  'letter.extension-too-late': {
    nl:
      'Een verlengingsbericht kan alleen binnen de eerste maand worden gestuurd (art. 12 lid 3 AVG): die maand eindigde op ' +
      '{firstDue}, en vandaag ({today}) is {daysLate} dag(en) later. Beantwoord het verzoek nu; er is geen brief gemaakt.',
    en:
      'An extension notice can only be sent within the first month (Art. 12(3) GDPR): that month ended on {firstDue}, and today ' +
      '({today}) is {daysLate} day(s) later. Answer the request now; no letter was made.',
  },
  'letter.fixed': {
    nl:
      'Brief {letter} van verzoek {reference} is vastgelegd op {fixedOn} door {fixedBy} en verandert niet meer; de vrije alinea kan ' +
      'niet meer worden aangepast. Elke nieuwe kopie geeft dezelfde tekst.',
    en:
      'Letter {letter} of request {reference} was fixed on {fixedOn} by {fixedBy} and no longer changes; its free paragraph cannot be ' +
      'edited. Every new copy gives the same text.',
  },
  'letter.not-fixed': {
    nl: 'Brief {letter} van verzoek {reference} is nog niet vastgelegd; sla hem op of druk hem af vanuit het verzoek.',
    en: 'Letter {letter} of request {reference} is not fixed yet; save or print it from the request.',
  },
  'letter.postal-address-missing': {
    nl:
      'Het register geeft geen postadres van de organisatie, en elke brief moet dat vermelden. Vul organisation.postalAddress in het ' +
      'register aan; er is geen brief gemaakt.',
    en:
      'The register gives no postal address of the organisation, and every letter must carry it. Add organisation.postalAddress to ' +
      'the register; no letter was made.',
  },
  'letter.reason-language': {
    nl:
      'Let op: de reden ({field}) lijkt in een andere taal ({detected}) geschreven dan de brief ({letterLanguage}). Controleer de ' +
      'tekst voordat u de brief verstuurt.',
    en:
      'Note: the reason ({field}) seems to be written in another language ({detected}) than the letter ({letterLanguage}). Check the ' +
      'text before sending the letter.',
  },
  'letter.no-data-not-applicable': {
    nl: 'Voor verzoek {reference} zijn {linked} persoon/personen gekoppeld; de brief "geen gegevens" past alleen als niemand overeenkomt.',
    en: 'Request {reference} has {linked} linked person(s); the "no data" letter only fits when nobody matches.',
  },
  'letter.not-referred': {
    nl: 'Verzoek {reference} is niet doorgestuurd naar een verwerkingsverantwoordelijke; stuur het eerst door.',
    en: 'Request {reference} has not been referred to a controller; refer it first.',
  },
  'letter.controller-required': {
    nl: 'Verzoek {reference} is naar meer dan één verwerkingsverantwoordelijke doorgestuurd ({controllers}); kies voor wie het bericht is.',
    en: 'Request {reference} was referred to more than one controller ({controllers}); choose whom the notice is for.',
  },
  'controller.unknown': {
    nl: 'Verzoek {reference} is niet doorgestuurd naar {controllerId}.',
    en: 'Request {reference} was not referred to {controllerId}.',
  },
  'outcome.subjects-linked': {
    nl:
      'Verzoek {reference} heeft {linked} gekoppelde persoon/personen; "wij verwerken geen gegevens van u" kan dan niet de uitkomst ' +
      'zijn. Ontkoppel eerst wie het niet is.',
    en:
      'Request {reference} has {linked} linked person(s); "we hold no personal data about you" cannot be the outcome. Unlink whoever ' +
      'is not the person first.',
  },
  'outcome.instruction-provide': {
    nl:
      '{controllerId} heeft opgedragen de betrokkene een uittreksel te geven; sluit verzoek {reference} af door het uittreksel te ' +
      'versturen.',
    en: '{controllerId} instructed us to give the person an extract; close request {reference} by sending the extract.',
  },
  'processor.not-processor-only': {
    nl:
      'De gekoppelde persoon van verzoek {reference} staat niet alleen als factuurontvanger geregistreerd: de organisatie is ' +
      'verwerkingsverantwoordelijke en beantwoordt het verzoek zelf.',
    en:
      'The linked person of request {reference} is not known only as an invoice recipient: the organisation is the controller and ' +
      'answers the request itself.',
  },
  'processor.referral-required': {
    nl:
      'Van de persoon in verzoek {reference} verwerken wij alleen gegevens namens een klant (art. 28 AVG). Stuur het verzoek door ' +
      'naar de klant; een uittreksel kan pas op diens instructie.',
    en:
      'For request {reference} we hold the person’s data only on a client’s behalf (Art. 28 GDPR). Refer the request to the client; ' +
      'an extract can only follow on its instruction.',
  },
  'processor.instruction-missing': {
    nl:
      'Voor verzoek {reference} ontbreekt de instructie van {controllers} om een uittreksel te verstrekken (art. 28 lid 3 AVG); er is ' +
      'niets gemaakt.',
    en: 'Request {reference} lacks the instruction of {controllers} to provide an extract (Art. 28(3) GDPR); nothing was made.',
  },
  'file.not-found': {
    nl: 'Het bestand {file} bestaat niet (meer). Kies het opnieuw.',
    en: 'The file {file} does not exist (any more). Choose it again.',
  },
  'subject.not-found': {
    nl: 'Betrokkene {subjectId} staat niet in deze database.',
    en: 'Data subject {subjectId} is not in this database.',
  },
  'review.category-not-in-review': {
    nl: 'Categorie {category} komt in dit overzicht niet (meer) voor. Open het overzicht opnieuw.',
    en: 'Category {category} is not (or no longer) in this review. Open the review again.',
  },
  'import.invalid-record': {
    nl: '{file}, regel {line}: {field}{reason}. Er is niets geïmporteerd; herstel het bestand en importeer opnieuw.',
    en: '{file}, line {line}: {field}{reason}. Nothing was imported; correct the file and import it again.',
  },
  'import.failed': {
    nl: 'De import van {file} is gestopt ({reason}); er is niets geïmporteerd.',
    en: 'The import of {file} stopped ({reason}); nothing was imported.',
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
    nl:
      'Er is geen certificaat gekozen: kies in Instellingen het certificaat van ' +
      'de organisatie. Het democertificaat ondertekent alleen de demodatabase.',
    en:
      "No signing certificate is chosen: choose the organisation's certificate " +
      'in Settings. The demo certificate signs the demo database only.',
  },
  'certificate.passphrase-needed': {
    nl: 'Voor deze export is het wachtwoord van het certificaat nodig.',
    en: "The certificate's passphrase is needed for this export.",
  },
  'trust-anchor.invalid': {
    nl: 'Het bestand bevat geen certificaat in PEM-vorm (-----BEGIN CERTIFICATE-----). Kies het certificaat van de certificaatautoriteit.',
    en: "The file holds no certificate in PEM form (-----BEGIN CERTIFICATE-----). Choose the certificate authority's certificate.",
  },
  'settings.not-chosen-in-dialog': {
    nl: 'Kies het bestand of de map eerst in het venster dat Inzage opent.',
    en: 'Choose the file or folder in the dialog Inzage opens first.',
  },
  'output.folder-invalid': {
    nl: 'In de gekozen map kan niet worden geschreven. Kies een andere map.',
    en: 'The chosen folder cannot be written to. Choose another one.',
  },
  // team-roles (issue 15.3, 15.4).
  'request.changed-meanwhile': {
    nl: '{by} heeft verzoek {reference} intussen gewijzigd ({at}). Uw wijziging is niet opgeslagen; wat u invulde staat er nog.',
    en: '{by} changed request {reference} in the meantime ({at}). Your change was not saved; what you entered is still there.',
  },
  'team.role-required': {
    nl: 'Hiervoor is de rol "{role}" nodig; {clerk} heeft die rol niet.',
    en: 'This needs the role "{role}"; {clerk} does not hold it.',
  },
  'team.not-owner': {
    nl: 'Alleen de eigenaar van verzoek {reference} ({owner}) of een beheerder kan het overdragen.',
    en: 'Only the owner of request {reference} ({owner}) or an administrator can hand it over.',
  },
  'team.not-a-clerk': {
    nl: '{name} is geen medewerker in dit team en kan het verzoek niet krijgen.',
    en: '{name} is not a clerk of this team and cannot be given the request.',
  },
  'team.reason-required': {
    nl: 'Geef een reden voor de afwijzing van verzoek {reference}.',
    en: 'Give a reason for rejecting request {reference}.',
  },
  'team.not-ready': {
    nl: 'Verzoek {reference} is "{status}"; alleen een verzoek dat gereed is kan worden goedgekeurd of afgewezen.',
    en: 'Request {reference} is "{status}"; only a request that is ready can be approved or rejected.',
  },
  'team.own-approval': {
    nl: 'U hebt verzoek {reference} zelf voorbereid; een andere goedkeurder moet het goedkeuren (vier ogen).',
    en: 'You prepared request {reference} yourself; another approver must approve it (four eyes).',
  },
  'team.approval-required': {
    nl: 'Verzoek {reference} is nog niet goedgekeurd door een goedkeurder; pas daarna kan het als verzonden worden gemarkeerd.',
    en: 'Request {reference} has not been approved by an approver yet; only then can it be marked sent.',
  },
  'team.approval-rejected': {
    nl: '{by} heeft verzoek {reference} afgewezen ({at}); verwerk de reden en vraag opnieuw om goedkeuring.',
    en: '{by} rejected request {reference} ({at}); deal with the reason and ask for approval again.',
  },
  'team.approval-outdated': {
    nl: 'Verzoek {reference} is na de goedkeuring gewijzigd door {by} ({at}); het moet opnieuw worden goedgekeurd.',
    en: 'Request {reference} was changed after its approval by {by} ({at}); it must be approved again.',
  },
  'team.unknown-role': {
    nl: 'De rol "{role}" bestaat niet; kies medewerker, goedkeurder of beheerder.',
    en: 'There is no role "{role}"; choose clerk, approver or administrator.',
  },
  'team.no-administrator': {
    nl: 'Er moet een beheerder zijn zolang rollen worden gecontroleerd; wijs eerst een beheerder aan.',
    en: 'There must be an administrator while roles are checked; appoint an administrator first.',
  },
  // team-wiring (issue 15.1): the team database.
  'team.schema-outdated': {
    nl:
      'De teamdatabase heeft schemaversie {found}; deze Inzage heeft versie {needed} nodig. ' +
      'De beheerder moet de teamdatabase eerst bijwerken (migreren).',
    en:
      'The team database has schema version {found}; this Inzage needs version {needed}. ' +
      'The administrator must first bring the team database up to date (migrate it).',
  },
  'team.schema-too-new': {
    nl: 'De teamdatabase heeft schemaversie {found}, nieuwer dan deze Inzage kent ({supported}). Werk Inzage bij.',
    en: 'The team database has schema version {found}, newer than this Inzage knows ({supported}). Update Inzage.',
  },
  'team.unreachable': {
    nl: 'De databaseserver is niet bereikbaar ({reason}). Controleer de server en de poort in het adres.',
    en: 'The database server cannot be reached ({reason}). Check the server and the port in the address.',
  },
  'team.login-refused': {
    nl: 'De databaseserver weigert de aanmelding: gebruikersnaam of wachtwoord klopt niet.',
    en: 'The database server refuses the login: the user name or the password is wrong.',
  },
  'team.database-missing': {
    nl: 'Die database bestaat niet op de server. Controleer de naam achter de laatste / in het adres.',
    en: 'That database does not exist on the server. Check the name after the last / in the address.',
  },
  'team.url-invalid': {
    nl: 'Dit is geen geldig adres van een teamdatabase (postgres://gebruiker@server:5432/database).',
    en: 'This is not a valid team database address (postgres://user@server:5432/database).',
  },
  'team.needs-file': {
    nl: 'Dit werkt alleen op een eigen databasebestand, niet op de teamdatabase.',
    en: 'This works on a database file of your own only, not on the team database.',
  },
  'team.password-not-kept': {
    nl: 'Dit systeem heeft geen beveiligde opslag voor wachtwoorden; het wachtwoord wordt niet bewaard.',
    en: 'This system has no secure store for passwords; the password is not kept.',
  },
  // documents skeleton (issue 16.1)
  'document.not-found': {
    nl: 'Document {documentId} staat niet in deze database.',
    en: 'Document {documentId} is not in this database.',
  },
  'document.file-missing': {
    nl: 'Het bestand van een document ontbreekt in de database (adres {sha256}).',
    en: "A document's file is missing from the database (address {sha256}).",
  },
  // docs-window (issue 16.3, 16.5)
  'document.dismiss-reason-required': {
    nl: 'Geef een reden waarom document {documentId} niet over deze persoon gaat.',
    en: 'Give a reason why document {documentId} is not about this person.',
  },
  'document.not-a-mention': {
    nl: 'Document {documentId} is geen mogelijke vermelding bij {reference}; alleen wat de zoektocht vond kan worden toegevoegd.',
    en: 'Document {documentId} is not a possible mention for {reference}; only what the search offers can be added or dismissed.',
  },
  'document.not-in-request': {
    nl: 'Document {documentId} hoort niet bij het overzicht van {reference}.',
    en: 'Document {documentId} is not part of the copy for {reference}.',
  },
  'document.page-not-found': {
    nl: 'Van document {documentId} is pagina {page} niet gelezen; er kan daar niets worden afgeschermd.',
    en: 'Page {page} of document {documentId} has not been read; nothing can be redacted there.',
  },
  'document.target-outside': {
    nl: 'Wat u wilt afschermen ligt niet binnen pagina {page} van document {documentId}.',
    en: 'What you want to redact does not lie within page {page} of document {documentId}.',
  },
  'document.lift-reason-required': {
    nl: 'Geef een reden om deze afscherming in het document op te heffen.',
    en: 'Give a reason to lift this redaction in the document.',
  },
  'document.redaction-not-found': {
    nl: 'Deze afscherming in een document bestaat niet (meer) bij {reference}.',
    en: 'This redaction in a document does not exist (any more) for {reference}.',
  },
  // docs-read (issue 16.2): a document listed as not read is never skipped silently.
  'document.encrypted': {
    nl: 'Document {documentId} kon niet worden gelezen: het bestand is met een wachtwoord beveiligd.',
    en: 'Document {documentId} could not be read: the file is protected with a password.',
  },
  'document.damaged': {
    nl: 'Document {documentId} kon niet worden gelezen: het bestand is beschadigd.',
    en: 'Document {documentId} could not be read: the file is damaged.',
  },
  'document.unsupported': {
    nl: 'Document {documentId} kon niet worden gelezen: Inzage kan dit soort bestand niet lezen.',
    en: 'Document {documentId} could not be read: Inzage cannot read this kind of file.',
  },
  'document.empty': {
    nl: 'In document {documentId} staat geen tekst die Inzage kan lezen.',
    en: 'Document {documentId} holds no text Inzage can read.',
  },
  'document.ocr-failed': {
    nl: 'Document {documentId} kon niet worden gelezen: de tekstherkenning (OCR) kon de scan niet openen.',
    en: 'Document {documentId} could not be read: text recognition (OCR) could not open the scan.',
  },
  'document.ocr-missing': {
    nl: 'Tekstherkenning (OCR) is op deze computer niet beschikbaar ({command} ontbreekt): {count} gescande documenten zijn niet gelezen.',
    en: 'Text recognition (OCR) is not available on this computer ({command} is missing): {count} scanned documents have not been read.',
  },
  'document.ocr-languages-missing': {
    nl: 'Tekstherkenning (OCR) mist de taalgegevens {missing}: {count} gescande documenten zijn nog niet gelezen.',
    en: 'Text recognition (OCR) lacks the language data {missing}: {count} scanned documents have not been read.',
  },
};

/** Fills a message's `{name}` placeholders; an unfilled one stays visible so a test can catch it. */
export function fillPlaceholders(template: string, params: ErrorParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Parameters that hold request statuses; the window shows them as the status screen names them. */
const statusParams = new Set(['status', 'from', 'to', 'allowed']);

function inWords(params: ErrorParams, language: Language): ErrorParams {
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      statusParams.has(name) && typeof value === 'string'
        ? value
            .split(', ')
            .map((part) => (isRequestStatus(part) ? statusLabels[part][language] : part))
            .join(', ')
        : value,
    ]),
  );
}

export function errorMessage(code: ErrorCode, params: ErrorParams, language: Language): string {
  return fillPlaceholders(errorMessages[code][language], inWords(params, language));
}
