import type { ExtractModel, RecordEntry } from '../../shared/extract/extractModel.ts';
import { extractModelSchema, extractModelVersion } from '../../shared/extract/extractModel.ts';
import { extractOutline } from '../../shared/extract/outline.ts';

/**
 * A hand-built extract model that satisfies extractModelSchema, for testing the renderers without
 * the assembler: one heavy debtor with diacritics in the name, a withheld co-debtor field, a payment
 * history, an automated decision and a transfer outside the EEA. `payments` scales the copy.
 */
export function sampleExtractModel(options: { language?: 'nl' | 'en'; payments?: number; reference?: string } = {}): ExtractModel {
  const language = options.language ?? 'nl';
  const nl = language === 'nl';
  const retention = {
    ruleId: 'case-closed+36m',
    label: nl ? '36 maanden na afsluiten dossier' : '36 months after the case is closed',
    status: 'date' as const,
    until: '2029-03-31',
    explanation: nl
      ? 'Wij bewaren dossiergegevens tot 36 maanden na het afsluiten van het dossier.'
      : 'We keep case data for 36 months after the case is closed.',
    holdReason: null,
  };
  const purpose = { id: 'collection', label: nl ? 'Incasso' : 'Debt collection' };
  const source = { id: 'client', label: nl ? 'De opdrachtgever (schuldeiser)' : 'The client (creditor)' };
  const field = (name: string, label: string, value: string | number | null, display?: string) => ({
    name,
    label,
    value,
    display: display ?? (value === null ? '' : String(value)),
    redacted: null,
  });
  const record = (
    kind: string,
    kindLabel: string,
    id: string,
    fields: RecordEntry['fields'],
    portability: RecordEntry['portability'],
    caseId: string | null = 'C-000123',
  ): RecordEntry => ({
    recordKind: kind,
    recordKindLabel: kindLabel,
    recordId: id,
    subjectId: 'S-000001',
    caseId,
    fields,
    purposes: [purpose],
    source,
    recipients: [],
    recipientCategories: [{ id: 'client', label: nl ? 'De opdrachtgever' : 'The client' }],
    retention,
    portability,
    withheld: false,
  });
  const person = record(
    'subjects',
    nl ? 'Persoon' : 'Person',
    'S-000001',
    [
      field('full_name', nl ? 'Naam' : 'Name', 'Łukasz Müller-Öztürk'),
      field('birth_date', nl ? 'Geboortedatum' : 'Date of birth', '1979-02-28', '28-02-1979'),
      field('street', nl ? 'Straat' : 'Street', 'Ĳsselstraat 12 "achter", 2e verdieping'),
      field('city', nl ? 'Plaats' : 'City', 'Kerkrade'),
      field('email', 'E-mail', 'lukasz.muller-ozturk@example.nl'),
      field(
        'note',
        nl ? 'Notitie' : 'Note',
        'Belt liever na 18:00,\nwil correspondentie per e-mail; zie ook brief van 3 maart. '.repeat(3).trim(),
      ),
    ],
    'provided',
    null,
  );
  const coDebtor = record(
    'case_parties',
    nl ? 'Partij in dossier' : 'Case party',
    'P-000777',
    [
      field('role', nl ? 'Rol' : 'Role', 'co-debtor', nl ? 'medeschuldenaar' : 'co-debtor'),
      {
        name: 'other_name',
        label: nl ? 'Naam medeschuldenaar' : 'Co-debtor name',
        value: null,
        display: '',
        redacted: { reason: 'third-party-data', reasonText: nl ? 'Gegevens van een ander' : 'Another person’s data' },
      },
    ],
    'not-applicable',
  );
  const payments = Array.from({ length: options.payments ?? 40 }, (_, index) =>
    record(
      'payments',
      nl ? 'Betaling' : 'Payment',
      `PAY-${String(index + 1).padStart(6, '0')}`,
      [
        field('paid_on', nl ? 'Datum' : 'Date', `2025-${String((index % 12) + 1).padStart(2, '0')}-15`),
        field(
          'amount_cents',
          nl ? 'Bedrag' : 'Amount',
          2500 + index * 7,
          `€ ${((2500 + index * 7) / 100).toFixed(2).replace('.', nl ? ',' : '.')}`,
        ),
        field(
          'method',
          nl ? 'Betaalwijze' : 'Method',
          index % 3 === 0 ? 'ideal' : 'transfer',
          index % 3 === 0 ? 'iDEAL' : nl ? 'overboeking' : 'bank transfer',
        ),
        field('iban', 'IBAN', 'NL91ABNA0417164300'),
        field('reference', nl ? 'Omschrijving' : 'Description', `Termijn ${index + 1}, dossier C-000123; Zoë Çelik — “geen bezwaar”`),
      ],
      'observed',
    ),
  );
  const score = record(
    'solvency_scores',
    nl ? 'Solvabiliteitsscore' : 'Solvency score',
    'SC-1',
    [field('score', 'Score', 412)],
    'inferred',
  );
  const model: ExtractModel = {
    modelVersion: extractModelVersion,
    language,
    generatedOn: '2026-11-20',
    policy: { id: 'alektum-nl', version: '1.0' },
    request: {
      reference: options.reference ?? 'INZ-2026-0001',
      receivedOn: '2026-11-02',
      kind: 'both',
      requesterName: 'Łukasz Müller-Öztürk',
      clerk: 'Zoë Çelik',
    },
    controller: {
      name: 'Alektum Group',
      addressLines: ['Postbus 123', '1000 AB Amsterdam'],
      email: 'info@alektumgroup.nl',
      phone: '020 – 417 71 77',
      website: 'https://www.alektumgroup.nl',
    },
    subjects: [{ subjectId: 'S-000001', displayName: 'Łukasz Müller-Öztürk', birthDate: '1979-02-28' }],
    confirmation: { processed: true, text: nl ? 'Ja, wij verwerken persoonsgegevens van u.' : 'Yes, we process personal data about you.' },
    summary: {
      purposes: [
        {
          id: 'collection',
          label: purpose.label,
          description: nl ? 'Het innen van een onbetaalde vordering.' : 'Collecting an unpaid debt.',
          legalBases: [
            {
              article: '6(1)(f)',
              label: nl ? 'Gerechtvaardigd belang' : 'Legitimate interest',
              legitimateInterest: nl ? 'Een onbetaalde schuld laten voldoen.' : 'Getting an unpaid debt settled.',
            },
          ],
        },
      ],
      dataCategories: [
        {
          id: 'identity',
          label: nl ? 'Identiteit en contact' : 'Identity and contact',
          description: nl ? 'Naam, adres, contactgegevens.' : 'Name, address, contact details.',
          recordCount: 2,
        },
        {
          id: 'financial',
          label: nl ? 'Betalingen' : 'Payments',
          description: nl ? 'Uw betalingen.' : 'Your payments.',
          recordCount: payments.length + 1,
        },
      ],
      recipientCategories: [{ id: 'processor-postal', label: nl ? 'Post- en drukkerijbedrijven' : 'Postal and printing companies' }],
      actualRecipients: [
        {
          recipientName: 'Energie Noord B.V.',
          recipientCategory: { id: 'client', label: nl ? 'De opdrachtgever' : 'The client' },
          country: 'NL',
          countryName: nl ? 'Nederland' : 'the Netherlands',
          dates: ['2024-03-01'],
          dataCategories: [{ id: 'case', label: nl ? 'Dossier' : 'Case' }],
        },
      ],
      actualRecipientCount: 1,
      retention: [
        { ruleId: retention.ruleId, label: retention.label, explanation: retention.explanation, recordCount: payments.length + 3 },
      ],
      sources: [
        {
          id: 'client',
          label: source.label,
          description: nl ? 'De schuldeiser die ons de vordering gaf.' : 'The creditor who handed us the claim.',
        },
      ],
      automatedDecisionCount: 1,
      thirdCountryTransferCount: 1,
    },
    categories: [
      {
        id: 'identity',
        label: nl ? 'Identiteit en contact' : 'Identity and contact',
        description: nl ? 'Wie u bent en hoe wij u bereiken.' : 'Who you are and how we reach you.',
        purposes: [],
        sources: [],
        recipientCategories: [],
        retentionRules: [],
        records: [person, coDebtor],
      },
      {
        id: 'financial',
        label: nl ? 'Betalingen' : 'Payments',
        description: nl ? 'Uw betalingen op de vordering.' : 'Your payments on the claim.',
        purposes: [],
        sources: [],
        recipientCategories: [],
        retentionRules: [],
        records: [...payments, score],
      },
    ],
    automatedDecisions: [
      {
        decisionId: 'AD-1',
        decidedOn: '2026-06-01',
        caseId: 'C-000123',
        ruleSetId: 'collection-route',
        ruleVersion: '3',
        logic: nl
          ? 'Een vaste set regels kiest de incassostap op basis van een paar gegevens.'
          : 'A fixed set of rules picks the collection step from a few data.',
        significance: nl ? 'Het bepaalt welke brief u krijgt.' : 'It decides which letter you receive.',
        article22: {
          applies: true,
          exception: 'a',
          explanation: nl
            ? 'Toegestaan omdat dit noodzakelijk is voor de uitvoering van de overeenkomst (artikel 22, lid 2, onder a, AVG).'
            : 'Allowed because it is necessary for the performance of the contract (Article 22(2)(a) GDPR).',
        },
        variables: [
          {
            id: 'days_overdue',
            label: nl ? 'Dagen te laat' : 'Days overdue',
            explanation: nl ? 'Hoe lang de vordering openstaat.' : 'How long the claim is open.',
            value: 94,
            display: '94',
          },
        ],
        outcome: { id: 'payment-order', label: nl ? 'Betalingsbevel' : 'Payment order' },
        matchedRule: { index: 2, explanation: nl ? 'Meer dan 90 dagen te laat.' : 'More than 90 days overdue.' },
        consequence: nl ? 'U kreeg een betalingsbevel.' : 'You received a payment order.',
        counterfactuals: [
          {
            variableId: 'days_overdue',
            text: nl ? 'Onder 90 dagen was het een herinnering geweest.' : 'Under 90 days it would have been a reminder.',
          },
        ],
      },
    ],
    transfers: [
      {
        country: 'CH',
        countryName: nl ? 'Zwitserland' : 'Switzerland',
        recipientName: 'Inkasso Zürich AG',
        recipientCategory: nl ? 'Incassobureau in het buitenland' : 'Collection agency abroad',
        disclosedOn: '2026-05-01',
        safeguard: { id: 'adequacy', label: nl ? 'Adequaatheidsbesluit' : 'Adequacy decision', legalReference: 'Art. 45 GDPR' },
        description: nl ? 'Uw dossier is overgedragen.' : 'Your case was handed over.',
      },
    ],
    processorRecords: [],
    withheld: [
      {
        recordKind: 'case_parties',
        recordKindLabel: coDebtor.recordKindLabel,
        recordId: 'P-000777',
        field: 'other_name',
        fieldLabel: nl ? 'Naam medeschuldenaar' : 'Co-debtor name',
        reason: 'third-party-data',
        reasonText: nl ? 'Gegevens van een ander' : 'Another person’s data',
        note: null,
        by: 'system',
        on: '2026-11-20',
        automatic: true,
      },
    ],
    rights: [
      {
        id: 'rectification',
        article: '16',
        label: nl ? 'Rectificatie' : 'Rectification',
        howTo: nl ? 'Mail ons wat er niet klopt.' : 'E-mail us what is wrong.',
      },
      {
        id: 'objection',
        article: '21',
        label: nl ? 'Bezwaar' : 'Objection',
        howTo: nl ? 'Laat ons weten waartegen u bezwaar maakt.' : 'Tell us what you object to.',
      },
    ],
    complaint: {
      authorityName: 'Autoriteit Persoonsgegevens',
      addressLines: ['Postbus 93374', '2509 AJ Den Haag'],
      website: 'https://autoriteitpersoonsgegevens.nl',
      text: nl
        ? 'U kunt een klacht indienen bij de Autoriteit Persoonsgegevens.'
        : 'You can complain to the Dutch Data Protection Authority.',
    },
    portability: {
      explanation: nl
        ? 'Alleen gegevens die u verstrekte of die bij de uitvoering zijn vastgelegd.'
        : 'Only data you provided or that were recorded in performing the agreement.',
      included: [
        {
          recordKind: 'subjects',
          recordKindLabel: person.recordKindLabel,
          recordCount: 1,
          reason: nl ? 'door u verstrekt' : 'provided by you',
        },
        {
          recordKind: 'payments',
          recordKindLabel: nl ? 'Betaling' : 'Payment',
          recordCount: payments.length,
          reason: nl ? 'waargenomen' : 'observed',
        },
      ],
      excluded: [
        { recordKind: 'solvency_scores', recordKindLabel: score.recordKindLabel, recordCount: 1, reason: nl ? 'afgeleid' : 'inferred' },
      ],
    },
    outline: [],
  };
  // The outline as the assembler makes it for these sections (shared/extract/outline.ts).
  model.outline = extractOutline(model, language);
  return extractModelSchema.parse(model);
}
