import { normalisePostcode } from '../../../shared/identifiers/postcode.ts';
import { foldText } from '../../../shared/search/foldText.ts';
import { addressKey } from '../../../shared/search/parseQuery.ts';
import type { SearchProfile } from '../../../shared/search/searchProfile.ts';
import { currentAddressOf } from '../../../shared/search/searchProfile.ts';
import { editDistance } from '../../../shared/search/similarity.ts';

/*
 * When two entries are probably the same person entered twice: the rule both backends apply to what
 * their indexes return (possibleDuplicates.ts on SQLite, postgresSearch.ts on PostgreSQL), kept in
 * one place so they cannot drift.
 */

/** A subject with its search profile: what the rule compares. */
export interface ProfiledSubject {
  subjectId: string;
  profile: SearchProfile;
}

/** What a duplicate shares with the person: the current postcode + house number (as an address key) and the birth date. */
export function sharedFacts(profile: SearchProfile): { address: string; birthDate: string } | null {
  const address = currentAddressOf(profile);
  const postcode = address ? normalisePostcode(address.postcode) : null;
  if (!address || !postcode || !profile.birthDate) return null;
  return { address: addressKey(postcode, address.houseNumber), birthDate: profile.birthDate };
}

/** A name that differs only slightly: a typo or another spelling, not another person ("Sophie" / "Sofie ter Horst"). */
export function nearlySameName(name: string, otherName: string): boolean {
  const folded = foldText(name);
  return editDistance(folded, foldText(otherName), 4) <= Math.max(2, Math.floor(folded.length / 5));
}
