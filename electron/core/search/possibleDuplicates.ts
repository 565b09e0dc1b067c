import type { Database, Statement } from 'better-sqlite3-multiple-ciphers';
import { foldText } from '../../../shared/search/foldText.ts';
import { addressKey } from '../../../shared/search/parseQuery.ts';
import type { SearchProfile } from '../../../shared/search/searchProfile.ts';
import { currentAddressOf, displayNameOf, unpackProfile } from '../../../shared/search/searchProfile.ts';
import { editDistance } from '../../../shared/search/similarity.ts';
import { normalisePostcode } from '../../../shared/identifiers/postcode.ts';

interface FactStatements {
  sameAddress: Statement;
}

const byDb = new WeakMap<Database, FactStatements>();

function statements(db: Database): FactStatements {
  let s = byDb.get(db);
  if (!s) {
    s = {
      sameAddress: db.prepare(`
        SELECT d.subject_id, d.profile FROM search_keys k
        JOIN subjects s ON s.id = k.subject_id
        JOIN search_documents d ON d.rowid = s.rowid
        WHERE k.kind = 'address' AND k.value = ? AND k.field = 'address' AND k.subject_id <> ? AND s.birth_date = ?`),
    };
    byDb.set(db, s);
  }
  return s;
}

/**
 * Other subjects that are probably the same person entered twice: same birth date, same current
 * postcode + house number, and a name that differs only slightly ("Sophie" / "Sofie ter Horst").
 * A partner at the same address has another birth date; a parent and child with the same name
 * would have another birth date too.
 */
export function possibleDuplicates(
  db: Database,
  subjectId: string,
  profile: SearchProfile,
): { subjectId: string; profile: SearchProfile }[] {
  const address = currentAddressOf(profile);
  const postcode = address ? normalisePostcode(address.postcode) : null;
  if (!address || !postcode || !profile.birthDate) return [];
  const name = foldText(displayNameOf(profile));
  const rows = statements(db).sameAddress.all(addressKey(postcode, address.houseNumber), subjectId, profile.birthDate) as {
    subject_id: string;
    profile: string;
  }[];
  return rows
    .map((row) => ({ subjectId: row.subject_id, profile: unpackProfile(row.profile) }))
    .filter((other) => {
      const otherName = foldText(displayNameOf(other.profile));
      return editDistance(name, otherName, 4) <= Math.max(2, Math.floor(name.length / 5));
    });
}
