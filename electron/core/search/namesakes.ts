import type { Database, Statement } from 'better-sqlite3-multiple-ciphers';
import { foldedWords } from '../../../shared/search/foldText.ts';
import { particleWords } from '../../../shared/search/nameTokens.ts';
import { currentAddressOf, displayNameOf, formatAddress, unpackProfile } from '../../../shared/search/searchProfile.ts';
import { ftsString } from './searchSubjects.ts';

/** An entry with the same name as a listed one, with what tells it apart (docs/domain.md §8). */
export interface Namesake {
  subjectId: string;
  birthDate: string | null;
  address: string | null;
  caseCount: number;
}

/**
 * More entries with one name than this are not listed one by one: the clerk is told the count and asked to narrow
 * the search. Hundreds of "Jan de Vries" on one card would not help anyone tell them apart.
 */
export const namesakeListLimit = 50;
/** Rows read from the word index per name; names also match aliases and former names, which are filtered out. */
const wordIndexLimit = 1000;

interface NamesakeStatements {
  byWords: Statement;
  documents: Statement;
}
const byDb = new WeakMap<Database, NamesakeStatements>();

function statements(db: Database): NamesakeStatements {
  let s = byDb.get(db);
  if (!s) {
    s = {
      byWords: db.prepare(`SELECT rowid FROM search_words WHERE search_words MATCH ? LIMIT ${wordIndexLimit}`).pluck(),
      documents: db.prepare(
        'SELECT subject_id AS subjectId, profile FROM search_documents WHERE rowid IN (SELECT value FROM json_each(?))',
      ),
    };
    byDb.set(db, s);
  }
  return s;
}

/** Names compare as their folded words: "Jan van den Berg", "jan Van den Berg" and "Jan van den Bérg" are one name. */
export function nameKey(name: string): string {
  return foldedWords(name).join(' ');
}

/**
 * Every entry in the database whose name (as shown: the legal name) is one of `names` (compared by
 * nameKey, and keyed by it), in subject id order. The whole database is asked, not only the
 * results on screen: a namesake the result limit left out is the one a clerk would otherwise link by
 * mistake (a wrong match discloses one person's data to another, Art. 5(1)(f), domain.md §8).
 */
export function namesakesOf(db: Database, names: readonly string[]): Map<string, { entries: Namesake[]; total: number }> {
  const s = statements(db);
  const found = new Map<string, { entries: Namesake[]; total: number }>();
  for (const words of new Map(names.map((n) => [nameKey(n), foldedWords(n)])).values()) {
    if (words.length === 0) continue;
    const name = words.join(' ');
    // Particles ("van", "de") occur in a large part of all names: their doclists cost more than they narrow,
    // and the exact name is compared below anyway.
    const narrowing = words.filter((w) => !particleWords.has(w));
    const match = (narrowing.length > 0 ? narrowing : words).map((w) => `names : ${ftsString(w)}`).join(' AND ');
    const rowids = s.byWords.all(match) as number[];
    const entries: Namesake[] = [];
    for (const row of s.documents.all(JSON.stringify(rowids)) as { subjectId: string; profile: string }[]) {
      const profile = unpackProfile(row.profile);
      if (nameKey(displayNameOf(profile)) !== name) continue;
      const address = currentAddressOf(profile);
      entries.push({
        subjectId: row.subjectId,
        birthDate: profile.birthDate,
        address: address ? formatAddress(address) : null,
        caseCount: profile.caseCount,
      });
    }
    entries.sort((a, b) => (a.subjectId < b.subjectId ? -1 : 1));
    found.set(name, { entries: entries.slice(0, namesakeListLimit), total: entries.length });
  }
  return found;
}
