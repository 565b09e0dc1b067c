import { createHash } from 'node:crypto';
import { DomainError } from '../../../shared/errors/domainError.ts';
import type { Db } from '../db/openDatabase.ts';
import { prepared } from '../db/preparedStatement.ts';

/**
 * The audit trail (Art. 5(2) GDPR, accountability; domain.md §8: searching a person is itself
 * processing). Every search, opening of a subject's records, redaction, export and status change is
 * appended here: who, when, what, for which request.
 *
 * Tamper evidence: each entry's hash is SHA-256 over the previous entry's hash and a canonical
 * serialisation of the entry's own fields including its sequence number, so changing a row, deleting
 * or inserting one, or reordering rows breaks the chain at the first affected entry. Deleting the last
 * entry leaves a valid shorter chain, so an anchor row (count and head hash), updated in the same
 * transaction, is checked too. Someone able to rewrite the whole file can recompute everything; the
 * head hash printed by `inzage audit verify` can be noted elsewhere to detect that as well.
 *
 * References only: request references, subject ids, record ids, counts and digests. Never names,
 * addresses or the text of a search: pass `digestForAudit(query)` instead.
 */

export const genesisHash = '0'.repeat(64);

export type AuditDetailValue = string | number | boolean | null | readonly (string | number | boolean | null)[];

export interface AuditInput {
  /** Who did it: the clerk's name, or "system". */
  actor: string;
  /** What happened, as `noun.verb`: "request.create", "subject.open", "search", "record.redact", "export". */
  action: string;
  requestRef?: string;
  subjectId?: string;
  /** What it was done to, as a reference: a record "cases:C000123", a file name, a status. */
  target?: string;
  /** Further references and counts (flat: values are primitives or lists of them). */
  details?: Readonly<Record<string, AuditDetailValue>>;
}

export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  requestRef: string | null;
  subjectId: string | null;
  target: string | null;
  details: Record<string, AuditDetailValue> | null;
  prevHash: string;
  hash: string;
}

export interface AuditRow {
  seq: number;
  at: string;
  actor: string;
  action: string;
  request_ref: string | null;
  subject_id: string | null;
  target: string | null;
  details: string | null;
  prev_hash: string;
  hash: string;
}

const ACTION = /^[a-z][a-z-]*(?:\.[a-z][a-z-]*)*$/;

