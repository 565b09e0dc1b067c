import type { Db } from '../db/openDatabase.ts';
import { prepared } from '../db/preparedStatement.ts';
import type { InstallationKeys } from '../keys/installationKeys.ts';
import { digestForAudit } from './auditHash.ts';
import { takeCheckpoint } from './auditCheckpoint.ts';
import type { AuditEntry } from './auditLog.ts';
import { appendAudit, auditEntriesForRequest, auditEntryFromRow } from './auditLog.ts';
import type { AuditRepository } from './auditRepository.ts';
import { verifyAuditChain } from './auditVerify.ts';

/** The audit trail on the embedded SQLite file (the keyed chain itself is in auditLog.ts), under the installation's keys. */
export function sqliteAuditRepository(db: Db, keys: Pick<InstallationKeys, 'audit' | 'query'>): AuditRepository {
  return {
    async append(input, at) {
      return appendAudit(db, input, at, keys.audit);
    },
    async verify(checkpoint) {
      return verifyAuditChain(db, keys.audit, checkpoint);
    },
    async checkpoint(at) {
      return takeCheckpoint(db, keys.audit, at);
    },
    digest(text) {
      return digestForAudit(keys.query, text);
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
