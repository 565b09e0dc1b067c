import type { Db } from '../db/openDatabase.ts';
import { prepared } from '../db/preparedStatement.ts';
import type { AuditEntry } from './auditLog.ts';
import { appendAudit, auditEntriesForRequest, auditEntryFromRow, verifyAuditChain } from './auditLog.ts';
import type { AuditRepository } from './auditRepository.ts';

/** The audit trail on the embedded SQLite file (the hash chain itself is in auditLog.ts). */
export function sqliteAuditRepository(db: Db): AuditRepository {
  return {
    async append(input, at) {
      return appendAudit(db, input, at);
    },
    async verify() {
      return verifyAuditChain(db);
    },
    async forRequest(requestRef) {
      return auditEntriesForRequest(db, requestRef);
    },
    async page({ limit, offset, requestRef }) {
      const rows = (
        requestRef === undefined
          ? prepared(db, 'SELECT * FROM audit_log ORDER BY seq DESC LIMIT ? OFFSET ?').all(limit, offset)
          : prepared(db, 'SELECT * FROM audit_log WHERE request_ref = ? ORDER BY seq DESC LIMIT ? OFFSET ?').all(requestRef, limit, offset)
      ) as Parameters<typeof auditEntryFromRow>[0][];
      const total = (
        requestRef === undefined
          ? prepared(db, 'SELECT count(*) AS count FROM audit_log').get()
          : prepared(db, 'SELECT count(*) AS count FROM audit_log WHERE request_ref = ?').get(requestRef)
      ) as { count: number } | undefined;
      const entries: AuditEntry[] = rows.map(auditEntryFromRow);
      return { total: total?.count ?? 0, entries };
    },
  };
}
