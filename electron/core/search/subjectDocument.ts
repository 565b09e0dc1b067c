import { foldedWords } from '../../../shared/search/foldText.ts';
import { initialMarker, particleWords } from '../../../shared/search/nameTokens.ts';
import type { KeyKind } from '../../../shared/search/parseQuery.ts';
import { addressKey } from '../../../shared/search/parseQuery.ts';
import { phoneToE164 } from '../../../shared/search/phone.ts';
import type { SearchProfile } from '../../../shared/search/searchProfile.ts';
import { packProfile } from '../../../shared/search/searchProfile.ts';
import { normaliseIban, formatIban } from '../../../shared/identifiers/iban.ts';
import { formatPostcode, normalisePostcode } from '../../../shared/identifiers/postcode.ts';

export type SourceRow = Record<string, string | number | null>;

/**
 * What one subject's search document is made of, in the order the indexer reads it from the case
 * records (searchIndex.ts): names legal first then by recorded_on and id; addresses newest first;
 * the other lists in the order the records were stored.
 */
export interface SubjectSources {
  id: string;
  birthDate: string | null;
  names: SourceRow[];
  addresses: SourceRow[];
  emails: SourceRow[];
  phones: SourceRow[];
  ibans: SourceRow[];
  /** Case parties joined with their case: role, id (the case's), client_reference. */
  cases: SourceRow[];
  orgRoles: SourceRow[];
  invoiceRecipient: boolean;
}

/** The per-subject lists of a range of subjects, grouped by subject id (missing: none). */
export interface SourceGroups {
  names: ReadonlyMap<string, SourceRow[]>;
  addresses: ReadonlyMap<string, SourceRow[]>;
  emails: ReadonlyMap<string, SourceRow[]>;
  phones: ReadonlyMap<string, SourceRow[]>;
  ibans: ReadonlyMap<string, SourceRow[]>;
  cases: ReadonlyMap<string, SourceRow[]>;
  orgRoles: ReadonlyMap<string, SourceRow[]>;
  invoiceRecipients: ReadonlySet<string>;
}

/** Rows grouped by their subject_id, each group in the rows' order. */
export function groupBySubject(rows: readonly SourceRow[]): Map<string, SourceRow[]> {
  const groups = new Map<string, SourceRow[]>();
  for (const row of rows) {
    const id = row.subject_id as string;
    const group = groups.get(id);
    if (group) group.push(row);
    else groups.set(id, [row]);
  }
  return groups;
}

/** One subject's sources picked out of the grouped lists (the database indexer and the import share this). */
export function sourcesOf(subject: SourceRow, groups: SourceGroups): SubjectSources {
  const id = subject.id as string;
  return {
    id,
    birthDate: (subject.birth_date as string | null) ?? null,
    names: groups.names.get(id) ?? [],
    addresses: groups.addresses.get(id) ?? [],
    emails: groups.emails.get(id) ?? [],
    phones: groups.phones.get(id) ?? [],
    ibans: groups.ibans.get(id) ?? [],
    cases: groups.cases.get(id) ?? [],
    orgRoles: groups.orgRoles.get(id) ?? [],
    invoiceRecipient: groups.invoiceRecipients.has(id),
  };
}

/** One row of search_keys without its subject: kind, value, field, shown. */
export type SearchKey = [KeyKind, string, string, string];

export interface SubjectDocument {
  id: string;
  names: string;
  places: string;
  born: string;
  profile: string;
  keys: SearchKey[];
  /** Vocabulary candidates for typo correction, in order (the writer skips the ones it has seen). */
  terms: string[];
}

/**
 * The search document of one subject: pure, so the same function serves the index built from the
 * database and the one an import builds from the records it has just read (importParserWorker.ts).
 */
