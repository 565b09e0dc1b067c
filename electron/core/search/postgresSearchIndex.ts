import type { Sql } from '../db/postgres/postgresPool.ts';
import type { SubjectDocument } from './subjectDocument.ts';
import { wordTokens, wordsVector } from './postgresWords.ts';

/**
 * Writes the search documents of the given subjects into the team server's search index, replacing
 * what it held for them (issue 15.2). The import calls it inside its transaction with the documents
 * it built from the rows it read (subjectDocument.ts, the same pure function as on SQLite); run it
 * inside a transaction, so a reader never sees a subject without its keys.
 *
 * Fast: one statement per table per batch, the rows passed as arrays and unnested (parameterised,
 * no per-row round trips). A subject already indexed keeps its `ord` (as its SQLite rowid stays), so
 * re-importing someone does not move them in the order the searches fetch in. The upsert locks the
 * subject's row: two imports of the same subject at once wait for each other instead of leaving two
 * documents or a mix of their keys.
 */
export async function replaceSearchDocuments(sql: Sql, documents: readonly SubjectDocument[], batchSize = 5000): Promise<void> {
  // The last document of a subject wins, as when the import wrote them one after another.
  const latest = [...new Map(documents.map((document) => [document.id, document])).values()];
  for (let start = 0; start < latest.length; start += batchSize) await writeBatch(sql, latest.slice(start, start + batchSize));
}

async function writeBatch(sql: Sql, documents: readonly SubjectDocument[]): Promise<void> {
  if (documents.length === 0) return;
  const column = <T>(pick: (document: SubjectDocument) => T) => documents.map(pick);
  const written = await sql.query<{ ord: number | string; subject_id: string }>(
    `INSERT INTO search_documents (subject_id, names, places, born, profile)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
     ON CONFLICT (subject_id) DO UPDATE
       SET names = excluded.names, places = excluded.places, born = excluded.born, profile = excluded.profile
     RETURNING ord, subject_id`,
    [column((d) => d.id), column((d) => d.names), column((d) => d.places), column((d) => d.born), column((d) => d.profile)],
  );
  const ordOf = new Map(written.rows.map((row) => [row.subject_id, String(row.ord)]));
  const ords = documents.map((d) => ordOf.get(d.id)!);

  await sql.query('DELETE FROM search_keys WHERE ord = ANY($1::bigint[])', [ords]);
  await sql.query(
    `INSERT INTO search_words (ord, names, words)
     SELECT * FROM unnest($1::bigint[], $2::text[], $3::tsvector[])
     ON CONFLICT (ord) DO UPDATE SET names = excluded.names, words = excluded.words`,
    [ords, column((d) => d.names), column((d) => wordsVector(d.names, d.places, d.born))],
  );

  const keyOrds: string[] = [];
  const positions: number[] = [];
  const kinds: string[] = [];
  const values: string[] = [];
  const fields: string[] = [];
  const shown: string[] = [];
  documents.forEach((document, index) => {
    document.keys.forEach(([kind, value, field, show], position) => {
      keyOrds.push(ords[index]!);
      positions.push(position);
      kinds.push(kind);
      values.push(value);
      fields.push(field);
      shown.push(show);
    });
  });
  if (keyOrds.length > 0)
    await sql.query(
      `INSERT INTO search_keys (ord, position, kind, value, field, shown)
       SELECT * FROM unnest($1::bigint[], $2::integer[], $3::text[], $4::text[], $5::text[], $6::text[])`,
      [keyOrds, positions, kinds, values, fields, shown],
    );

  // Every token of the word index, for the prefix search (migration 007); sorted for a stable lock order too.
  const lexemes = [...new Set(documents.flatMap((d) => [d.names, d.places, d.born].flatMap(wordTokens)))].sort();
  if (lexemes.length > 0)
    await sql.query(
      `INSERT INTO search_lexemes (lexeme) SELECT lexeme FROM unnest($1::text[]) AS t(lexeme)
       WHERE NOT EXISTS (SELECT 1 FROM search_lexemes s WHERE s.lexeme = t.lexeme) ON CONFLICT (lexeme) DO NOTHING`,
      [lexemes],
    );

  // The vocabulary only grows; new words get ids in the order they were first seen (sorted: a stable lock order
  // when two imports add the same words at once).
  const terms = [...new Set(documents.flatMap((d) => d.terms))].sort();
  if (terms.length > 0)
    await sql.query(
      `INSERT INTO search_terms (term) SELECT term FROM unnest($1::text[]) AS t(term)
       WHERE NOT EXISTS (SELECT 1 FROM search_terms s WHERE s.term = t.term) ON CONFLICT (term) DO NOTHING`,
      [terms],
    );
}
