import type { CaseEnv } from './cases.ts';
import { addCase } from './cases.ts';
import type { DemoDocumentLandmarks } from './demoDocuments.ts';
import { addPerson, initialsOf } from './persons.ts';
import { ibanFromBban } from '../../../shared/identifiers/iban.ts';
import { addDays } from '../../../shared/dates/isoDate.ts';

/**
 * The people every test, demo and benchmark can rely on: each stands for one edge case of the
 * domain (namesakes, a duplicate entry, a heavy debtor, the processor role, …). Their ids are stored
 * in the database's meta table under `demo.landmarks`, with the demo documents (DemoLandmarks).
 */
export interface RecordLandmarks {
  heavyDebtor: string;
  namesakes: [string, string];
  duplicatePair: [string, string];
  debtorAndGuarantor: string;
  openAndClosedDebtor: string;
  clientContact: string;
  prospectContact: string;
  authorityContact: string;
  supplierContact: string;
  invoiceRecipient: string;
  automatedDecisions: string;
  foreignTransfer: string;
  legalHold: string;
  sharedCase: { caseId: string; debtor: string; coDebtor: string };
  specialCategory: string;
  unsubscribed: string;
}

/** The landmarks of a seeded database: the people, and the documents the seeder wrote for them (demoDocuments.ts). */
export interface DemoLandmarks extends RecordLandmarks {
  /**
   * The scanned letter filed under the shared case's co-debtor that names the debtor (full name, case
   * number, IBAN) and a third party, DEMO_THIRD_PARTY_NAME: the possible mention of issue 16's end-to-end test.
   */
  mentionScan: string;
  documents: DemoDocumentLandmarks;
}

