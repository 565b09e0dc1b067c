import type { Language } from './extractModel.ts';

/**
 * Every fixed text the extract holds that the processing register does not supply: headings, table
 * headers, the cover letter's sentences, retention explanations, labels of stored codes. Each entry
 * must have both languages (Art. 12(1): clear and plain language; the person may read either); the
 * type makes a missing language a compile error and texts.test.ts a missing placeholder a failure.
 * `{name}` marks a placeholder filled by `fill`.
 */
type Entry = { readonly nl: string; readonly en: string };

export const texts = {
  // Document and cover letter
  'doc.title': { nl: 'Uittreksel uit het register', en: 'Extract from the register' },
  'doc.subtitle': { nl: 'Antwoord op uw verzoek om inzage (artikel 15 AVG)', en: 'Reply to your subject access request (Article 15 GDPR)' },
  'doc.reference': { nl: 'Ons kenmerk', en: 'Our reference' },
  'doc.receivedOn': { nl: 'Uw verzoek ontvangen op', en: 'Your request received on' },
  'doc.generatedOn': { nl: 'Datum', en: 'Date' },
  'doc.page': { nl: 'Pagina {page} van {pages}', en: 'Page {page} of {pages}' },
  'doc.modelVersion': { nl: 'Versie van het uittreksel', en: 'Version of the extract' },
  'doc.policyVersion': { nl: 'Versie van het verwerkingsregister', en: 'Version of the processing register' },
  'letter.salutation': { nl: 'Geachte {name},', en: 'Dear {name},' },
  'letter.intro': {
    nl: 'Op {receivedOn} hebben wij uw verzoek ontvangen om inzage in de persoonsgegevens die wij over u verwerken. In dit uittreksel geven wij u antwoord.',
    en: 'On {receivedOn} we received your request for access to the personal data we process about you. This extract is our reply.',
  },
  'letter.layers': {
    nl: 'Eerst vindt u een samenvatting; daarna per categorie een volledige kopie van elk gegeven, met het doel, de grondslag, de herkomst, de ontvangers en de bewaartermijn.',
    en: 'First you will find a summary; then, per category, a complete copy of every item, with its purpose, legal basis, source, recipients and retention period.',
  },
  'letter.closing': { nl: 'Met vriendelijke groet,', en: 'Kind regards,' },
  'letter.signatory': { nl: '{clerk}, namens {controller}', en: '{clerk}, on behalf of {controller}' },
  'letter.questions': {
    nl: 'Hebt u vragen over dit uittreksel, neem dan contact met ons op via {email} of {phone}.',
    en: 'If you have any questions about this extract, please contact us at {email} or {phone}.',
  },
  'letter.processorOnly': {
    nl: 'Wij verwerken uw persoonsgegevens uitsluitend als verwerker namens onze klant. Hieronder leest u bij wie u terechtkunt.',
    en: 'We process your personal data only as a processor on behalf of our client. Below you can read whom to contact.',
  },
  'letter.merged': {
    nl: 'Uw gegevens stonden bij ons onder {count} registraties; dit uittreksel omvat ze allemaal.',
    en: 'Your data were stored under {count} entries in our records; this extract covers all of them.',
  },

  // Section headings
  'heading.controller': { nl: 'Verwerkingsverantwoordelijke', en: 'Controller' },
  'heading.confirmation': { nl: 'Bevestiging', en: 'Confirmation' },
  'heading.summary': { nl: 'Samenvatting', en: 'Summary' },
  'heading.purposes': { nl: 'Doeleinden en grondslagen', en: 'Purposes and legal bases' },
  'heading.dataCategories': { nl: 'Categorieën van persoonsgegevens', en: 'Categories of personal data' },
  'heading.recipients': { nl: 'Ontvangers', en: 'Recipients' },
  'heading.actualRecipients': { nl: 'Ontvangers aan wie uw gegevens zijn verstrekt', en: 'Recipients to whom your data were disclosed' },
  'heading.recipientCategories': { nl: 'Categorieën van ontvangers', en: 'Categories of recipients' },
  'heading.retention': { nl: 'Bewaartermijnen', en: 'Retention periods' },
  'heading.sources': { nl: 'Herkomst van de gegevens', en: 'Where the data came from' },
  'heading.copy': { nl: 'Kopie van uw persoonsgegevens', en: 'Copy of your personal data' },
  'heading.automatedDecisions': { nl: 'Geautomatiseerde besluitvorming', en: 'Automated decision-making' },
  'heading.transfers': { nl: 'Doorgifte buiten de Europese Economische Ruimte', en: 'Transfers outside the European Economic Area' },
  'heading.processorRecords': {
    nl: 'Gegevens die wij als verwerker voor een klant verwerken',
    en: 'Data we process as a processor for a client',
  },
  'heading.withheld': { nl: 'Gegevens van anderen die wij hebben weggelaten', en: 'Data of others that we have withheld' },
  'heading.rights': { nl: 'Uw rechten', en: 'Your rights' },
  'heading.complaint': { nl: 'Klacht indienen', en: 'Lodging a complaint' },
  'heading.portability': { nl: 'Overdraagbaarheid van gegevens (artikel 20 AVG)', en: 'Data portability (Article 20 GDPR)' },
  'heading.signature': { nl: 'Ondertekening', en: 'Signature' },

  // Table headers and labels
  'table.field': { nl: 'Gegeven', en: 'Item' },
  'table.value': { nl: 'Waarde', en: 'Value' },
  'table.record': { nl: 'Registratie', en: 'Record' },
  'table.recordId': { nl: 'Kenmerk', en: 'Identifier' },
  'table.case': { nl: 'Dossier', en: 'Case' },
  'table.purposes': { nl: 'Doeleinden', en: 'Purposes' },
  'table.legalBasis': { nl: 'Grondslag', en: 'Legal basis' },
  'table.legitimateInterest': { nl: 'Gerechtvaardigd belang', en: 'Legitimate interest' },
  'table.source': { nl: 'Herkomst', en: 'Source' },
  'table.recipient': { nl: 'Ontvanger', en: 'Recipient' },
  'table.recipientCategory': { nl: 'Soort ontvanger', en: 'Type of recipient' },
  'table.disclosedOn': { nl: 'Verstrekt op', en: 'Disclosed on' },
  'table.dataDisclosed': { nl: 'Verstrekte gegevens', en: 'Data disclosed' },
  'table.country': { nl: 'Land', en: 'Country' },
  'table.safeguard': { nl: 'Waarborg', en: 'Safeguard' },
  'table.retentionRule': { nl: 'Bewaarregel', en: 'Retention rule' },
  'table.keptUntil': { nl: 'Bewaard tot', en: 'Kept until' },
  'table.recordCount': { nl: 'Aantal', en: 'Number' },
  'table.variable': { nl: 'Variabele', en: 'Variable' },
  'table.yourValue': { nl: 'Uw waarde', en: 'Your value' },
  'table.outcome': { nl: 'Uitkomst', en: 'Outcome' },
  'table.decidedOn': { nl: 'Besloten op', en: 'Decided on' },
  'table.ruleApplied': { nl: 'Toegepaste regel', en: 'Rule applied' },
  'table.consequence': { nl: 'Gevolg', en: 'Consequence' },
  'table.significance': { nl: 'Betekenis voor u', en: 'What it means for you' },
  'table.counterfactuals': { nl: 'Wat de uitkomst had veranderd', en: 'What would have changed the outcome' },
  'table.logic': { nl: 'Hoe het besluit tot stand komt', en: 'How the decision is made' },
  'table.reason': { nl: 'Reden', en: 'Reason' },
  'table.note': { nl: 'Toelichting', en: 'Note' },
  'table.by': { nl: 'Door', en: 'By' },
  'table.on': { nl: 'Op', en: 'On' },
  'table.article': { nl: 'Artikel', en: 'Article' },
  'table.howTo': { nl: 'Zo oefent u dit recht uit', en: 'How to exercise this right' },
  'table.portability': { nl: 'Overdraagbaar', en: 'Portable' },
  'table.controllerContact': { nl: 'Contactgegevens van de verwerkingsverantwoordelijke', en: 'Contact details of the controller' },
  'label.withheld': { nl: '[weggelaten]', en: '[withheld]' },
  'label.empty': { nl: '—', en: '—' },
  'label.yes': { nl: 'ja', en: 'yes' },
  'label.no': { nl: 'nee', en: 'no' },
  'label.none': { nl: 'geen', en: 'none' },
  'label.open': { nl: 'open', en: 'open' },
  'label.hold': { nl: 'juridische bewaarplicht', en: 'legal hold' },
  'label.eraseNow': { nl: 'te verwijderen', en: 'due for erasure' },
  'label.inEea': { nl: 'binnen de EER', en: 'within the EEA' },
  'label.outsideEea': { nl: 'buiten de EER', en: 'outside the EEA' },
  'label.automatic': { nl: 'automatisch (systeem)', en: 'automatic (system)' },
  'label.days': { nl: '{count} dagen', en: '{count} days' },
  'label.points': { nl: '{count} punten', en: '{count} points' },

  // Summary sentences
  'summary.recordCount': { nl: 'Wij hebben {count} registraties over u gevonden.', en: 'We found {count} records about you.' },
  'summary.actualRecipients': {
    nl: 'Uw gegevens zijn {count} keer aan een ontvanger verstrekt.',
    en: 'Your data were disclosed to a recipient {count} times.',
  },
  'summary.noRecipients': { nl: 'Uw gegevens zijn niet aan ontvangers verstrekt.', en: 'Your data were not disclosed to any recipient.' },
  'summary.automatedDecisions': {
    nl: 'Over u zijn {count} geautomatiseerde besluiten genomen.',
    en: '{count} automated decisions were taken about you.',
  },
  'summary.noAutomatedDecisions': {
    nl: 'Over u zijn geen geautomatiseerde besluiten genomen.',
    en: 'No automated decisions were taken about you.',
  },
  'summary.transfers': {
    nl: 'Uw gegevens zijn {count} keer doorgegeven naar een land buiten de EER.',
    en: 'Your data were transferred to a country outside the EEA {count} times.',
  },
  'summary.noTransfers': {
    nl: 'Uw gegevens zijn niet doorgegeven naar een land buiten de EER.',
    en: 'Your data were not transferred to any country outside the EEA.',
  },
  'summary.withheld': {
    nl: 'Wij hebben {count} gegevens van anderen weggelaten; zie het overzicht.',
    en: 'We withheld {count} items of data about others; see the list.',
  },
  'summary.noWithheld': { nl: 'Wij hebben niets weggelaten.', en: 'We have not withheld anything.' },

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
    nl: '{rule}: open — de relatie loopt nog. De termijn van {period} begint zodra de relatie is beëindigd en de wederzijdse vorderingen zijn afgewikkeld.',
    en: '{rule}: open — the relationship is still running. The period of {period} starts once the relationship has ended and mutual claims have been settled.',
  },
  'retention.claims-not-settled': {
    nl: '{rule}: open — de relatie is beëindigd, maar de wederzijdse vorderingen zijn nog niet afgewikkeld. Daarna begint de termijn van {period}.',
    en: '{rule}: open — the relationship has ended but mutual claims have not yet been settled. The period of {period} starts after that.',
  },
  'retention.no-trigger-date': {
    nl: '{rule}: open — de gebeurtenis waarmee de termijn van {period} begint, heeft nog niet plaatsgevonden.',
    en: '{rule}: open — the event that starts the period of {period} has not happened yet.',
  },
  'retention.hold': {
    nl: '{rule} geldt nu niet: een juridische bewaarplicht sinds {since} gaat voor ({reason}). Zodra die vervalt, geldt de gewone termijn weer.',
    en: '{rule} does not apply for now: a legal hold since {since} overrides it ({reason}). Once the hold ends, the normal period applies again.',
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
    nl: 'Dit besluit is genomen met versie {version} van de regels, die niet meer in het register staat; de uitkomst is zoals toen vastgelegd.',
    en: 'This decision was taken with version {version} of the rules, which is no longer in the register; the outcome is as recorded at the time.',
  },
  'decision.replayDiffers': {
    nl: 'De uitkomst is zoals die destijds is vastgelegd; met de regels zoals ze nu in het register staan, is het besluit niet precies na te rekenen. Vraagt u gerust om toelichting of om beoordeling door een medewerker.',
    en: 'The outcome is as recorded at the time; with the rules as they now stand in the register, the decision cannot be recomputed exactly. Feel free to ask us for an explanation or for a review by a staff member.',
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
  'redaction.lifted': { nl: 'Weglating opgeheven door {by} op {on}', en: 'Redaction lifted by {by} on {on}' },

  // Portability (Art. 20)
  'portability.explanation': {
    nl: 'U hebt het recht de gegevens die u zelf aan ons hebt verstrekt, en gegevens die wij over u hebben waargenomen (zoals uw betalingen), te ontvangen in een gestructureerde, gangbare en machineleesbare vorm, voor zover wij ze verwerken op basis van uw toestemming of een overeenkomst (artikel 20 AVG). Afgeleide gegevens, zoals een kredietscore of een geautomatiseerd besluit, vallen daar niet onder; u vindt ze wel in dit uittreksel.',
    en: 'You have the right to receive the data you provided to us yourself, and data we observed about you (such as your payments), in a structured, commonly used and machine-readable format, insofar as we process them on the basis of your consent or a contract (Article 20 GDPR). Inferred data, such as a credit score or an automated decision, are not covered; you will find them in this extract.',
  },
  'portability.processorOnly': {
    nl: 'Voor gegevens die wij als verwerker verwerken, beantwoordt de verwerkingsverantwoordelijke (onze klant) een verzoek om overdraagbaarheid.',
    en: 'For data we process as a processor, the controller (our client) answers a request for data portability.',
  },
  'portability.withheld': {
    nl: 'Gegevens van anderen, weggelaten op grond van artikel 15, lid 4, en artikel 20, lid 4, AVG.',
    en: 'Data of others, withheld under Article 15(4) and Article 20(4) GDPR.',
  },
  'portability.provided': { nl: 'verstrekt door u', en: 'provided by you' },
  'portability.observed': { nl: 'waargenomen', en: 'observed' },
  'portability.inferred': { nl: 'afgeleid', en: 'inferred' },
  'portability.not-applicable': { nl: 'niet van toepassing', en: 'not applicable' },

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

/**
 * The fixed texts the renderers lay out (headings, table headers, labels), resolved to one language;
 * `{page}`-style placeholders are the renderer's to fill.
 */
export function rendererTexts(language: Language): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, entry] of Object.entries(texts)) {
    if (/^(doc|heading|table|label)\./.test(key)) out[key] = entry[language];
  }
  return out;
}