/** A SHA-256 digest to log in place of a text that may be personal data (a search query, a file's content). */
export function digestForAudit(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Details with their keys sorted, so the same content always serialises the same way. */
function canonicalDetails(details: AuditInput['details'] | null | undefined): string | null {
  if (details === undefined || details === null) return null;
  const sorted = Object.keys(details)
    .sort()
    .map((key) => [key, details[key]]);
  return JSON.stringify(Object.fromEntries(sorted));
}

function entryHash(prevHash: string, fields: Omit<AuditRow, 'prev_hash' | 'hash'>): string {
  const canonical = JSON.stringify([
    fields.seq,
    fields.at,
    fields.actor,
    fields.action,
    fields.request_ref,
    fields.subject_id,
    fields.target,
    fields.details,
  ]);
  return createHash('sha256').update(`${prevHash}\n${canonical}`, 'utf8').digest('hex');
}

function checkInput(input: AuditInput): void {
  if (!input.actor.trim()) throw new Error('audit: actor is required');
  if (!ACTION.test(input.action)) throw new Error(`audit: action must look like "noun.verb", got "${input.action}"`);
  for (const [key, value] of Object.entries(input.details ?? {})) {
    const values = Array.isArray(value) ? value : [value];
    for (const item of values) {
      if (item !== null && typeof item === 'object') throw new Error(`audit: details.${key} must be a primitive or a list of primitives`);
    }
  }
}

/**
 * Appends one entry and moves the anchor, atomically. Call it inside the use case's own transaction
 * (better-sqlite3 nests it as a savepoint), so the change and its audit entry commit together. `now`
 * comes from the caller's Clock (electron/core/clock): the audit trail never reads the time itself.
 */
export function appendAudit(db: Db, input: AuditInput, now: Date): AuditEntry {
  checkInput(input);
  return db.transaction((): AuditEntry => {
    const anchor = prepared(db, 'SELECT count, head_hash FROM audit_anchor WHERE id = 1').get() as
      { count: number; head_hash: string } | undefined;
    if (!anchor) throw new DomainError('audit.damaged', {});
    const fields = {
      seq: anchor.count + 1,
      at: now.toISOString(),
      actor: input.actor,
      action: input.action,
      request_ref: input.requestRef ?? null,
      subject_id: input.subjectId ?? null,
      target: input.target ?? null,
      details: canonicalDetails(input.details),
    };
    const hash = entryHash(anchor.head_hash, fields);
    prepared(
      db,
      'INSERT INTO audit_log (seq, at, actor, action, request_ref, subject_id, ' +
        'target, details, prev_hash, hash) VALUES (@seq, @at, @actor, @action, @request_ref, ' +
        '@subject_id, @target, @details, @prev_hash, @hash)',
    ).run({ ...fields, prev_hash: anchor.head_hash, hash });
    prepared(db, 'UPDATE audit_anchor SET count = ?, head_hash = ? WHERE id = 1').run(fields.seq, hash);
    return auditEntryFromRow({ ...fields, prev_hash: anchor.head_hash, hash });
  })();
}

export function auditEntryFromRow(row: AuditRow): AuditEntry {
  return {
    seq: row.seq,
    at: row.at,
    actor: row.actor,
    action: row.action,
    requestRef: row.request_ref,
    subjectId: row.subject_id,
    target: row.target,
    details: row.details === null ? null : (JSON.parse(row.details) as Record<string, AuditDetailValue>),
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

export type AuditVerification = { ok: true; count: number; headHash: string } | { ok: false; firstBad: number; problem: string };

/** Walks the whole chain in sequence order and reports the first entry that does not fit. */
export function verifyAuditChain(db: Db): AuditVerification {
  let expectedSeq = 1;
  let prevHash = genesisHash;
  for (const row of db.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as IterableIterator<AuditRow>) {
    if (row.seq !== expectedSeq) {
      const problem =
        row.seq > expectedSeq
          ? `entry ${expectedSeq}${row.seq - expectedSeq > 1 ? `–${row.seq - 1}` : ''} ` +
            `is missing (the log jumps from ${expectedSeq - 1} to ${row.seq})`
          : `entry ${row.seq} appears out of order after ${expectedSeq - 1}`;
      return { ok: false, firstBad: expectedSeq, problem };
    }
    if (row.prev_hash !== prevHash) {
      return {
        ok: false,
        firstBad: row.seq,
        problem: `entry ${row.seq} does not follow entry ${row.seq - 1}: an entry before it was changed, removed, inserted or moved`,
      };
    }
    const { prev_hash: _p, hash: _h, ...fields } = row;
    if (entryHash(prevHash, fields) !== row.hash) {
      return {
        ok: false,
        firstBad: row.seq,
        problem: `entry ${row.seq} was changed after it was written (its content no longer matches its hash)`,
      };
    }
    prevHash = row.hash;
    expectedSeq++;
  }
  const count = expectedSeq - 1;
  const anchor = prepared(db, 'SELECT count, head_hash FROM audit_anchor WHERE id = 1').get() as
    { count: number; head_hash: string } | undefined;
  if (!anchor) return { ok: false, firstBad: count + 1, problem: 'the anchor row (count and head hash) is missing' };
  if (anchor.count > count) {
    return {
      ok: false,
      firstBad: count + 1,
      problem:
        `the log ends at entry ${count}, but ${anchor.count} entries were written: ` +
        `entry ${count + 1}${anchor.count > count + 1 ? ` to ${anchor.count}` : ''} ` +
        `deleted`,
    };
  }
  if (anchor.count < count) {
    return {
      ok: false,
      firstBad: anchor.count + 1,
      problem: `entries after ${anchor.count} were added outside Inzage (the anchor records ${anchor.count} entries, the log has ${count})`,
    };
  }
  if (anchor.head_hash !== prevHash) {
    return { ok: false, firstBad: count, problem: `the last entry (${count}) does not match the anchor's head hash` };
  }
  return { ok: true, count, headHash: prevHash };
}

/** The entries about one request, oldest first (for `inzage audit export --request REF`). */
export function auditEntriesForRequest(db: Db, requestRef: string): AuditEntry[] {
  return (prepared(db, 'SELECT * FROM audit_log WHERE request_ref = ? ORDER BY seq').all(requestRef) as AuditRow[]).map(auditEntryFromRow);
}

export function auditEntries(db: Db, options: { afterSeq?: number; limit?: number } = {}): AuditEntry[] {
  return (
    prepared(db, 'SELECT * FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?').all(options.afterSeq ?? 0, options.limit ?? -1) as AuditRow[]
  ).map(auditEntryFromRow);
}
