import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../../electron/core/db/migrate.ts';
import { migrations } from '../../../../electron/core/db/migrations/index.ts';

function freshAt3(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, { target: 3 });
  return db;
}

const insertRequest =
  'INSERT INTO requests (reference, ref_year, ref_number, received_on, channel, ' +
  'kind, requester_name, status, created_by, created_at) VALUES (?, 2026, ' +
  "?, '2026-03-05', 'letter', 'access', 'A. Jansen', ?, 'clerk', 'now')";

describe('003 request register and audit log', () => {
  it('is version 3 after version 2 (the search index), and creates the register and audit tables', () => {
    expect(migrations[1]).toMatchObject({ version: 2 });
    const db = freshAt3();
    expect(schemaVersion(db)).toBe(3);
    const tables = (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name);
    for (const table of [
      'requests',
      'request_status_history',
      'request_pauses',
      'request_subjects',
      'request_rejected_candidates',
      'request_notes',
      'request_outputs',
      'request_redactions',
      'audit_log',
      'audit_anchor',
    ]) {
      expect(tables).toContain(table);
    }
    expect(db.prepare('SELECT count, head_hash FROM audit_anchor').get()).toEqual({ count: 0, head_hash: '0'.repeat(64) });
  });

  it('has no place for an ID copy, and the "no copy kept" flag can only be true', () => {
    const db = freshAt3();
    const columns = (db.prepare('PRAGMA table_info(requests)').all() as { name: string }[]).map((c) => c.name);
    expect(columns.filter((c) => /image|copy|scan|document|blob/.test(c))).toEqual(['identity_no_copy_kept']);
    db.prepare(insertRequest).run('INZ-2026-0001', 1, 'received');
    expect(() =>
      db.prepare("UPDATE requests SET identity_method = 'desk', identity_checked_on = '2026-03-06', identity_no_copy_kept = 0").run(),
    ).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE requests SET identity_method = 'desk', identity_checked_on = NULL").run()).toThrow(/CHECK/);
  });

  it('enforces statuses, unique references, closed requests carrying a date, outputs with a real SHA-256', () => {
    const db = freshAt3();
    db.prepare(insertRequest).run('INZ-2026-0001', 1, 'received');
    expect(() => db.prepare(insertRequest).run('INZ-2026-0001', 2, 'received')).toThrow(/UNIQUE/);
    expect(() => db.prepare(insertRequest).run('INZ-2026-0002', 2, 'lost')).toThrow(/CHECK/);
    expect(() => db.prepare(insertRequest).run('INZ-2026-0003', 3, 'sent')).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare("INSERT INTO request_outputs (request_id, file_name, kind, sha256, created_at) VALUES (1, 'x.pdf', 'pdf', 'abc', 'now')")
        .run(),
    ).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare("INSERT INTO request_outputs (request_id, file_name, kind, sha256, created_at) VALUES (9, 'x.pdf', 'pdf', ?, 'now')")
        .run('a'.repeat(64)),
    ).toThrow(/FOREIGN KEY/);
    expect(() =>
      db
        .prepare(
          'INSERT INTO request_redactions (request_id, record_kind, record_id, reason, ' +
            "by, on_date) VALUES (1, 'cases', 'C1', 'gossip', 'c', '2026-03-06')",
        )
        .run(),
    ).toThrow(/CHECK/);
  });

  it('makes the audit log append-only', () => {
    const db = freshAt3();
    db.prepare("INSERT INTO audit_log (seq, at, actor, action, prev_hash, hash) VALUES (1, 'now', 'c', 'search', 'p', 'h')").run();
    expect(() => db.prepare("UPDATE audit_log SET actor = 'x'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_anchor').run()).toThrow(/cannot be deleted/);
  });
});
