/**
 * What the search index keeps per data subject besides the folded text: the names and addresses as
 * written, so evidence can show "Müller" rather than "muller" and namesakes can be told apart
 * without another query. Stored as compact JSON arrays in the FTS table's unindexed column.
 */
export interface ProfileName {
  kind: string;
  givenNames: string | null;
  particle: string | null;
  surname: string;
}

export interface ProfileAddress {
  street: string;
  houseNumber: number;
  suffix: string | null;
  postcode: string;
  city: string;
  country: string;
  current: boolean;
}

export interface SearchProfile {
  names: ProfileName[];
  addresses: ProfileAddress[];
  birthDate: string | null;
  /** Case roles, organisation roles and "invoice-recipient": what tells namesakes apart. */
  roles: string[];
  caseCount: number;
}

type PackedName = [string, string | null, string | null, string];
type PackedAddress = [string, number, string | null, string, string, string, 0 | 1];
interface Packed {
  n: PackedName[];
  a: PackedAddress[];
  b: string | null;
  r?: string[];
  c?: number;
}

export function packProfile(profile: SearchProfile): string {
  const packed: Packed = {
    n: profile.names.map((n) => [n.kind, n.givenNames, n.particle, n.surname]),
    a: profile.addresses.map((a) => [a.street, a.houseNumber, a.suffix, a.postcode, a.city, a.country, a.current ? 1 : 0]),
    b: profile.birthDate,
    r: profile.roles,
    c: profile.caseCount,
  };
  return JSON.stringify(packed);
}

export function unpackProfile(json: string): SearchProfile {
  const packed = JSON.parse(json) as Packed;
  return {
    names: packed.n.map(([kind, givenNames, particle, surname]) => ({ kind, givenNames, particle, surname })),
    addresses: packed.a.map(([street, houseNumber, suffix, postcode, city, country, current]) => ({
      street,
      houseNumber,
      suffix,
      postcode,
      city,
      country,
      current: current === 1,
    })),
    birthDate: packed.b,
    roles: packed.r ?? [],
    caseCount: packed.c ?? 0,
  };
}

/** The legal name as people write it: "Jan van den Berg". Falls back to the first name on file. */
export function displayNameOf(profile: SearchProfile): string {
  const name = profile.names.find((n) => n.kind === 'legal') ?? profile.names[0];
  return name ? [name.givenNames, name.particle, name.surname].filter(Boolean).join(' ') : '';
}

export function currentAddressOf(profile: SearchProfile): ProfileAddress | null {
  return profile.addresses.find((a) => a.current) ?? null;
}

export function formatAddress(a: ProfileAddress): string {
  const suffix = a.suffix
    ? /^\d/.test(a.suffix) || a.suffix.startsWith('-')
      ? a.suffix
      : a.suffix.length > 1
        ? ` ${a.suffix}`
        : a.suffix
    : '';
  const house = `${a.houseNumber}${suffix}`;
  return `${a.street} ${house}, ${a.postcode} ${a.city}${a.country !== 'NL' ? ` (${a.country})` : ''}`;
}
