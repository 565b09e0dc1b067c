import type { Database, Statement } from 'better-sqlite3-multiple-ciphers';
import { foldedWords } from '../../../shared/search/foldText.ts';
import { particleWords } from '../../../shared/search/nameTokens.ts';
import { currentAddressOf, displayNameOf, formatAddress, unpackProfile } from '../../../shared/search/searchProfile.ts';
import { searchIndexGeneration } from './searchIndex.ts';
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
/** Names whose namesakes are kept in memory per connection (search as you type asks for the same names again and again). */
const cachedNames = 2000;

interface NamesakeStatements {
  byWords: Statement;
  names: Statement;
  documents: Statement;
  dataVersion: Statement;
}
const byDb = new WeakMap<Database, NamesakeStatements>();

function statements(db: Database): NamesakeStatements {
  let s = byDb.get(db);
  if (!s) {
    const among = 'rowid IN (SELECT value FROM json_each(?))';
    s = {
      byWords: db.prepare(`SELECT rowid FROM search_words WHERE search_words MATCH ? LIMIT ${wordIndexLimit}`).pluck(),
      names: db.prepare(`SELECT rowid, names FROM search_documents WHERE ${among}`),
      documents: db.prepare(`SELECT subject_id AS subjectId, profile FROM search_documents WHERE ${among}`),
      dataVersion: db.prepare('PRAGMA data_version').pluck(),
    };
    byDb.set(db, s);
  }
  return s;
}

type Found = { entries: Namesake[]; total: number };

/** What was found per name, while neither this connection nor another one wrote the index or the file. */
interface NamesakeCache {
  version: string;
  byName: Map<string, Found>;
}
const caches = new WeakMap<Database, NamesakeCache>();

/** Names compare as their folded words: "Jan van den Berg", "jan Van den Berg" and "Jan van den Bérg" are one name. */
export function nameKey(name: string): string {
  return foldedWords(name).join(' ');
}

/**
 * The start of the indexed names text of every entry whose shown name has these words: subjectDocument
 * writes the legal name's folded words first (each word once), before initials, aliases and former names.
 */
export function namesTextStart(words: readonly string[]): string {
  return [...new Set(words)].join(' ');
}

/** The full-text expression that finds every entry that may bear the name (and some that do not: checked after). */
function nameExpression(words: string[]): string {
  // Particles ("van", "de") occur in a large part of all names: their doclists cost more than they narrow.
  const narrowing = words.filter((w) => !particleWords.has(w));
  if (narrowing.length === words.length) return `names : ^ ${ftsString(namesTextStart(words))}`;
  return (narrowing.length > 0 ? narrowing : words).map((w) => `names : ${ftsString(w)}`).join(' AND ');
}

/** Every entry bearing one name, looked up in the database. */
function lookUp(db: Database, words: string[]): Found {
  const s = statements(db);
  const name = words.join(' ');
  const start = namesTextStart(words);
  const rowids = s.byWords.all(nameExpression(words)) as number[];
  // Their names text first: only entries whose text starts with the name have their profile read and unpacked.
  const likely = (s.names.all(JSON.stringify(rowids)) as { rowid: number; names: string }[])
    .filter((row) => row.names === start || row.names.startsWith(`${start} `))
    .map((row) => row.rowid);
  const entries: Namesake[] = [];
  if (likely.length > 0)
    for (const row of s.documents.all(JSON.stringify(likely)) as { subjectId: string; profile: string }[]) {
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
  return { entries: entries.slice(0, namesakeListLimit), total: entries.length };
}

/** The connection's cache of namesakes, emptied when the index or the file changed since it was filled. */
function currentCache(db: Database): NamesakeCache | null {
  // Inside a transaction the index may hold what a rollback will undo: nothing is kept then.
  if (db.inTransaction) return null;
  const version = `${statements(db).dataVersion.get() as number}:${searchIndexGeneration(db)}`;
  let cache = caches.get(db);
  if (!cache || cache.version !== version || cache.byName.size > cachedNames) {
    cache = { version, byName: new Map() };
    caches.set(db, cache);
  }
  return cache;
}

/**
 * Every entry in the database whose name (as shown: the legal name) is one of `names` (compared by
 * nameKey, and keyed by it), in subject id order. The whole database is asked, not only the
 * results on screen: a namesake the result limit left out is the one a clerk would otherwise link by
 * mistake (a wrong match discloses one person's data to another, Art. 5(1)(f), domain.md §8).
 * Search as you type asks for mostly the same names at every keystroke: answers are kept per
 * connection until the search index or the database file changes.
 */
export function namesakesOf(db: Database, names: readonly string[]): Map<string, Found> {
  const cache = currentCache(db);
  const found = new Map<string, Found>();
  for (const words of new Map(names.map((n) => [nameKey(n), foldedWords(n)])).values()) {
    if (words.length === 0) continue;
    const name = words.join(' ');
    const known = cache?.byName.get(name);
    const result = known ?? lookUp(db, words);
    if (!known) cache?.byName.set(name, result);
    found.set(name, result);
  }
  return found;
}
