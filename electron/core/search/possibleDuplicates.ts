import type { Database, Statement } from 'better-sqlite3-multiple-ciphers';
import type { SearchProfile } from '../../../shared/search/searchProfile.ts';
import { displayNameOf, unpackProfile } from '../../../shared/search/searchProfile.ts';
import type { ProfiledSubject } from './duplicateRule.ts';
import { nearlySameName, sharedFacts } from './duplicateRule.ts';

interface FactStatements {
  sameAddress: Statement;
}

const byDb = new WeakMap<Database, FactStatements>();

function statements(db: Database): FactStatements {
  let s = byDb.get(db);
  if (!s) {
    s = {
      // Every listed person's address and birth date in one statement: a statement per result cost
      // twenty index walks per keystroke. Pairs that cross (one person's address, another's birth
      // date) are dropped in code.
      sameAddress: db.prepare(`
        SELECT k.value AS address, s.birth_date AS birthDate, d.subject_id AS subjectId, d.profile AS profile FROM search_keys k
        JOIN subjects s ON s.id = k.subject_id
        JOIN search_documents d ON d.rowid = s.rowid
        WHERE k.kind = 'address' AND k.value IN (SELECT value FROM json_each(?)) AND k.field = 'address'
          AND s.birth_date IN (SELECT value FROM json_each(?))`),
    };
    byDb.set(db, s);
  }
  return s;
}

export type { ProfiledSubject };

/**
 * For each given subject, the other subjects that are probably the same person entered twice: same
 * birth date, same current postcode + house number, and a name that differs only slightly. A partner
 * at the same address has another birth date; a parent and child with the same name would have
 * another birth date too. One statement for all of them.
 */
export function possibleDuplicatesOfAll(db: Database, subjects: readonly ProfiledSubject[]): Map<string, ProfiledSubject[]> {
  const found = new Map<string, ProfiledSubject[]>(subjects.map((s) => [s.subjectId, []]));
  const facts = subjects.flatMap((s) => {
    const shared = sharedFacts(s.profile);
    return shared ? [{ ...s, ...shared }] : [];
  });
  if (facts.length === 0) return found;
  const rows = statements(db).sameAddress.all(
    JSON.stringify([...new Set(facts.map((f) => f.address))]),
    JSON.stringify([...new Set(facts.map((f) => f.birthDate))]),
  ) as { address: string; birthDate: string; subjectId: string; profile: string }[];
  const unpacked = new Map<string, SearchProfile>();
  for (const subject of facts) {
    const name = displayNameOf(subject.profile);
    for (const row of rows) {
      if (row.address !== subject.address || row.birthDate !== subject.birthDate || row.subjectId === subject.subjectId) continue;
      const profile = unpacked.get(row.subjectId) ?? unpackProfile(row.profile);
      unpacked.set(row.subjectId, profile);
      if (nearlySameName(name, displayNameOf(profile))) found.get(subject.subjectId)!.push({ subjectId: row.subjectId, profile });
    }
  }
  return found;
}

/** The probable duplicates of one subject (possibleDuplicatesOfAll). */
export function possibleDuplicates(db: Database, subjectId: string, profile: SearchProfile): ProfiledSubject[] {
  return possibleDuplicatesOfAll(db, [{ subjectId, profile }]).get(subjectId) ?? [];
}
