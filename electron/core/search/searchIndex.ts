import type { Database, Statement } from 'better-sqlite3';
import { foldedWords } from '../../../shared/search/foldText.ts';
import { initialMarker, particleWords } from '../../../shared/search/nameTokens.ts';
import type { KeyKind } from '../../../shared/search/parseQuery.ts';
import { addressKey } from '../../../shared/search/parseQuery.ts';
import { phoneToE164 } from '../../../shared/search/phone.ts';
import type { SearchProfile } from '../../../shared/search/searchProfile.ts';
import { packProfile } from '../../../shared/search/searchProfile.ts';
import { normaliseIban, formatIban } from '../../../shared/identifiers/iban.ts';
import { formatPostcode, normalisePostcode } from '../../../shared/identifiers/postcode.ts';

type Row = Record<string, string | number | null>;

/** Bumped when what the indexer writes changes, so cached databases know to rebuild (meta 'search.format'). */
export const searchIndexFormat = '5';

/**
 * The FTS5 tables of search documents; a full rebuild drops and recreates them (deleting row by row
 * is slow). Two tokenizers over the same folded text, same rowid (= subjects.rowid):
 *  - search_words (unicode61, contentless): whole words and word prefixes. Cheap doclists, so the
 *    common case — a name typed in full or from its start — stays fast on a million subjects.
 *  - search_documents (trigram on names only): any substring of a name ("berg" in "vandenberg"),
 *    the fallback; it also stores the places, birth date and profile as written, for pre-ranking
 *    and evidence. Places are not trigram-indexed: that halves the cost of indexing, and streets
 *    and cities are found as words and prefixes.
 */
export const searchDocumentsTable = `
CREATE VIRTUAL TABLE search_documents USING fts5(
  names, places UNINDEXED, born UNINDEXED, subject_id UNINDEXED, profile UNINDEXED,
  tokenize = 'trigram'
);
CREATE VIRTUAL TABLE search_words USING fts5(
  names, places, born,
  tokenize = 'unicode61 remove_diacritics 0', content = '', contentless_delete = 1
);`;

/** The look-up and per-subject indexes of search_keys; dropped and recreated around a full rebuild. */
export const searchKeyIndexes = `
CREATE INDEX search_keys_lookup ON search_keys(kind, value);
CREATE INDEX search_keys_subject ON search_keys(subject_id);`;

interface Statements {
  subjects: Statement;
  names: Statement;
  addresses: Statement;
  emails: Statement;
  phones: Statement;
  ibans: Statement;
  cases: Statement;
  orgRoles: Statement;
  invoices: Statement;
  insertDocument: Statement;
  insertWords: Statement;
  deleteWords: Statement;
  insertKey: Statement;
  insertTerm: Statement;
  deleteDocument: Statement;
  deleteKeys: Statement;
}

const statementsByDb = new WeakMap<Database, Statements>();

