import type { IsoDate } from '../../../shared/dates/isoDate.ts';
import { ibanFromBban } from '../../../shared/identifiers/iban.ts';
import type { DemoContext } from './demoContext.ts';
import { bankCodes, emailDomains, givenNamesFemale, givenNamesMale, places, surnames } from './dutchNames.ts';

export interface PersonSpec {
  givenNames?: string;
  particle?: string;
  surname?: string;
  gender?: 'F' | 'M';
  birthDate?: IsoDate;
  address?: { street: string; houseNumber: number; suffix?: string | null; postcode: string; city: string };
  email?: string | null;
  phone?: string | null;
  iban?: string | null;
  previousAddresses?: number;
  /** Where the person first came from: usually the client that handed over a case. */
  source?: string;
}

export interface Person {
  id: string;
  displayName: string;
  iban: string | null;
  postcode: string;
  city: string;
}

/** Strips diacritics for e-mail local parts (Zoë → zoe); Ł and ı do not decompose, so map them. */
function asciiFold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/ı/g, 'i')
    .replace(/İ/g, 'I')
    .replace(/[^A-Za-z]/g, '');
}

export function initialsOf(givenNames: string): string {
  return givenNames
    .split(/\s+/)
    .map((name) => `${name[0]}.`)
    .join('');
}

function randomAddress(ctx: DemoContext): NonNullable<PersonSpec['address']> {
  const place = ctx.random.pick(places);
  const letters = 'ABCDEFGHJKLMNPRTVWXZ';
  let pair = ctx.random.pick([...letters]) + ctx.random.pick([...letters]);
  if (pair === 'SA' || pair === 'SD' || pair === 'SS') pair = 'AB';
  return {
    street: ctx.random.pick(place.streets),
    houseNumber: ctx.random.int(1, 250),
    suffix: ctx.random.chance(0.12) ? ctx.random.pick(['A', 'B', 'bis', '-1', 'hs']) : null,
    postcode: `${ctx.random.int(place.postcodeFrom, place.postcodeTo)} ${pair}`,
    city: place.city,
  };
}

export function randomIban(ctx: DemoContext): string {
  return ibanFromBban('NL', ctx.random.pick(bankCodes) + ctx.random.digits(10));
}

/** Writes a data subject with name, address history and contact details; returns what cases need. */
export function addPerson(ctx: DemoContext, spec: PersonSpec = {}): Person {
  const { random, sink } = ctx;
  const id = ctx.nextId('S');
  const gender = spec.gender ?? (random.chance(0.5) ? 'F' : 'M');
  const givenNames =
    spec.givenNames ??
    (random.chance(0.25)
      ? [0, 1].map(() => random.pick(gender === 'F' ? givenNamesFemale : givenNamesMale)).join(' ')
      : random.pick(gender === 'F' ? givenNamesFemale : givenNamesMale));
  const [randomParticle, randomSurname] = random.pick(surnames);
  const particle = spec.surname !== undefined ? (spec.particle ?? '') : randomParticle;
  const surname = spec.surname ?? randomSurname;
  const birthDate = spec.birthDate ?? ctx.daysAgo(88 * 365, 19 * 365);
  const source = spec.source ?? 'client';
  const createdOn = ctx.daysAgo(9 * 365, 30);
  sink.add('subjects', [id, birthDate, gender, createdOn, source]);
  sink.add('subject_names', [
    ctx.nextId('NAM'),
    id,
    'legal',
    givenNames,
    initialsOf(givenNames),
    particle || null,
    surname,
    createdOn,
    source,
  ]);

  // Address history: older addresses closed, the current one open; updates come from the address service.
  const previous = spec.previousAddresses ?? (random.chance(0.35) ? random.int(1, 2) : 0);
  let from = ctx.daysAgo(12 * 365, 9 * 365);
  for (let i = 0; i < previous; i++) {
    const old = randomAddress(ctx);
    const to = ctx.after(from, 200, 1500);
    sink.add('addresses', [
      ctx.nextId('ADR'),
      id,
      old.street,
      old.houseNumber,
      old.suffix ?? null,
      old.postcode,
      old.city,
      'NL',
      from,
      to,
      source,
    ]);
    from = to;
  }
  const address = spec.address ?? randomAddress(ctx);
  sink.add('addresses', [
    ctx.nextId('ADR'),
    id,
    address.street,
    address.houseNumber,
    address.suffix ?? null,
    address.postcode,
    address.city,
    'NL',
    from,
    null,
    previous > 0 ? 'address-service' : source,
  ]);

  const displayName = [givenNames, particle, surname].filter(Boolean).join(' ');
  const email =
    spec.email !== undefined
      ? spec.email
      : random.chance(0.7)
        ? `${asciiFold(givenNames.split(' ')[0]!).toLowerCase()}.${asciiFold(particle + surname).toLowerCase()}` +
          `${random.int(1, 99)}@${random.pick(emailDomains)}`
        : null;
  if (email) sink.add('email_addresses', [ctx.nextId('EML'), id, email, createdOn, 'data-subject']);
  const phone = spec.phone !== undefined ? spec.phone : random.chance(0.75) ? `+316${random.digits(8)}` : null;
  if (phone)
    sink.add('phone_numbers', [ctx.nextId('TEL'), id, phone, phone.startsWith('+316') ? 'mobile' : 'landline', createdOn, 'data-subject']);
  const iban = spec.iban !== undefined ? spec.iban : random.chance(0.6) ? randomIban(ctx) : null;
  if (iban)
    sink.add('bank_accounts', [
      ctx.nextId('IBN'),
      id,
      iban,
      `${initialsOf(givenNames)} ${[particle, surname].filter(Boolean).join(' ')}`,
      createdOn,
      'data-subject',
    ]);
  return { id, displayName, iban, postcode: address.postcode, city: address.city };
}
