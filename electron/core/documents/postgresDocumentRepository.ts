import type { Sql } from '../db/postgres/postgresPool.ts';
import type { DocumentRepository } from './documentRepository.ts';

/**
 * SCAFFOLD (issue 16.1, branch docs-store replaces this body): the documents on the team's PostgreSQL
 * server. Until it is built every method refuses loudly rather than pretending the team store holds
 * no documents.
 */
export function postgresDocumentRepository(sql: Sql): DocumentRepository {
  void sql;
  const notBuilt = (): never => {
    throw new Error('Documents on the PostgreSQL team store are not built yet (issue 16)');
  };
  return {
    putFile: notBuilt,
    file: notBuilt,
    addDocuments: notBuilt,
    document: notBuilt,
    documentsOf: notBuilt,
    countDocuments: notBuilt,
    documentIds: notBuilt,
    saveReading: notBuilt,
    reading: notBuilt,
    pages: notBuilt,
    pagesMentioning: notBuilt,
    identifyingRecords: notBuilt,
    unreadDocumentIds: notBuilt,
    decideMention: notBuilt,
    mentionDecisions: notBuilt,
    addRedaction: notBuilt,
    removeRedaction: notBuilt,
    redactions: notBuilt,
  };
}