/** Prepared once per connection; every query reads a range of subject ids through the subject_id indexes. */
function statements(db: Database): Statements {
  let s = statementsByDb.get(db);
  if (!s) {
    const range = 'subject_id BETWEEN ? AND ?';
    s = {
      subjects: db.prepare('SELECT rowid, id, birth_date FROM subjects WHERE id BETWEEN ? AND ? ORDER BY id'),
      names: db.prepare(`SELECT subject_id, kind, given_names, particle, surname FROM subject_names WHERE ${range} ORDER BY subject_id, kind <> 'legal', recorded_on, id`),
      addresses: db.prepare(`SELECT subject_id, street, house_number, house_number_suffix, postcode, city, country, valid_from, valid_to FROM addresses WHERE ${range} ORDER BY subject_id, valid_from DESC, id`),
      emails: db.prepare(`SELECT subject_id, email FROM email_addresses WHERE ${range}`),
      phones: db.prepare(`SELECT subject_id, phone_e164 FROM phone_numbers WHERE ${range}`),
      ibans: db.prepare(`SELECT subject_id, iban FROM bank_accounts WHERE ${range}`),
      cases: db.prepare(`SELECT p.subject_id, p.role, c.id, c.client_reference FROM case_parties p JOIN cases c ON c.id = p.case_id WHERE p.${range}`),
      orgRoles: db.prepare(`SELECT subject_id, role FROM organisation_roles WHERE ${range}`),
      invoices: db.prepare(`SELECT DISTINCT subject_id FROM invoice_service_records WHERE ${range}`),
      insertDocument: db.prepare('INSERT INTO search_documents (rowid, names, places, born, subject_id, profile) VALUES (?, ?, ?, ?, ?, ?)'),
      insertKey: db.prepare('INSERT INTO search_keys (kind, value, subject_id, field, shown) VALUES (?, ?, ?, ?, ?)'),
      insertTerm: db.prepare('INSERT OR IGNORE INTO search_terms (term) VALUES (?)'),
      deleteDocument: db.prepare('DELETE FROM search_documents WHERE rowid = (SELECT rowid FROM subjects WHERE id = ?)'),
      insertWords: db.prepare('INSERT INTO search_words (rowid, names, places, born) VALUES (?, ?, ?, ?)'),
      deleteWords: db.prepare('DELETE FROM search_words WHERE rowid = (SELECT rowid FROM subjects WHERE id = ?)'),
      deleteKeys: db.prepare('DELETE FROM search_keys WHERE subject_id = ?'),
    };
    statementsByDb.set(db, s);
  }
  return s;
}

function groupBySubject(rows: Row[]): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const id = row.subject_id as string;
    const list = groups.get(id);
    if (list) list.push(row);
    else groups.set(id, [row]);
  }
  return groups;
}

/**
 * Writes the documents and keys of every subject whose id lies in [from, to]. The caller has removed
 * the old ones. `seenTerms` spares the vocabulary table millions of repeated INSERT OR IGNOREs.
 */
