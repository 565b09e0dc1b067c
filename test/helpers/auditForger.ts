import type Database from 'better-sqlite3-multiple-ciphers';
import { createHash } from 'node:crypto';
import { openKeyedDatabase } from './testKeys.ts';

/**
 * Someone who holds the database file but not the installation's key, doing what the published source
 * tells them: drop the append-only triggers, change the log, then recompute the SHA-256 chain (the
 * unkeyed formula of Inzage before issue 13.4) from the first entry they touched, and fix the anchor.
 * With `downgrade`, they also move the keyed chain's switch-over past the end, so every entry would be
 * checked as an unkeyed one, and recompute the whole chain.
 */
export function forgeAuditLog(file: string, tamper: (db: Database.Database) => void, options: { from: number; downgrade?: boolean }): void {
  const db = openKeyedDatabase(file);
  try {
    db.exec('DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete;');
    tamper(db);
    const rows = db.prepare('SELECT * FROM audit_log ORDER BY seq').all() as Record<string, string | number | null>[];
    const from = options.downgrade ? 1 : options.from;
    let prev = '0'.repeat(64);
    for (const row of rows) {
      if ((row.seq as number) >= from) {
        const fields = [row.seq, row.at, row.actor, row.action, row.request_ref, row.subject_id, row.target, row.details];
        const hash = createHash('sha256')
          .update(`${prev}\n${JSON.stringify(fields)}`, 'utf8')
          .digest('hex');
        db.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?').run(prev, hash, row.seq);
        prev = hash;
      } else prev = row.hash as string;
    }
    db.prepare('UPDATE audit_anchor SET count = ?, head_hash = ? WHERE id = 1').run(rows.length, prev);
    const columns = (db.prepare('PRAGMA table_info(audit_anchor)').all() as { name: string }[]).map((c) => c.name);
    if (options.downgrade && columns.includes('keyed_from'))
      db.prepare('UPDATE audit_anchor SET keyed_from = ? WHERE id = 1').run(rows.length + 1);
  } finally {
    db.close();
  }
}

/** One forged entry, shaped like a real one, at `seq`. */
export function insertForgedEntry(db: Database.Database, seq: number): void {
  db.prepare(
    'INSERT INTO audit_log (seq, at, actor, action, request_ref, subject_id, target, details, prev_hash, hash) ' +
      "VALUES (?, '2026-03-06T10:00:00.000Z', 'M. de Vries', 'request.status', 'INZ-2026-0001', NULL, 'sent', NULL, '', '')",
  ).run(seq);
}
