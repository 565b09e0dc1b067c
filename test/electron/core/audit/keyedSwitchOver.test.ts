import Database from 'better-sqlite3-multiple-ciphers';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { legacyEntryHash } from '../../../../electron/core/audit/auditHash.ts';
import { appendAudit, auditEntries } from '../../../../electron/core/audit/auditLog.ts';
import { verifyAuditChain } from '../../../../electron/core/audit/auditVerify.ts';
import { migrate } from '../../../../electron/core/db/migrate.ts';
import { openDatabase } from '../../../../electron/core/db/openDatabase.ts';
import { forgeAuditLog } from '../../../helpers/auditForger.ts';
import { cli } from '../../../helpers/cliHarness.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';
import { testKeys } from '../../../helpers/testKeys.ts';

/**
 * A database written before issue 13.4 (schema 3) holds an unkeyed SHA-256 chain. After the upgrade it
 * still verifies: its old entries the old way, up to the recorded switch-over; every later entry keyed.
 */
describe('the switch-over from the unkeyed chain', () => {
  const tempDir = useTempDirs();
  const now = new Date('2026-03-05T09:00:00Z');

  /** A schema-3 database with `entries` entries sealed as Inzage sealed them before the switch-over. */
  function olderDatabase(entries: number): string {
    const file = join(tempDir(), 'older.db');
    const db = new Database(file);
    migrate(db, { target: 3 });
    let prev = '0'.repeat(64);
    for (let seq = 1; seq <= entries; seq++) {
      const fields = {
        seq,
        at: now.toISOString(),
        actor: 'M. de Vries',
        action: 'subject.open',
        request_ref: 'INZ-2026-0001',
        subject_id: `S${1000 + seq}`,
        target: null,
        details: `{"records":${seq}}`,
      };
      const hash = legacyEntryHash(prev, fields);
      db.prepare(
        'INSERT INTO audit_log (seq, at, actor, action, request_ref, subject_id, target, details, prev_hash, hash) ' +
          'VALUES (@seq, @at, @actor, @action, @request_ref, @subject_id, @target, @details, @prev, @hash)',
      ).run({ ...fields, prev, hash });
      db.prepare('UPDATE audit_anchor SET count = ?, head_hash = ? WHERE id = 1').run(seq, hash);
      prev = hash;
    }
    db.close();
    return file;
  }

  it('verifies an upgraded log, records the switch-over with the next entry, and continues keyed', async () => {
    const file = olderDatabase(4);
    const verified = await cli(['audit', 'verify', '--db', file]);
    expect(verified).toMatchObject({
      code: 0,
      out: expect.stringMatching(/intact: 4 entries[^]*Entries 1 to 4 were written before the chain was keyed/),
    });

    const db = openDatabase(file, testKeys.database);
    expect(verifyAuditChain(db, testKeys.audit)).toMatchObject({ ok: true, count: 4, keyedFrom: 5, unkeyedEntries: 4 });
    appendAudit(db, { actor: 'M. de Vries', action: 'request.create', requestRef: 'INZ-2026-0002' }, now, testKeys.audit);
    expect(auditEntries(db, { afterSeq: 4 }).map((e) => [e.seq, e.action, e.details])).toEqual([
      [5, 'audit.keyed', { unkeyedEntries: 4 }],
      [6, 'request.create', null],
    ]);
    expect(verifyAuditChain(db, testKeys.audit)).toMatchObject({ ok: true, count: 6, keyedFrom: 5, unkeyedEntries: 4 });
    db.close();
  });

  it('still catches a rewrite of the old entries once keyed ones follow them', () => {
    const file = olderDatabase(4);
    const db = openDatabase(file, testKeys.database);
    appendAudit(db, { actor: 'M. de Vries', action: 'request.create' }, now, testKeys.audit);
    db.close();
    forgeAuditLog(file, (raw) => raw.prepare("UPDATE audit_log SET subject_id = 'S9' WHERE seq = 2").run(), { from: 2 });
    const reopened = openDatabase(file, testKeys.database);
    expect(verifyAuditChain(reopened, testKeys.audit)).toMatchObject({
      ok: false,
      firstBad: 5,
      problem: expect.stringMatching(/entry 5 was changed/),
    });
    reopened.close();
  });

  it('refuses a switch-over that is not recorded where the anchor says it is', () => {
    const file = olderDatabase(3);
    const db = openDatabase(file, testKeys.database);
    appendAudit(db, { actor: 'M. de Vries', action: 'request.create' }, now, testKeys.audit);
    // Moving the switch-over one entry later: the keyed switch-over entry 4 would have to carry an unkeyed seal, and does not.
    db.prepare('UPDATE audit_anchor SET keyed_from = 5 WHERE id = 1').run();
    expect(verifyAuditChain(db, testKeys.audit)).toMatchObject({ ok: false, firstBad: 4 });
    db.close();
  });
});
