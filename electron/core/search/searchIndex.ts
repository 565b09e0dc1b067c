import type { Database, Statement } from 'better-sqlite3-multiple-ciphers';
import type { SourceGroups, SubjectDocument } from './subjectDocument.ts';
import { groupBySubject, sourcesOf, subjectDocument } from './subjectDocument.ts';

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
const generations = new WeakMap<Database, number>();

/**
 * Changes whenever this connection writes the search index (a rebuild, a re-index after an import),
 * so what is derived from the index and kept in memory (namesakes.ts) knows it is out of date.
 * Writes by other connections show in PRAGMA data_version instead.
 */
export function searchIndexGeneration(db: Database): number {
  return generations.get(db) ?? 0;
}

const indexWritten = (db: Database) => generations.set(db, searchIndexGeneration(db) + 1);

/** Prepared once per connection; every query reads a range of subject ids through the subject_id indexes. */
function statements(db: Database): Statements {
  let s = statementsByDb.get(db);
  if (!s) {
    const range = 'subject_id BETWEEN ? AND ?';
    s = {
      subjects: db.prepare('SELECT rowid, id, birth_date FROM subjects WHERE id BETWEEN ? AND ? ORDER BY id'),
      names: db.prepare(
        `SELECT subject_id, kind, given_names, particle, surname FROM subject_names ` +
          `WHERE ${range} ORDER BY subject_id, kind <> 'legal', recorded_on, id`,
      ),
      addresses: db.prepare(
        `SELECT subject_id, street, house_number, house_number_suffix, postcode, ` +
          `city, country, valid_from, valid_to FROM addresses WHERE ${range} ORDER ` +
          `BY subject_id, valid_from DESC, id`,
      ),
      emails: db.prepare(`SELECT subject_id, email FROM email_addresses WHERE ${range}`),
      phones: db.prepare(`SELECT subject_id, phone_e164 FROM phone_numbers WHERE ${range}`),
      ibans: db.prepare(`SELECT subject_id, iban FROM bank_accounts WHERE ${range}`),
      cases: db.prepare(
        `SELECT p.subject_id, p.role, c.id, c.client_reference FROM case_parties p JOIN cases c ON c.id = p.case_id WHERE p.${range}`,
      ),
      orgRoles: db.prepare(`SELECT subject_id, role FROM organisation_roles WHERE ${range}`),
      invoices: db.prepare(`SELECT DISTINCT subject_id FROM invoice_service_records WHERE ${range}`),
      insertDocument: db.prepare(
        'INSERT INTO search_documents (rowid, names, places, born, subject_id, profile) VALUES (?, ?, ?, ?, ?, ?)',
      ),
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

function writeDocument(s: Statements, rowid: number, document: SubjectDocument, seenTerms: Set<string>): void {
  for (const [kind, value, field, shown] of document.keys) s.insertKey.run(kind, value, document.id, field, shown);
  s.insertDocument.run(rowid, document.names, document.places, document.born, document.id, document.profile);
  s.insertWords.run(rowid, document.names, document.places, document.born);
  for (const term of document.terms) {
    if (!seenTerms.has(term)) {
      seenTerms.add(term);
      s.insertTerm.run(term);
    }
  }
}

/**
 * Writes the documents and keys of every subject whose id lies in [from, to]. The caller has removed
 * the old ones. `seenTerms` spares the vocabulary table millions of repeated INSERT OR IGNOREs.
 */
function indexRange(db: Database, from: string, to: string, seenTerms: Set<string>): number {
  const s = statements(db);
  const subjects = s.subjects.all(from, to) as Row[];
  if (subjects.length === 0) return 0;
  const groups: SourceGroups = {
    names: groupBySubject(s.names.all(from, to) as Row[]),
    addresses: groupBySubject(s.addresses.all(from, to) as Row[]),
    emails: groupBySubject(s.emails.all(from, to) as Row[]),
    phones: groupBySubject(s.phones.all(from, to) as Row[]),
    ibans: groupBySubject(s.ibans.all(from, to) as Row[]),
    cases: groupBySubject(s.cases.all(from, to) as Row[]),
    orgRoles: groupBySubject(s.orgRoles.all(from, to) as Row[]),
    invoiceRecipients: new Set((s.invoices.all(from, to) as Row[]).map((r) => r.subject_id as string)),
  };

  for (const subject of subjects) {
    const document = subjectDocument(sourcesOf(subject, groups));
    writeDocument(s, subject.rowid as number, document, seenTerms);
  }
  return subjects.length;
}

/**
 * Rebuilds the whole index from the case records, in chunks of subjects. Runs inside the caller's
 * transaction if there is one (a migration, an import), otherwise in its own.
 */
export function rebuildSearchIndex(db: Database, onProgress?: (done: number, total: number) => void): number {
  const run = () => {
    const writer = fullIndexWriter(db);
    const total = (db.prepare('SELECT count(*) AS n FROM subjects').get() as { n: number }).n;
    const chunk = db.prepare('SELECT id FROM subjects WHERE id > ? ORDER BY id LIMIT 2000').pluck();
    let done = 0;
    let last = '';
    for (;;) {
      const ids = chunk.all(last) as string[];
      if (ids.length === 0) break;
      done += indexRange(db, ids[0]!, ids[ids.length - 1]!, writer.seenTerms);
      last = ids[ids.length - 1]!;
      onProgress?.(done, total);
    }
    writer.finish();
    return done;
  };
  // IMMEDIATE: it reads before it writes, and a deferred transaction would then fail (SQLITE_BUSY) when another process wrote meanwhile.
  return db.inTransaction ? run() : db.transaction(run).immediate();
}

/**
 * A full rebuild: empties the index, takes documents (in subject id order) and finishes with the
 * key indexes and the format mark. rebuildSearchIndex feeds it from the case records; an import into
 * an empty database feeds it the documents its parser built from the file (the same subjectDocument).
 * Runs inside the caller's transaction.
 */
export function fullIndexWriter(db: Database): {
  seenTerms: Set<string>;
  write: (rowid: number, document: SubjectDocument) => void;
  finish: () => number;
} {
  db.exec(
    `DROP TABLE search_documents; DROP TABLE IF EXISTS search_words; ${searchDocumentsTable} ` +
      `DROP INDEX IF EXISTS search_keys_lookup; DROP INDEX IF EXISTS search_keys_subject; ` +
      `DELETE FROM search_keys;`,
  );
  statementsByDb.delete(db);
  indexWritten(db);
  const s = statements(db);
  const seenTerms = new Set<string>();
  let written = 0;
  return {
    seenTerms,
    write: (rowid, document) => {
      writeDocument(s, rowid, document, seenTerms);
      written++;
    },
    finish: () => {
      db.exec(searchKeyIndexes);
      indexWritten(db);
      db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('search.format', ?)").run(searchIndexFormat);
      statementsByDb.delete(db);
      return written;
    },
  };
}

/** Re-indexes the given subjects (after an import touched their records), inside the caller's transaction. */
export function reindexSubjects(db: Database, subjectIds: Iterable<string>): number {
  const s = statements(db);
  indexWritten(db);
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
