import type { CaseDocument } from '../../../shared/documents/documentModel.ts';
import type { Db } from '../db/openDatabase.ts';
import type { Sql } from '../db/postgres/postgresPool.ts';
import { documentInsertColumns, documentInsertValues, postgresDocumentRepository } from '../documents/postgresDocumentRepository.ts';
import { sqliteDocumentRepository } from '../documents/sqliteDocumentRepository.ts';
import type { OpenParent } from './importDocumentLines.ts';
import { ImportError } from './importFormat.ts';

/**
 * A document already stored under this id keeps its file: its reading (pages, word boxes) and the
 * clerks' redactions inside it (text offsets, areas of a page) refer to that file, and would silently
 * point at the wrong words in another one. The metadata (date, sender, links) is updated like a record's.
 */
function changedFile(file: string, line: number, id: string): ImportError {
  return new ImportError(
    file,
    line,
    'documents.file',
    `document ${JSON.stringify(id)} is already stored with another file; a stored document's file is not replaced ` +
      '(its reading and redactions refer to it): give the new file a new document id',
  );
}

function parentProblem(file: string, parent: OpenParent, mediaType: string | undefined): ImportError | null {
  if (mediaType === undefined)
    return new ImportError(
      file,
      parent.line,
      'documents.parent_id',
      `unknown reference: no documents record with id ${JSON.stringify(parent.parentId)} in this file or in the database`,
    );
  if (mediaType !== 'message/rfc822')
    return new ImportError(
      file,
      parent.line,
      'documents.parent_id',
      `the parent ${JSON.stringify(parent.parentId)} is not an e-mail (media_type message/rfc822): only an e-mail has attachments`,
    );
  return null;
}

const updateSql = `UPDATE documents SET ${documentInsertColumns
  .filter((c) => c !== 'id')
  .map((c) => `${c} = ?`)
  .join(', ')} WHERE id = ?`;

/**
 * Writes the documents of an import into the SQLite file, inside the import's one transaction
 * (importJsonl.ts): the file through the repository's putFile (content-addressed: kept once however
 * many documents name it), the document inserted or, when its id is already stored with the same file,
 * updated. A new document's reading starts 'pending' (no row): the reader reads it later.
 */
export function sqliteDocumentImport(db: Db, file: string) {
  const repository = sqliteDocumentRepository(db);
  const stored = db.prepare('SELECT sha256 FROM documents WHERE id = ?').pluck();
  const insert = db.prepare(
    `INSERT INTO documents (${documentInsertColumns.join(', ')}) VALUES (${documentInsertColumns.map(() => '?').join(', ')})`,
  );
  const update = db.prepare(updateSql);
  const mediaTypeOf = db.prepare('SELECT media_type FROM documents WHERE id = ?').pluck();
  let written = 0;
  return {
    /** Writes one document; throws an ImportError naming its line; the promise settles when its file is kept. */
    write(line: number, document: CaseDocument, content: Uint8Array): Promise<string> {
      const previous = stored.get(document.id) as string | undefined;
      if (previous !== undefined && previous !== document.sha256) throw changedFile(file, line, document.id);
      const kept = repository.putFile(content);
      const [id, ...rest] = documentInsertValues(document);
      try {
        if (previous === undefined) insert.run(id, ...rest);
        else update.run(...rest, id);
      } catch (error) {
        throw new ImportError(file, line, 'documents', `breaks a rule of the documents: ${(error as Error).message}`);
      }
      written++;
      return kept;
    },
    written: () => written,
    /** The parents the file does not hold: each must be an e-mail already stored. */
    checkParents(parents: readonly OpenParent[]): void {
      for (const parent of parents) {
        const problem = parentProblem(file, parent, mediaTypeOf.get(parent.parentId) as string | undefined);
        if (problem) throw problem;
      }
    },
  };
}

/** As sqliteDocumentImport, on the team's server inside its import transaction (postgresCaseImport.ts). */
export function postgresDocumentImport(sql: Sql, file: string) {
  const repository = postgresDocumentRepository(sql);
  let written = 0;
  return {
    async write(line: number, document: CaseDocument, content: Uint8Array): Promise<void> {
      const { rows } = await sql.query<{ sha256: string }>('SELECT sha256 FROM documents WHERE id = $1', [document.id]);
      const previous = rows[0]?.sha256;
      if (previous !== undefined && previous !== document.sha256) throw changedFile(file, line, document.id);
      await repository.putFile(content);
      const values = documentInsertValues(document);
      try {
        await sql.query(
          `INSERT INTO documents (${documentInsertColumns.join(', ')}) VALUES (${values.map((_, i) => `$${i + 1}`).join(', ')}) ` +
            `ON CONFLICT (id) DO UPDATE SET ${documentInsertColumns
              .filter((c) => c !== 'id')
              .map((c) => `${c} = excluded.${c}`)
              .join(', ')}`,
          values,
        );
      } catch (error) {
        throw new ImportError(
          file,
          line,
          'documents',
          `breaks a rule of the documents: ${(error as Error).message.replace(/:\s*".*$/s, '')}`,
        );
      }
      written++;
    },
    written: () => written,
    async checkParents(parents: readonly OpenParent[]): Promise<void> {
      if (parents.length === 0) return;
      const { rows } = await sql.query<{ id: string; media_type: string }>(
        'SELECT id, media_type FROM documents WHERE id = ANY($1::text[])',
        [parents.map((p) => p.parentId)],
      );
      const mediaTypes = new Map(rows.map((r) => [r.id, r.media_type]));
      for (const parent of parents) {
        const problem = parentProblem(file, parent, mediaTypes.get(parent.parentId));
        if (problem) throw problem;
      }
    },
  };
}
