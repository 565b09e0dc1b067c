import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { SearchKey, SubjectDocument } from '../../electron/core/search/subjectDocument.ts';
import { particleWords } from '../../shared/search/nameTokens.ts';

/**
 * The search documents a SQLite database's index holds, read back as the SubjectDocuments the indexer
 * wrote (subjectDocument.ts), in rowid order, `batch` subjects at a time — to fill a PostgreSQL index
 * with exactly what SQLite searches (the agreement test, the team search bench) without pg-records'
 * import. The keys come back in the order they were written; the vocabulary terms are the words of
 * names and places that subjectDocument keeps (≥ 3 letters, no initial marker, no particle), which
 * gives the same set as search_terms (the agreement test checks that).
 */
export function* storedSearchDocuments(db: Database, batch = 5000): Generator<SubjectDocument[]> {
  const page = db.prepare(
    'SELECT rowid, subject_id AS id, names, places, born, profile FROM search_documents WHERE rowid > ? ORDER BY rowid LIMIT ?',
  );
  const keys = db.prepare(
    // Sorted in code: "ORDER BY rowid" here makes SQLite walk the whole table in rowid order instead of the subject index.
    'SELECT rowid, subject_id, kind, value, field, shown FROM search_keys WHERE subject_id IN (SELECT value FROM json_each(?))',
  );
  let last = 0;
  for (;;) {
    const rows = page.all(last, batch) as (Omit<SubjectDocument, 'keys' | 'terms'> & { rowid: number })[];
    if (rows.length === 0) return;
    last = rows[rows.length - 1]!.rowid;
    const keysOf = new Map<string, SearchKey[]>();
    const found = keys.all(JSON.stringify(rows.map((row) => row.id))) as (Record<string, string> & { rowid: number })[];
    found.sort((a, b) => a.rowid - b.rowid);
    for (const key of found) {
      const list = keysOf.get(key.subject_id!) ?? [];
      list.push([key.kind as SearchKey[0], key.value!, key.field!, key.shown!]);
      keysOf.set(key.subject_id!, list);
    }
    yield rows.map(({ rowid: _rowid, ...row }) => ({
      ...row,
      keys: keysOf.get(row.id) ?? [],
      terms: `${row.names} ${row.places}`
        .split(' ')
        .filter((word) => word.length >= 3 && !word.startsWith('#') && !particleWords.has(word)),
    }));
  }
}
