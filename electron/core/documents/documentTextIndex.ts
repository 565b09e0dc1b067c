import { ibansIn, indexedText, pageTokens, postcodesIn } from '../../../shared/documents/mentionText.ts';
import type { ProfileRecords, ProfileRow } from '../../../shared/extract/subjectProfile.ts';
import { particleWords } from '../../../shared/search/nameTokens.ts';
import type { Db } from '../db/openDatabase.ts';
import { prepared } from '../db/preparedStatement.ts';
import type { MentionCandidatePage, MentionQuery } from './mentionQuery.ts';

/**
 * The text index over the documents' read pages (SQLite migration 012; docs/documents.md § Search and
 * possible mentions). Derived data only, keyed by the page's rowid in document_pages:
 *  - document_text: FTS5 over the page's FOLDED words (contentless: the text itself stays in
 *    document_pages), for names, street + house number and case numbers as phrases — a phrase matches
 *    across line breaks and punctuation, and folding in code matches "Muller" to "Müller" and
 *    "Lukasz" to "Łukasz", which SQLite's remove_diacritics does not;
 *  - document_keys: the exact keys whose written form varies too much for words (IBANs in any grouping,
 *    postcodes with or without their space), normalised as the subject search normalises them.
 * The repository keeps it in step in saveReading, the one place pages are written.
 */
export const documentTextIndexTables = `
CREATE VIRTUAL TABLE document_text USING fts5(
  words,
  tokenize = 'unicode61 remove_diacritics 0', content = '', contentless_delete = 1
);
CREATE TABLE document_keys (
  kind       TEXT NOT NULL CHECK (kind IN ('iban','postcode')),
  value      TEXT NOT NULL,
  page_rowid INTEGER NOT NULL
) STRICT;
CREATE INDEX document_keys_lookup ON document_keys(kind, value);
CREATE INDEX document_keys_page ON document_keys(page_rowid);
`;

/** Indexes the pages of one document as they are now in document_pages. */
export function indexDocumentPages(db: Db, documentId: string): void {
  const pages = prepared(db, 'SELECT rowid, text FROM document_pages WHERE document_id = ?').all(documentId) as {
    rowid: number;
    text: string;
  }[];
  for (const page of pages) indexPage(db, page.rowid, page.text);
}

function indexPage(db: Db, rowid: number, text: string): void {
  prepared(db, 'INSERT INTO document_text (rowid, words) VALUES (?, ?)').run(rowid, indexedText(pageTokens(text)));
  const key = prepared(db, 'INSERT INTO document_keys (kind, value, page_rowid) VALUES (?, ?, ?)');
  for (const iban of ibansIn(text)) key.run('iban', iban, rowid);
  for (const postcode of postcodesIn(text)) key.run('postcode', postcode, rowid);
}

/** Takes one document's pages out of the index (before its pages are replaced). */
export function unindexDocumentPages(db: Db, documentId: string): void {
  const rowids = prepared(db, 'SELECT rowid FROM document_pages WHERE document_id = ?').pluck().all(documentId) as number[];
  for (const rowid of rowids) {
    prepared(db, 'DELETE FROM document_text WHERE rowid = ?').run(rowid);
    prepared(db, 'DELETE FROM document_keys WHERE page_rowid = ?').run(rowid);
  }
}

/** Indexes every page anew (the migration, and a database whose index was lost). */
export function rebuildDocumentTextIndex(db: Db): void {
  db.exec("INSERT INTO document_text (document_text) VALUES ('delete-all'); DELETE FROM document_keys;");
  // In batches: a connection cannot write while it is still stepping through a query.
  const batch = db.prepare('SELECT rowid, text FROM document_pages WHERE rowid > ? ORDER BY rowid LIMIT 1000');
  for (let after = 0; ;) {
    const pages = batch.all(after) as { rowid: number; text: string }[];
    if (pages.length === 0) break;
    for (const page of pages) indexPage(db, page.rowid, page.text);
    after = pages.at(-1)!.rowid;
  }
}

