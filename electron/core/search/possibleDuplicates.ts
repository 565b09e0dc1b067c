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
      // twenty index walks per keystroke. Paired per person, so a person's own key row is dropped
      // before their subjects row and search document are read (issue 14.2: about 40 fewer random
      // pages per search at a million subjects); in key row order, as each person's rows were read.
      // CROSS JOIN keeps the persons as the outer loop (the planner would scan every address key).
      sameAddress: db.prepare(`
        SELECT f.key AS fact, d.subject_id AS subjectId, d.profile AS profile
        FROM json_each(?) f
        CROSS JOIN search_keys k ON k.kind = 'address' AND k.value = f.value ->> '$.address' AND k.field = 'address'
        CROSS JOIN subjects s ON s.id = k.subject_id
        CROSS JOIN search_documents d ON d.rowid = s.rowid
        WHERE k.subject_id <> f.value ->> '$.subjectId' AND s.birth_date = f.value ->> '$.birthDate'
        ORDER BY f.key, k.rowid`),
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
    JSON.stringify(facts.map(({ subjectId, address, birthDate }) => ({ subjectId, address, birthDate }))),
  ) as { fact: number; subjectId: string; profile: string }[];
  const unpacked = new Map<string, SearchProfile>();
  const names = facts.map((fact) => displayNameOf(fact.profile));
  for (const row of rows) {
    const subject = facts[row.fact]!;
    const profile = unpacked.get(row.subjectId) ?? unpackProfile(row.profile);
    unpacked.set(row.subjectId, profile);
    if (nearlySameName(names[row.fact]!, displayNameOf(profile))) found.get(subject.subjectId)!.push({ subjectId: row.subjectId, profile });
  }
  return found;
}

/** The probable duplicates of one subject (possibleDuplicatesOfAll). */
export function possibleDuplicates(db: Database, subjectId: string, profile: SearchProfile): ProfiledSubject[] {
  return possibleDuplicatesOfAll(db, [{ subjectId, profile }]).get(subjectId) ?? [];
}