export function subjectDocument(sources: SubjectSources): SubjectDocument {
  const keys: SearchKey[] = [];
  const written = new Set<string>();
  const key = (kind: KeyKind, value: string, field: string, shown: string) => {
    const identity = `${kind}\u0000${value}\u0000${field}`;
    if (written.has(identity)) return;
    written.add(identity);
    keys.push([kind, value, field, shown]);
  };
  const profile: SearchProfile = { names: [], addresses: [], birthDate: sources.birthDate, roles: [], caseCount: 0 };
  const nameWords: string[] = [];
  for (const n of sources.names) {
    profile.names.push({
      kind: n.kind as string,
      givenNames: n.given_names as string | null,
      particle: n.particle as string | null,
      surname: n.surname as string,
    });
    const surnameWords = foldedWords(n.surname as string);
    const particle = foldedWords((n.particle as string | null) ?? '');
    const given = foldedWords((n.given_names as string | null) ?? '');
    nameWords.push(...given, ...particle, ...surnameWords);
    // Initials as "#j#": a trigram of its own that no folded word contains, so "J. de Vries" can filter on it.
    for (const word of given) nameWords.push(initialMarker(word[0]!));
    // "Vandenberg", as people type it when they do not know the particle is separate.
    if (particle.length > 0) nameWords.push(particle.join('') + surnameWords.join(''));
  }
  const placeWords: string[] = [];
  let currentSeen = false;
  for (const a of sources.addresses) {
    // The newest open address is the current one; older open ones (a second country) count as former.
    const current = a.valid_to === null && !currentSeen;
    if (current) currentSeen = true;
    const address = {
      street: a.street as string,
      houseNumber: a.house_number as number,
      suffix: a.house_number_suffix as string | null,
      postcode: a.postcode as string,
      city: a.city as string,
      country: a.country as string,
      current,
    };
    profile.addresses.push(address);
    placeWords.push(...foldedWords(address.street), ...foldedWords(address.city));
    const postcode = address.country === 'NL' ? normalisePostcode(address.postcode) : null;
    if (postcode) {
      const which = current ? '' : ' (former)';
      key('postcode', postcode, `postcode${which}`, formatPostcode(postcode));
      key(
        'address',
        addressKey(postcode, address.houseNumber),
        `address${which}`,
        `${formatPostcode(postcode)} ${address.houseNumber}${address.suffix ?? ''}`,
      );
    }
  }
  for (const e of sources.emails) key('email', (e.email as string).toLowerCase(), 'email', e.email as string);
  for (const p of sources.phones)
    key('phone', phoneToE164(p.phone_e164 as string) ?? (p.phone_e164 as string), 'phone', p.phone_e164 as string);
  for (const b of sources.ibans) key('iban', normaliseIban(b.iban as string), 'iban', formatIban(b.iban as string));
  const caseIds = new Set<string>();
  const roles = new Set<string>();
  for (const c of sources.cases) {
    caseIds.add(c.id as string);
    roles.add(c.role as string);
    key('case', (c.id as string).toUpperCase(), 'caseNumber', c.id as string);
    key('client-ref', (c.client_reference as string).toUpperCase(), 'clientReference', c.client_reference as string);
  }
  // Roles and case count are kept in the profile so that telling namesakes apart costs no
  // queries at search time; an import re-indexes every subject whose parties or roles change.
  const orgRoleSet = new Set(sources.orgRoles.map((r) => r.role as string));
  profile.roles = [...[...roles].sort(), ...[...orgRoleSet].sort(), ...(sources.invoiceRecipient ? ['invoice-recipient'] : [])];
  profile.caseCount = caseIds.size;
  if (profile.birthDate) key('birth-date', profile.birthDate, 'birthDate', profile.birthDate);

  const terms: string[] = [];
  for (const word of [...nameWords, ...placeWords]) {
    if (word.length >= 3 && !word.startsWith('#') && !particleWords.has(word)) terms.push(word);
  }
  return {
    id: sources.id,
    names: [...new Set(nameWords)].join(' '),
    places: [...new Set(placeWords)].join(' '),
    born: profile.birthDate ?? '',
    profile: packProfile(profile),
    keys,
    terms,
  };
}