/**
 * The FTS5 expression for one phrase. A phrase costs what its commonest word's doclist costs: "inc" of
 * "INC-2019-0000095" stands in every letter, "van" and "de" in half the names. So the index is asked
 * for the phrase's distinctive words only — an identifier's long digit runs, else the words that are
 * not name particles — (NEAR each other where several), and matchMentions.ts checks the whole phrase.
 */
export function phraseExpression(phrase: readonly string[]): string {
  const identifiers = phrase.filter((w) => w.length >= 5 && /\d/.test(w));
  const narrowing = identifiers.length > 0 ? identifiers : phrase.filter((w) => !particleWords.has(w));
  if (narrowing.length === 0 || narrowing.length === phrase.length) return `"${phrase.join(' ')}"`;
  if (narrowing.length === 1) return `"${narrowing[0]}"`;
  // NEAR counts every word between the first and the last one asked for: at most all of the phrase's others.
  return `NEAR(${narrowing.map((w) => `"${w}"`).join(' ')}, ${phrase.length - 2})`;
}

/** An FTS5 expression: any of the phrases. Folded words are letters and digits only, so quoting each is safe. */
export function anyPhrase(phrases: readonly (readonly string[])[]): string {
  return [...new Set(phrases.filter((p) => p.length > 0).map(phraseExpression))].join(' OR ');
}

/** The pages the index says may hold one of the phrases, IBANs or postcodes, outside the excluded documents. */
export function pagesMentioning(db: Db, query: MentionQuery): MentionCandidatePage[] {
  const expression = anyPhrase(query.phrases);
  const keyHits =
    "SELECT page_rowid FROM document_keys WHERE kind = 'iban' AND value IN (SELECT value FROM json_each(?)) " +
    "UNION SELECT page_rowid FROM document_keys WHERE kind = 'postcode' AND value IN (SELECT value FROM json_each(?))";
  const hits = expression ? `SELECT rowid AS page_rowid FROM document_text WHERE document_text MATCH ? UNION ${keyHits}` : keyHits;
  const sql =
    `SELECT p.document_id AS documentId, p.page, p.text FROM (${hits}) h JOIN document_pages p ON p.rowid = h.page_rowid ` +
    'WHERE p.document_id NOT IN (SELECT value FROM json_each(?)) ORDER BY p.document_id, p.page';
  const keys = [JSON.stringify(query.ibans), JSON.stringify(query.postcodes), JSON.stringify(query.excludeDocumentIds)];
  return prepared(db, sql).all(...(expression ? [expression, ...keys] : keys)) as MentionCandidatePage[];
}

/** The tables that identify a person in a text, read by subject (the name, address and bank account rows; cases by party). */
const identifyingQueries = {
  subject_names: 'SELECT * FROM subject_names WHERE subject_id IN (SELECT value FROM json_each(?)) ORDER BY id',
  addresses: 'SELECT * FROM addresses WHERE subject_id IN (SELECT value FROM json_each(?)) ORDER BY id',
  bank_accounts: 'SELECT * FROM bank_accounts WHERE subject_id IN (SELECT value FROM json_each(?)) ORDER BY id',
  cases:
    'SELECT p.subject_id, c.* FROM case_parties p JOIN cases c ON c.id = p.case_id ' +
    'WHERE p.subject_id IN (SELECT value FROM json_each(?)) ORDER BY c.id',
} as const;

/** Per subject, the rows that identify them (documentRepository.ts identifyingRecords): four queries for any number of subjects. */
export function identifyingRecords(db: Db, subjectIds: readonly string[]): Map<string, ProfileRecords> {
  const result = new Map<string, Record<string, ProfileRow[]>>();
  if (subjectIds.length === 0) return result;
  const ids = JSON.stringify([...new Set(subjectIds)]);
  for (const id of prepared(db, 'SELECT id FROM subjects WHERE id IN (SELECT value FROM json_each(?))').pluck().all(ids) as string[]) {
    result.set(id, {});
  }
  for (const [table, sql] of Object.entries(identifyingQueries)) {
    for (const row of prepared(db, sql).all(ids) as ProfileRow[]) {
      const records = result.get(String(row.subject_id));
      if (records) (records[table] ??= []).push(row);
    }
  }
  return result;
}
