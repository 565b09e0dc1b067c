import type { CaseDocument } from '../../../../shared/documents/documentModel.ts';
import type { Db } from '../../db/openDatabase.ts';
import { sha256Hex } from '../../documents/sqliteDocumentRepository.ts';

/** A document as the demo describes it: everything but the file's address, which the writer computes. */
export type DemoDocument = Omit<CaseDocument, 'sha256' | 'bytes'>;

/**
 * Writes demo documents into migration 011's tables inside the seeder's transaction. The seed is
 * synchronous, so this uses prepared statements on the Db rather than the async DocumentRepository,
 * but it addresses files exactly as sqliteDocumentRepository.putFile does (SHA-256 of the bytes, kept
 * once: an attachment that is also a posted letter is one file).
 */
export function demoDocumentWriter(db: Db): (document: DemoDocument, content: Uint8Array) => CaseDocument {
  const putFile = db.prepare('INSERT OR IGNORE INTO document_files (sha256, bytes, content) VALUES (?, ?, ?)');
  const insert = db.prepare(
    'INSERT INTO documents (id, case_id, subject_id, kind, date, direction, sender, recipient, title, file_name, media_type, ' +
      'sha256, parent_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  return (d, content) => {
    const sha256 = sha256Hex(content);
    putFile.run(sha256, content.byteLength, Buffer.from(content.buffer, content.byteOffset, content.byteLength));
    insert.run(
      d.id,
      d.caseId,
      d.subjectId,
      d.kind,
      d.date,
      d.direction,
      d.sender,
      d.recipient,
      d.title,
      d.fileName,
      d.mediaType,
      sha256,
      d.parentId,
    );
    return { ...d, sha256, bytes: content.byteLength };
  };
}
