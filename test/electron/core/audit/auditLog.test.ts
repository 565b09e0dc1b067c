import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendAudit, auditEntriesForRequest, digestForAudit } from '../../../../electron/core/audit/auditLog.ts';
import { verifyAuditChain } from '../../../../electron/core/audit/auditVerify.ts';
import type { Db } from '../../../../electron/core/db/openDatabase.ts';
import { openDatabase } from '../../../../electron/core/db/openDatabase.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';
import { testKeys } from '../../../helpers/testKeys.ts';

/** Tampering as someone with the sqlite3 shell would do it: first drop the append-only triggers. */
function tamper(db: Db, sql: string, ...params: unknown[]): void {
  db.exec('DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete;');
  db.prepare(sql).run(...params);
}

describe('audit log', () => {
  const tempDir = useTempDirs();
  const now = new Date('2026-03-05T09:00:00Z');

  function logWith(entries: number): Db {
    const db = openDatabase(join(tempDir(), 'audit.db'), testKeys.database);
    for (let i = 1; i <= entries; i++) {
      appendAudit(
        db,
        {
          actor: 'clerk A',
          action: i % 2 ? 'subject.open' : 'request.status',
          requestRef: `INZ-2026-000${1 + (i % 3)}`,
          subjectId: `S${1000 + i}`,
          details: { count: i },
        },
        now,
        testKeys.audit,
      );
    }
    return db;
  }

  it('chains entries and verifies an untouched log', () => {
    const db = logWith(6);
    const result = verifyAuditChain(db, testKeys.audit);
    expect(result).toMatchObject({ ok: true, count: 6 });
    expect(auditEntriesForRequest(db, 'INZ-2026-0001').map((e) => e.seq)).toEqual([3, 6]);
    expect(verifyAuditChain(openDatabase(join(tempDir(), 'empty.db'), testKeys.database), testKeys.audit)).toMatchObject({
      ok: true,
      count: 0,
    });
  });

  it('is append-only for ordinary SQL', () => {
    const db = logWith(2);
    expect(() => db.prepare('UPDATE audit_log SET actor = ? WHERE seq = 1').run('someone else')).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log WHERE seq = 2').run()).toThrow(/append-only/);
  });

  it('detects a changed entry and names it', () => {
    const db = logWith(6);
    tamper(db, 'UPDATE audit_log SET subject_id = ? WHERE seq = 4', 'S9999');
    expect(verifyAuditChain(db, testKeys.audit)).toEqual({
      ok: false,
      firstBad: 4,
      problem: expect.stringMatching(/entry 4 was changed/),
      reason: { kind: 'changed', seq: 4, maybeOtherInstallation: false },
    });
  });

  it('detects a changed timestamp or details', () => {
    const db = logWith(6);
    tamper(db, 'UPDATE audit_log SET at = ? WHERE seq = 2', '2020-01-01T00:00:00.000Z');
    expect(verifyAuditChain(db, testKeys.audit)).toMatchObject({ ok: false, firstBad: 2 });
    const db2 = logWith(6);
    tamper(db2, 'UPDATE audit_log SET details = ? WHERE seq = 5', '{"count":500}');
    expect(verifyAuditChain(db2, testKeys.audit)).toMatchObject({ ok: false, firstBad: 5 });
  });

  it('detects a deleted entry in the middle, naming the first missing one', () => {
    const db = logWith(6);
    tamper(db, 'DELETE FROM audit_log WHERE seq = 3');
    expect(verifyAuditChain(db, testKeys.audit)).toEqual({
      ok: false,
      firstBad: 3,
      problem: expect.stringMatching(/entry 3 is missing/),
      reason: { kind: 'missing', from: 3, to: 3, after: 2 },
    });
  });

  it('detects a deleted middle entry even when the later ones were renumbered', () => {
    const db = logWith(6);
    tamper(db, 'DELETE FROM audit_log WHERE seq = 3');
    for (const seq of [4, 5, 6]) tamper(db, 'UPDATE audit_log SET seq = ? WHERE seq = ?', seq - 1, seq);
    expect(verifyAuditChain(db, testKeys.audit)).toMatchObject({
      ok: false,
      firstBad: 3,
      problem: expect.stringMatching(/entry 3 does not follow entry 2/),
      reason: { kind: 'chain-broken', seq: 3 },
    });
  });

  it('detects deletion of the last entry (through the anchor)', () => {
    const db = logWith(6);
    tamper(db, 'DELETE FROM audit_log WHERE seq = 6');
    expect(verifyAuditChain(db, testKeys.audit)).toEqual({
      ok: false,
      firstBad: 6,
      problem: expect.stringMatching(/ends at entry 5.*6 entries were written.*entry 6 deleted/),
      reason: { kind: 'cut-off', count: 5, written: 6 },
    });
  });

  it('detects a changed anchor', () => {
    const db = logWith(3);
    db.prepare('UPDATE audit_anchor SET head_hash = ? WHERE id = 1').run('e'.repeat(64));
    expect(verifyAuditChain(db, testKeys.audit)).toMatchObject({
      ok: false,
      firstBad: 3,
      problem: expect.stringMatching(/anchor's head hash/),
      reason: { kind: 'head-mismatch', seq: 3 },
    });
  });

  it('detects reordered entries', () => {
    const db = logWith(6);
    tamper(db, 'UPDATE audit_log SET seq = 100 WHERE seq = 3');
    tamper(db, 'UPDATE audit_log SET seq = 3 WHERE seq = 4');
    tamper(db, 'UPDATE audit_log SET seq = 4 WHERE seq = 100');
    expect(verifyAuditChain(db, testKeys.audit)).toMatchObject({ ok: false, firstBad: 3 });
  });

  it('detects an inserted entry, forged or not', () => {
    const crude = logWith(4);
    tamper(
      crude,
      "INSERT INTO audit_log (seq, at, actor, action, prev_hash, hash) VALUES (5, '2026-01-01T00:00:00.000Z', 'x', 'export', 'a', 'b')",
    );
    expect(verifyAuditChain(crude, testKeys.audit)).toMatchObject({ ok: false, firstBad: 5 });

    // A careful forger copies a real entry's hashes into a renumbered tail: the chain breaks right after it.
    const db = logWith(4);
    for (const seq of [4, 3]) tamper(db, 'UPDATE audit_log SET seq = ? WHERE seq = ?', seq + 1, seq);
    const second = db.prepare('SELECT hash FROM audit_log WHERE seq = 2').get() as { hash: string };
    tamper(
      db,
      "INSERT INTO audit_log (seq, at, actor, action, prev_hash, hash) VALUES (3, '2026-01-01T00:00:00.000Z', 'x', 'export', ?, ?)",
      second.hash,
      'f'.repeat(64),
    );
    expect(verifyAuditChain(db, testKeys.audit)).toMatchObject({ ok: false, firstBad: 3 });
  });

  it('detects entries appended behind its back', () => {
    const db = logWith(3);
    const head = db.prepare('SELECT hash FROM audit_log WHERE seq = 3').get() as { hash: string };
    tamper(db, "INSERT INTO audit_log (seq, at, actor, action, prev_hash, hash) VALUES (4, 'x', 'x', 'export', ?, 'h')", head.hash);
    expect(verifyAuditChain(db, testKeys.audit)).toMatchObject({ ok: false, firstBad: 4 });
  });

  it('rejects malformed input and offers a digest for texts that may be personal data', () => {
    const db = logWith(0);
    expect(() => appendAudit(db, { actor: 'a', action: 'Search Everything' }, now, testKeys.audit)).toThrow(/noun\.verb/);
    expect(() => appendAudit(db, { actor: ' ', action: 'search' }, now, testKeys.audit)).toThrow(/actor/);
    expect(() => appendAudit(db, { actor: 'a', action: 'search', details: { q: { nested: 1 } as never } }, now, testKeys.audit)).toThrow(
      /details\.q/,
    );
    const entry = appendAudit(
      db,
      {
        actor: 'a',
        action: 'search',
        details: { queryDigest: digestForAudit(testKeys.query, 'Jansen 1970-01-01'), results: 3 },
      },
      now,
      testKeys.audit,
    );
    expect(entry.details).toEqual({ queryDigest: expect.stringMatching(/^[0-9a-f]{64}$/), results: 3 });
    expect(JSON.stringify(entry)).not.toMatch(/Jansen/);
    expect(verifyAuditChain(db, testKeys.audit)).toMatchObject({ ok: true, count: 1 });
  });

  it('rolls back with the transaction it is part of', () => {
    const db = logWith(2);
    expect(() =>
      db.transaction(() => {
        appendAudit(db, { actor: 'a', action: 'export' }, now, testKeys.audit);
        throw new Error('the export failed');
      })(),
    ).toThrow(/export failed/);
    expect(verifyAuditChain(db, testKeys.audit)).toMatchObject({ ok: true, count: 2 });
  });
});
