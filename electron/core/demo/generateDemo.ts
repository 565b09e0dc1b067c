import type { IsoDate } from '../../../shared/dates/isoDate.ts';
import type { CaseEnv, DecideRoute } from './cases.ts';
import { addCase } from './cases.ts';
import type { DemoSink } from './demoContext.ts';
import { DemoContext } from './demoContext.ts';
import type { RecordLandmarks } from './landmarks.ts';
import { addLandmarks } from './landmarks.ts';
import { addOrganisations } from './organisations.ts';
import type { Person } from './persons.ts';
import { addPerson } from './persons.ts';

export interface DemoOptions {
  subjects: number;
  seed: string;
  /** The demo's fixed "today"; the data lie before it. */
  referenceDate: IsoDate;
  decide: DecideRoute;
  onProgress?: (subjectsDone: number, subjectsTotal: number) => void;
  /** Called between batches of subjects, so a writer can commit a transaction. */
  onBatch?: () => void;
  batchSize?: number;
}

export const minimumDemoSubjects = 40;
export const defaultDemoSeed = 'inzage-demo';
export const defaultReferenceDate = '2026-11-01';

/**
 * Generates the synthetic demo case files: first the landmark people (one per edge case), then
 * `subjects` people in total with a realistic mix of debtors, co-debtors, guarantors, invoice
 * recipients and contact persons. Deterministic: the same options give the same rows in the same order.
 */
export function generateDemo(sink: DemoSink, options: DemoOptions): RecordLandmarks {
  if (!Number.isInteger(options.subjects) || options.subjects < minimumDemoSubjects) {
    throw new RangeError(`subjects must be a whole number of at least ${minimumDemoSubjects} (got ${options.subjects})`);
  }
  const ctx = new DemoContext(sink, options.seed, options.referenceDate);
  const env: CaseEnv = { ctx, orgs: addOrganisations(ctx), decide: options.decide };
  const landmarks = addLandmarks(env);
  const batchSize = options.batchSize ?? 5000;
  let nextBatch = batchSize;
  const { random } = ctx;
  const total = options.subjects;

  while (ctx.count('S') < total) {
    const roll = random.next();
    if (roll < 0.05) addInvoiceRecipient(env);
    else if (roll < 0.09) addContactPerson(env);
    else addDebtor(env, total);
    const done = ctx.count('S');
    if (done >= nextBatch) {
      nextBatch += batchSize;
      options.onBatch?.();
      options.onProgress?.(Math.min(done, total), total);
    }
  }
  options.onProgress?.(total, total);
  return landmarks;
}

function addDebtor(env: CaseEnv, total: number): void {
  const { ctx } = env;
  const { random } = ctx;
  const debtor = addPerson(ctx);
  const cases = random.chance(0.7) ? 1 : random.int(2, 4);
  for (let i = 0; i < cases; i++) {
    const parties: { person: Person; role: 'debtor' | 'co-liable' | 'guarantor' | 'representative' }[] = [
      { person: debtor, role: 'debtor' },
    ];
    if (random.chance(0.15) && ctx.count('S') < total) {
      parties.push({ person: addPerson(ctx, { address: undefined }), role: 'co-liable' });
    }
    if (random.chance(0.04) && ctx.count('S') > 100) {
      // Someone already in the files stands surety: a debtor elsewhere may be a guarantor here.
      const earlier = `S${String(random.int(1, ctx.count('S') - 1)).padStart(7, '0')}`;
      parties.push({ person: { id: earlier, displayName: '', iban: null, postcode: '', city: '' }, role: 'guarantor' });
    }
    if (random.chance(0.02) && ctx.count('S') < total) {
      parties.push({ person: addPerson(ctx, { source: 'client' }), role: 'representative' });
    }
    addCase(env, { parties, foreignCountry: random.chance(0.005) ? random.pick(['DE', 'TR', 'MA'] as const) : undefined });
  }
}

function addInvoiceRecipient(env: CaseEnv): void {
  const { ctx, orgs } = env;
  const { random, sink } = ctx;
  const person = addPerson(ctx);
  const client = random.pick(orgs.clients);
  for (let i = random.int(1, 3); i > 0; i--) {
    const invoiceDate = ctx.daysAgo(700, 5);
    sink.add('invoice_service_records', [
      ctx.nextId('INV'),
      person.id,
      client,
      `${client.slice(-2)}-${random.digits(7)}`,
      invoiceDate,
      ctx.after(invoiceDate, 14, 14),
      random.int(500, 90_000),
      random.pick(['open', 'paid', 'reminded', 'handed-over'] as const),
      'client',
    ]);
  }
}

function addContactPerson(env: CaseEnv): void {
  const { ctx, orgs } = env;
  const { random, sink } = ctx;
  const kind = random.pick(['client-contact', 'prospect-contact', 'authority-contact', 'supplier-contact', 'client-guarantor'] as const);
  const person = addPerson(ctx, { source: kind === 'authority-contact' ? 'government' : 'organisation' });
  const organisation = random.pick(
    kind === 'prospect-contact'
      ? orgs.prospects
      : kind === 'authority-contact'
        ? orgs.authorities
        : kind === 'supplier-contact'
          ? orgs.suppliers
          : orgs.clients,
  );
  const startedOn = ctx.daysAgo(10 * 365, 60);
  const ended = random.chance(0.3);
  const endedOn = ended ? ctx.after(startedOn, 180, 2500) : null;
  sink.add('organisation_roles', [
    ctx.nextId('ROL'),
    person.id,
    organisation,
    kind,
    random.pick(['Directeur', 'Controller', 'Medewerker debiteuren', 'Jurist', 'Inkoper']),
    startedOn,
    endedOn,
    endedOn,
    kind === 'authority-contact' ? 'government' : 'organisation',
  ]);
  if (kind === 'client-guarantor') {
    sink.add('aml_checks', [
      ctx.nextId('AML'),
      person.id,
      organisation,
      ctx.after(startedOn, -20, 0),
      startedOn,
      endedOn,
      random.pick(['clear', 'clear', 'review'] as const),
      random.int(1, 500) * 100_000,
      random.int(0, 200) * 100_000,
      random.int(30, 150) * 100_000,
      'partner',
    ]);
  }
  if (kind !== 'authority-contact' && random.chance(0.6)) {
    const unsubscribed = random.chance(0.2);
    const last = ctx.daysAgo(1500, 10);
    sink.add('marketing_contacts', [
      ctx.nextId('MKT'),
      person.id,
      organisation,
      random.pick(['newsletter', 'event', 'call', 'marketing-analysis'] as const),
      last,
      unsubscribed ? 0 : 1,
      unsubscribed ? last : null,
      'organisation',
    ]);
  }
}