function indexRange(db: Database, from: string, to: string, seenTerms: Set<string>): number {
  const s = statements(db);
  const subjects = s.subjects.all(from, to) as Row[];
  if (subjects.length === 0) return 0;
  const names = groupBySubject(s.names.all(from, to) as Row[]);
  const addresses = groupBySubject(s.addresses.all(from, to) as Row[]);
  const emails = groupBySubject(s.emails.all(from, to) as Row[]);
  const phones = groupBySubject(s.phones.all(from, to) as Row[]);
  const ibans = groupBySubject(s.ibans.all(from, to) as Row[]);
  const cases = groupBySubject(s.cases.all(from, to) as Row[]);
  const orgRoles = groupBySubject(s.orgRoles.all(from, to) as Row[]);
  const invoiceRecipients = new Set((s.invoices.all(from, to) as Row[]).map((r) => r.subject_id as string));

  for (const subject of subjects) {
    const id = subject.id as string;
    const written = new Set<string>();
    const key = (kind: KeyKind, value: string, field: string, shown: string) => {
      const identity = `${kind}\u0000${value}\u0000${field}`;
      if (written.has(identity)) return;
      written.add(identity);
      s.insertKey.run(kind, value, id, field, shown);
    };
    const profile: SearchProfile = { names: [], addresses: [], birthDate: (subject.birth_date as string | null) ?? null, roles: [], caseCount: 0 };
    const nameWords: string[] = [];
    for (const n of names.get(id) ?? []) {
      profile.names.push({ kind: n.kind as string, givenNames: n.given_names as string | null, particle: n.particle as string | null, surname: n.surname as string });
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
    for (const a of addresses.get(id) ?? []) {
      // The newest open address is the current one; older open ones (a second country) count as former.
      const current = a.valid_to === null && !currentSeen;
      if (current) currentSeen = true;
      const address = {
        street: a.street as string, houseNumber: a.house_number as number, suffix: a.house_number_suffix as string | null,
        postcode: a.postcode as string, city: a.city as string, country: a.country as string, current,
      };
      profile.addresses.push(address);
      placeWords.push(...foldedWords(address.street), ...foldedWords(address.city));
      const postcode = address.country === 'NL' ? normalisePostcode(address.postcode) : null;
      if (postcode) {
        const which = current ? '' : ' (former)';
        key('postcode', postcode, `postcode${which}`, formatPostcode(postcode));
        key('address', addressKey(postcode, address.houseNumber), `address${which}`, `${formatPostcode(postcode)} ${address.houseNumber}${address.suffix ?? ''}`);
      }
    }
    for (const e of emails.get(id) ?? []) key('email', (e.email as string).toLowerCase(), 'email', e.email as string);
    for (const p of phones.get(id) ?? []) key('phone', phoneToE164(p.phone_e164 as string) ?? (p.phone_e164 as string), 'phone', p.phone_e164 as string);
    for (const b of ibans.get(id) ?? []) key('iban', normaliseIban(b.iban as string), 'iban', formatIban(b.iban as string));
    const caseIds = new Set<string>();
    const roles = new Set<string>();
    for (const c of cases.get(id) ?? []) {
      caseIds.add(c.id as string);
      roles.add(c.role as string);
      key('case', (c.id as string).toUpperCase(), 'caseNumber', c.id as string);
      key('client-ref', (c.client_reference as string).toUpperCase(), 'clientReference', c.client_reference as string);
    }
    // Roles and case count are kept in the profile so that telling namesakes apart costs no
    // queries at search time; an import re-indexes every subject whose parties or roles change.
    const orgRoleSet = new Set((orgRoles.get(id) ?? []).map((r) => r.role as string));
    profile.roles = [...[...roles].sort(), ...[...orgRoleSet].sort(), ...(invoiceRecipients.has(id) ? ['invoice-recipient'] : [])];
    profile.caseCount = caseIds.size;
    if (profile.birthDate) key('birth-date', profile.birthDate, 'birthDate', profile.birthDate);

    const namesText = [...new Set(nameWords)].join(' ');
    const placesText = [...new Set(placeWords)].join(' ');
    s.insertDocument.run(subject.rowid, namesText, placesText, profile.birthDate ?? '', id, packProfile(profile));
    s.insertWords.run(subject.rowid, namesText, placesText, profile.birthDate ?? '');
    for (const word of [...nameWords, ...placeWords]) {
      if (word.length >= 3 && !word.startsWith('#') && !particleWords.has(word) && !seenTerms.has(word)) {
        seenTerms.add(word);
        s.insertTerm.run(word);
      }
    }
  }
  return subjects.length;
}

/**
 * Rebuilds the whole index from the case records, in chunks of subjects. Runs inside the caller's
 * transaction if there is one (a migration, an import), otherwise in its own.
 */
export function rebuildSearchIndex(db: Database, onProgress?: (done: number, total: number) => void): number {
  const run = () => {
    db.exec(`DROP TABLE search_documents; DROP TABLE IF EXISTS search_words; ${searchDocumentsTable} DROP INDEX IF EXISTS search_keys_lookup; DROP INDEX IF EXISTS search_keys_subject; DELETE FROM search_keys;`);
    statementsByDb.delete(db);
    const total = (db.prepare('SELECT count(*) AS n FROM subjects').get() as { n: number }).n;
    const chunk = db.prepare('SELECT id FROM subjects WHERE id > ? ORDER BY id LIMIT 2000').pluck();
    const seen = new Set<string>();
    let done = 0;
    let last = '';
    for (;;) {
      const ids = chunk.all(last) as string[];
      if (ids.length === 0) break;
      done += indexRange(db, ids[0]!, ids[ids.length - 1]!, seen);
      last = ids[ids.length - 1]!;
      onProgress?.(done, total);
    }
    db.exec(searchKeyIndexes);
    db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('search.format', ?)").run(searchIndexFormat);
    statementsByDb.delete(db);
    return done;
  };
  return db.inTransaction ? run() : db.transaction(run)();
}

/** Re-indexes the given subjects (after an import touched their records), inside the caller's transaction. */
export function reindexSubjects(db: Database, subjectIds: Iterable<string>): number {
  const s = statements(db);
  const seen = new Set<string>();
  let count = 0;
  for (const id of subjectIds) {
    s.deleteDocument.run(id);
    s.deleteWords.run(id);
    s.deleteKeys.run(id);
    count += indexRange(db, id, id, seen);
  }
  return count;
}