export function addLandmarks(env: CaseEnv): RecordLandmarks {
  const { ctx, orgs } = env;
  const { sink } = ctx;

  const heavy = addPerson(ctx, {
    givenNames: 'Łukasz',
    surname: 'Müller-Öztürk',
    gender: 'M',
    birthDate: '1975-06-14',
    email: 'l.muller-ozturk@example.nl',
    phone: '+31612345678',
    previousAddresses: 2,
  });
  for (let i = 0; i < 80; i++) {
    addCase(env, {
      parties: [{ person: heavy, role: 'debtor' }],
      openedOn: ctx.daysAgo(10 * 365 - i * 40, 10 * 365 - i * 40),
      payments: 24,
      communications: 8,
      closed: i < 60,
    });
  }

  const janA = addPerson(ctx, {
    givenNames: 'Jan',
    particle: 'van den',
    surname: 'Berg',
    gender: 'M',
    birthDate: '1984-03-12',
    address: { street: 'Kinkerstraat', houseNumber: 112, postcode: '1053 ED', city: 'Amsterdam' },
    email: 'jan.vandenberg84@example.nl',
    phone: '+31687654321',
  });
  const janB = addPerson(ctx, {
    givenNames: 'Jan',
    particle: 'van den',
    surname: 'Berg',
    gender: 'M',
    birthDate: '1961-07-30',
    address: { street: 'Herestraat', houseNumber: 7, postcode: '9711 LC', city: 'Groningen' },
    email: null,
    phone: '+31501234567',
  });
  addCase(env, { parties: [{ person: janA, role: 'debtor' }], closed: false });
  addCase(env, { parties: [{ person: janB, role: 'debtor' }], closed: true, openedOn: ctx.daysAgo(2000, 1900) });
  addCase(env, { parties: [{ person: janB, role: 'debtor' }], closed: false });

  const ter = { street: 'Oudegracht', houseNumber: 12, suffix: 'A', postcode: '3511 AB', city: 'Utrecht' };
  const sophie = addPerson(ctx, {
    givenNames: 'Sophie',
    particle: 'ter',
    surname: 'Horst',
    gender: 'F',
    birthDate: '1979-11-02',
    address: ter,
    email: 'sophie.terhorst@example.com',
  });
  const sofie = addPerson(ctx, {
    givenNames: 'Sofie',
    particle: 'ter',
    surname: 'Horst',
    gender: 'F',
    birthDate: '1979-11-02',
    address: ter,
    email: null,
    phone: null,
  });
  addCase(env, { parties: [{ person: sophie, role: 'debtor' }], closed: false });
  addCase(env, { parties: [{ person: sofie, role: 'debtor' }], closed: false });

  const zoe = addPerson(ctx, { givenNames: 'Zoë', surname: 'Çelik', gender: 'F', birthDate: '1990-02-28', email: 'zoe.celik@example.nl' });
  const zoesFriend = addPerson(ctx, { givenNames: 'Bram', surname: 'Dijkstra', gender: 'M', birthDate: '1988-09-09' });
  addCase(env, { parties: [{ person: zoe, role: 'debtor' }], closed: false });
  addCase(env, {
    parties: [
      { person: zoesFriend, role: 'debtor' },
      { person: zoe, role: 'guarantor' },
    ],
    closed: false,
  });

  const willem = addPerson(ctx, { givenNames: 'Willem', particle: 'de', surname: 'Groot', gender: 'M', birthDate: '1968-12-01' });
  addCase(env, { parties: [{ person: willem, role: 'debtor' }], openedOn: '2019-02-11', closed: true });
  addCase(env, { parties: [{ person: willem, role: 'debtor' }], openedOn: '2021-05-03', closed: true });
  addCase(env, { parties: [{ person: willem, role: 'debtor' }], openedOn: '2025-09-15', closed: false });

  const marieke = addPerson(ctx, {
    givenNames: 'Marieke',
    particle: 'van der',
    surname: 'Linden',
    gender: 'F',
    birthDate: '1972-04-19',
    email: 'm.vanderlinden@example.com',
    source: 'organisation',
  });
  sink.add('organisation_roles', [
    ctx.nextId('ROL'),
    marieke.id,
    orgs.clients[0]!,
    'client-contact',
    'Hoofd debiteurenbeheer',
    '2017-01-09',
    null,
    null,
    'organisation',
  ]);
  sink.add('organisation_roles', [
    ctx.nextId('ROL'),
    marieke.id,
    orgs.clients[1]!,
    'client-guarantor',
    'Borgsteller (vennoot)',
    '2015-06-01',
    '2022-12-31',
    '2023-04-30',
    'organisation',
  ]);
  sink.add('aml_checks', [
    ctx.nextId('AML'),
    marieke.id,
    orgs.clients[1]!,
    '2015-05-20',
    '2015-06-01',
    '2022-12-31',
    'clear',
    45_000_000,
    12_000_000,
    9_600_000,
    'partner',
  ]);
  sink.add('marketing_contacts', [ctx.nextId('MKT'), marieke.id, orgs.clients[0]!, 'newsletter', '2026-09-30', 1, null, 'organisation']);
  sink.add('billing_records', [
    ctx.nextId('BIL'),
    marieke.id,
    null,
    'F2024-000318',
    '2024-03-31',
    1_250_000,
    'Incassodiensten Q1 (factuur aan klant, contactpersoon)',
    '2024-12-31',
    'derived',
  ]);

  const gijs = addPerson(ctx, { givenNames: 'Gijs', surname: 'Postma', gender: 'M', birthDate: '1985-08-23', source: 'organisation' });
  sink.add('organisation_roles', [
    ctx.nextId('ROL'),
    gijs.id,
    orgs.prospects[0]!,
    'prospect-contact',
    'Financieel directeur',
    '2026-02-01',
    null,
    null,
    'organisation',
  ]);
  sink.add('marketing_contacts', [ctx.nextId('MKT'), gijs.id, orgs.prospects[0]!, 'call', '2026-06-12', 0, null, 'organisation']);

  const ingrid = addPerson(ctx, { givenNames: 'Ingrid', surname: 'Hoekstra', gender: 'F', birthDate: '1966-01-05', source: 'government' });
  sink.add('organisation_roles', [
    ctx.nextId('ROL'),
    ingrid.id,
    orgs.authorities[0]!,
    'authority-contact',
    'Schuldhulpverlener',
    '2018-03-01',
    '2024-08-31',
    '2024-08-31',
    'government',
  ]);
  sink.add('communications', [
    ctx.nextId('COM'),
    null,
    ingrid.id,
    '2024-05-14',
    'email',
    'in',
    null,
    'Overleg over minnelijke schuldregeling',
    'organisation',
  ]);

  const teun = addPerson(ctx, { givenNames: 'Teun', surname: 'Bakker', gender: 'M', birthDate: '1981-10-10', source: 'organisation' });
  sink.add('organisation_roles', [
    ctx.nextId('ROL'),
    teun.id,
    orgs.suppliers[0]!,
    'supplier-contact',
    'Accountmanager',
    '2020-01-01',
    null,
    null,
    'organisation',
  ]);

  const fatma = addPerson(ctx, { givenNames: 'Fatma', surname: 'Doğan', gender: 'F', birthDate: '1993-07-07' });
  sink.add('invoice_service_records', [
    ctx.nextId('INV'),
    fatma.id,
    orgs.clients[3]!,
    'WO-2026-118822',
    '2026-08-02',
    '2026-08-16',
    34_999,
    'reminded',
    'client',
  ]);
  sink.add('invoice_service_records', [
    ctx.nextId('INV'),
    fatma.id,
    orgs.clients[3]!,
    'WO-2026-120417',
    '2026-09-10',
    '2026-09-24',
    8_950,
    'paid',
    'client',
  ]);
  sink.add('invoice_service_records', [
    ctx.nextId('INV'),
    fatma.id,
    orgs.clients[8]!,
    'DK-77120',
    '2026-10-01',
    '2026-10-15',
    12_500,
    'open',
    'client',
  ]);

  const emre = addPerson(ctx, { givenNames: 'Emre', surname: 'Yılmaz', gender: 'M', birthDate: '1987-05-21' });
  addCase(env, { parties: [{ person: emre, role: 'debtor' }], decision: true, closed: false });
  addCase(env, { parties: [{ person: emre, role: 'debtor' }], decision: true, legalSteps: true, closed: false });

  const omer = addPerson(ctx, { givenNames: 'Ömer', surname: 'Kaya', gender: 'M', birthDate: '1970-03-30' });
  sink.add('addresses', [
    ctx.nextId('ADR'),
    omer.id,
    'Bağdat Caddesi',
    214,
    null,
    '34728',
    'İstanbul',
    'TR',
    '2025-03-01',
    null,
    'address-service',
  ]);
  addCase(env, { parties: [{ person: omer, role: 'debtor' }], foreignCountry: 'TR', closed: false });

  const hendrik = addPerson(ctx, { givenNames: 'Hendrik', surname: 'Smit', gender: 'M', birthDate: '1959-09-15' });
  const heldCase = addCase(env, { parties: [{ person: hendrik, role: 'debtor' }], openedOn: '2018-04-10', closed: true, legalSteps: true });
  sink.add('legal_holds', [
    ctx.nextId('HLD'),
    hendrik.id,
    heldCase,
    'Bodemprocedure over de vordering aanhangig; gegevens nodig voor verweer',
    '2022-11-15',
    null,
    'Afdeling Juridische Zaken',
    'derived',
  ]);

  const anna = addPerson(ctx, {
    givenNames: 'Anna',
    particle: 'de',
    surname: 'Jong',
    gender: 'F',
    birthDate: '1983-01-17',
    address: { street: 'Javastraat', houseNumber: 41, postcode: '1094 HB', city: 'Amsterdam' },
  });
  const pieter = addPerson(ctx, {
    givenNames: 'Pieter',
    particle: 'de',
    surname: 'Jong',
    gender: 'M',
    birthDate: '1980-06-02',
    address: { street: 'Javastraat', houseNumber: 41, postcode: '1094 HB', city: 'Amsterdam' },
  });
  const shared = addCase(env, {
    parties: [
      { person: anna, role: 'debtor' },
      { person: pieter, role: 'co-liable' },
    ],
    closed: false,
    communications: 6,
  });
  sink.add('aml_checks', [
    ctx.nextId('AML'),
    pieter.id,
    null,
    '2026-01-12',
    '2026-01-12',
    null,
    'review',
    null,
    2_400_000,
    3_150_000,
    'credit-bureau',
  ]);

  if (!anna.iban) {
    // The shared case's debtor needs an account on file: the co-debtor's scanned letter quotes it, and the
    // possible-mention search must find her by it (issue 16.3). Fixed digits, so the random stream is untouched.
    sink.add('bank_accounts', [
      ctx.nextId('IBN'),
      anna.id,
      ibanFromBban('NL', 'ABNA0417164300'),
      `${initialsOf('Anna')} de Jong`,
      addDays(ctx.referenceDate, -400),
      'data-subject',
    ]);
  }

  const marloes = addPerson(ctx, { givenNames: 'Marloes', surname: 'Vermeulen', gender: 'F', birthDate: '1976-11-30' });
  const marloesCase = addCase(env, { parties: [{ person: marloes, role: 'debtor' }], closed: false });
  sink.add('special_category_data', [
    ctx.nextId('SPC'),
    marloes.id,
    marloesCase,
    'health',
    'Medische verklaring over arbeidsongeschiktheid, ingebracht ter onderbouwing van verzoek om uitstel',
    'art9-2-f',
    null,
    '2026-03-04',
    'data-subject',
  ]);

  const sanne = addPerson(ctx, { givenNames: 'Sanne', surname: 'Kok', gender: 'F', birthDate: '1991-12-24', source: 'organisation' });
  sink.add('organisation_roles', [
    ctx.nextId('ROL'),
    sanne.id,
    orgs.prospects[1]!,
    'prospect-contact',
    'Office manager',
    '2023-05-01',
    null,
    null,
    'organisation',
  ]);
  sink.add('marketing_contacts', [
    ctx.nextId('MKT'),
    sanne.id,
    orgs.prospects[1]!,
    'newsletter',
    '2026-04-02',
    0,
    '2026-04-02',
    'organisation',
  ]);

  return {
    heavyDebtor: heavy.id,
    namesakes: [janA.id, janB.id],
    duplicatePair: [sophie.id, sofie.id],
    debtorAndGuarantor: zoe.id,
    openAndClosedDebtor: willem.id,
    clientContact: marieke.id,
    prospectContact: gijs.id,
    authorityContact: ingrid.id,
    supplierContact: teun.id,
    invoiceRecipient: fatma.id,
    automatedDecisions: emre.id,
    foreignTransfer: omer.id,
    legalHold: hendrik.id,
    sharedCase: { caseId: shared, debtor: anna.id, coDebtor: pieter.id },
    specialCategory: marloes.id,
    unsubscribed: sanne.id,
  };
}
