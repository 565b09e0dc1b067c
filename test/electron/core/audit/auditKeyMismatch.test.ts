import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendAudit } from '../../../../electron/core/audit/auditLog.ts';
import { verifyAuditChain } from '../../../../electron/core/audit/auditVerify.ts';
import { openDatabase } from '../../../../electron/core/db/openDatabase.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';
import { otherKeys, testKeys } from '../../../helpers/testKeys.ts';

/**
 * Issue 13.4: a log sealed under this installation's audit key is not extended, nor found intact,
 * under another key. (The CLI cannot reach this: the database is encrypted under the same
 * installation secret, so another key does not open it at all; the chain refuses it regardless.)
 */
describe('the audit chain under another installation key', () => {
  const tempDir = useTempDirs();
  const now = new Date('2026-03-05T09:00:00Z');

  it('refuses to append and reports the chain broken at its first entry', () => {
    const db = openDatabase(join(tempDir(), 'audit.db'), testKeys.database);
    appendAudit(db, { actor: 'clerk A', action: 'request.create', requestRef: 'INZ-2026-0001' }, now, testKeys.audit);
    appendAudit(db, { actor: 'clerk A', action: 'request.status', requestRef: 'INZ-2026-0001' }, now, testKeys.audit);
    expect(() => appendAudit(db, { actor: 'forger', action: 'request.status' }, now, otherKeys.audit)).toThrow(
      expect.objectContaining({ code: 'audit.key-mismatch' }),
    );
    expect(verifyAuditChain(db, testKeys.audit)).toMatchObject({ ok: true, count: 2 });
    expect(verifyAuditChain(db, otherKeys.audit)).toMatchObject({ ok: false, firstBad: 1 });
    db.close();
  });
});
