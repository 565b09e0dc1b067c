import pg from 'pg';
import { DomainError } from '../../../shared/errors/domainError.ts';
import type { Sql } from '../db/postgres/postgresPool.ts';
import type { InstallationKeys } from '../keys/installationKeys.ts';
import { checkpointOf } from './auditCheckpoint.ts';
import { digestForAudit } from './auditHash.ts';
import type { AuditAnchor, AuditRow } from './auditLog.ts';
import { auditEntryFromRow, checkHeadSealedByKey, sealedAppend } from './auditLog.ts';
import type { AuditRepository } from './auditRepository.ts';
import type { AuditVerification } from './auditVerify.ts';
import { auditChainWalk } from './auditVerify.ts';

// How many entries verify reads per round trip while it walks the chain.
const verifyBatch = 5_000;

const anchorQuery = 'SELECT count, head_hash, keyed_from FROM audit_anchor WHERE id = 1';

/**
 * The keyed audit chain on the team's PostgreSQL server: one chain for the whole team (issue 15.3),
 * sealed and checked by the same code as on SQLite (auditLog.ts sealedAppend, auditVerify.ts
 * auditChainWalk, auditCheckpoint.ts checkpointOf).
 *
 * Several clerks append at once. `append` runs inside the caller's transaction (postgresStore wraps a
 * lone append in one) and first locks the anchor row (FOR UPDATE): a second appender waits there until
 * the first commits, then reads the head the first wrote and continues from it. So entries are
 * numbered and chained one after another, never two from the same head; the primary key on seq would
 * refuse a second entry at one number if anything got past the lock. The lock is held until the use
 * case commits, so its entries and its change land together (Art. 5(2)) in the order they were sealed.
 */
export function postgresAuditRepository(sql: Sql, keys: Pick<InstallationKeys, 'audit' | 'query'>): AuditRepository {
  return {
    async append(input, at) {
      const anchor = (await sql.query<AuditAnchor>(`${anchorQuery} FOR UPDATE`)).rows[0];
      if (!anchor) throw new DomainError('audit.damaged', {});
      checkHeadSealedByKey(anchor, await rowAt(sql, anchor.count), keys.audit);
      const rows = sealedAppend(anchor, input, at, keys.audit);
      for (const row of rows) {
        await sql.query(
          'INSERT INTO audit_log (seq, at, actor, action, request_ref, subject_id, target, details, prev_hash, hash) ' +
            'VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)',
          [row.seq, row.at, row.actor, row.action, row.request_ref, row.subject_id, row.target, row.details, row.prev_hash, row.hash],
        );
      }
      const last = rows.at(-1)!;
      await sql.query('UPDATE audit_anchor SET count = $1, head_hash = $2 WHERE id = 1', [last.seq, last.hash]);
      return auditEntryFromRow(last);
    },
    async verify(checkpoint) {
      return consistentRead(sql, (reader) => verifyOn(reader, keys.audit, checkpoint));
    },
    async checkpoint(at) {
      // The head at the anchor's count was committed with the anchor and never changes: no snapshot needed.
      const anchor = (await sql.query<AuditAnchor>(anchorQuery)).rows[0];
      return checkpointOf(anchor, anchor && anchor.count > 0 ? await rowAt(sql, anchor.count) : undefined, keys.audit, at);
    },
    digest(text) {
      return digestForAudit(keys.query, text);
    },
    async forRequest(requestRef) {
      return (await sql.query<AuditRow>('SELECT * FROM audit_log WHERE request_ref = $1 ORDER BY seq', [requestRef])).rows.map(
        auditEntryFromRow,
      );
    },
    async page({ limit, offset, requestRef }) {
      const [rows, total] =
        requestRef === undefined
          ? [
              await sql.query<AuditRow>('SELECT * FROM audit_log ORDER BY seq DESC LIMIT $1 OFFSET $2', [limit, offset]),
              await sql.query<{ count: number }>('SELECT count(*) AS count FROM audit_log'),
            ]
          : [
              await sql.query<AuditRow>('SELECT * FROM audit_log WHERE request_ref = $1 ORDER BY seq DESC LIMIT $2 OFFSET $3', [
                requestRef,
                limit,
                offset,
              ]),
              await sql.query<{ count: number }>('SELECT count(*) AS count FROM audit_log WHERE request_ref = $1', [requestRef]),
            ];
      return { total: total.rows[0]?.count ?? 0, entries: rows.rows.map(auditEntryFromRow) };
    },
  };
}

async function rowAt(sql: Sql, seq: number): Promise<AuditRow | undefined> {
  return (await sql.query<AuditRow>('SELECT * FROM audit_log WHERE seq = $1', [seq])).rows[0];
}

/**
 * Runs `read` on one consistent view of the anchor and the log, so entries other clerks append
 * meanwhile are neither half-seen nor taken for entries "added outside Inzage". On the pool: its own
 * REPEATABLE READ, READ ONLY transaction (a snapshot; writers go on). Inside a use case's transaction:
 * a share lock on the anchor row, which waits for appenders that hold it and keeps new ones out until
 * that transaction ends.
 */
async function consistentRead<T>(sql: Sql, read: (reader: Sql) => Promise<T>): Promise<T> {
  if (!(sql instanceof pg.Pool)) {
    await sql.query(`${anchorQuery} FOR SHARE`);
    return read(sql);
  }
  const client = await sql.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const result = await read(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** The whole chain walked in batches of entries, judged by the same walk as SQLite's (auditVerify.ts). */
async function verifyOn(sql: Sql, auditKey: Buffer, checkpoint: Parameters<AuditRepository['verify']>[0]): Promise<AuditVerification> {
  const walk = auditChainWalk((await sql.query<AuditAnchor>(anchorQuery)).rows[0], auditKey, checkpoint);
  let after = 0;
  for (;;) {
    const batch = (await sql.query<AuditRow>('SELECT * FROM audit_log WHERE seq > $1 ORDER BY seq LIMIT $2', [after, verifyBatch])).rows;
    for (const row of batch) {
      const broken = walk.step(row);
      if (broken) return broken;
    }
    if (batch.length < verifyBatch) return walk.finish();
    after = batch.at(-1)!.seq;
  }
}
