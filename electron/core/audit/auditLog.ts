import { DomainError } from '../../../shared/errors/domainError.ts';
import type { Db } from '../db/openDatabase.ts';
import { prepared } from '../db/preparedStatement.ts';
import type { SealedFields } from './auditHash.ts';
import { keyedEntryHash, legacyEntryHash, sameDigest } from './auditHash.ts';

/**
 * The audit trail (Art. 5(2) GDPR, accountability; domain.md §8: searching a person is itself
 * processing). Every search, opening of a subject's records, redaction, export and status change is
 * appended here: who, when, what, for which request.
 *
 * Tamper evidence (docs/audit-trail.md): each entry is sealed with HMAC-SHA256 under the installation's
 * audit key over the previous entry's seal and the entry's own fields including its sequence number
 * (auditHash.ts), so changing, inserting, deleting or moving an entry breaks the chain, and without the
 * key nobody can recompute it. The anchor row (count, head seal, and the switch-over from the unkeyed
 * chain of older versions) moves in the same transaction. What the database alone cannot show, that
 * its last entries were cut off together with the anchor, a checkpoint kept outside it does
 * (auditCheckpoint.ts: written with every export and report, checked by `inzage audit verify --checkpoint`).
 *
 * References only: request references, subject ids, record ids, counts and digests. Never names,
 * addresses or the text of a search: log `store.audit.digest(query)` instead.
 */

export { digestForAudit, genesisHash } from './auditHash.ts';

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

export interface AuditRow extends SealedFields {
  prev_hash: string;
  hash: string;
}

/** The anchor row: how many entries were written, the last one's seal, and the first keyed entry. */
export interface AuditAnchor {
  count: number;
  head_hash: string;
  keyed_from: number;
}

/** The action of the entry that opens the keyed chain of a log that began unkeyed (docs/audit-trail.md § Switch-over). */
export const keyedSwitchAction = 'audit.keyed';

const ACTION = /^[a-z][a-z-]*(?:\.[a-z][a-z-]*)*$/;

/** Details with their keys sorted, so the same content always serialises the same way. */
function canonicalDetails(details: AuditInput['details'] | null | undefined): string | null {
  if (details === undefined || details === null) return null;
  const sorted = Object.keys(details)
    .sort()
    .map((key) => [key, details[key]]);
  return JSON.stringify(Object.fromEntries(sorted));
}

/** The seal an entry at `seq` must carry: unkeyed before the switch-over, keyed from it on. */
export function sealFor(anchor: Pick<AuditAnchor, 'keyed_from'>, auditKey: Buffer, prevHash: string, fields: SealedFields): string {
  return fields.seq < anchor.keyed_from ? legacyEntryHash(prevHash, fields) : keyedEntryHash(auditKey, prevHash, fields);
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

export function readAnchor(db: Db): AuditAnchor | undefined {
  return prepared(db, 'SELECT count, head_hash, keyed_from FROM audit_anchor WHERE id = 1').get() as AuditAnchor | undefined;
}

/**
 * Refuses to extend a chain whose last keyed entry this key did not seal: appending under another
 * installation's key (a database copied between machines, a wrong INZAGE_KEY) would make every later
 * entry unverifiable under the right one. `head` is the entry at `anchor.count` as the database holds it.
 */
export function checkHeadSealedByKey(anchor: AuditAnchor, head: AuditRow | undefined, auditKey: Buffer): void {
  if (anchor.count < anchor.keyed_from) return;
  if (!head) throw new DomainError('audit.damaged', {});
  const { prev_hash: prevHash, hash, ...fields } = head;
  if (!sameDigest(keyedEntryHash(auditKey, prevHash, fields), hash)) throw new DomainError('audit.key-mismatch', {});
}

function sealRow(anchor: AuditAnchor, auditKey: Buffer, fields: SealedFields): AuditRow {
  return { ...fields, prev_hash: anchor.head_hash, hash: sealFor(anchor, auditKey, anchor.head_hash, fields) };
}

/**
 * The rows one append adds after `anchor`, sealed, oldest first (both backends insert exactly these and
 * move the anchor to the last): the entry itself, preceded by the `audit.keyed` entry when it is the
 * first after an unkeyed log's switch-over. Pure: the backend reads the anchor and writes the rows.
 */
export function sealedAppend(anchor: AuditAnchor, input: AuditInput, now: Date, auditKey: Buffer): AuditRow[] {
  checkInput(input);
  const at = now.toISOString();
  const rows: AuditRow[] = [];
  let head = anchor;
  if (anchor.keyed_from > 1 && anchor.count + 1 === anchor.keyed_from) {
    const switchRow = sealRow(head, auditKey, {
      seq: anchor.count + 1,
      at,
      actor: 'inzage',
      action: keyedSwitchAction,
      request_ref: null,
      subject_id: null,
      target: null,
      details: canonicalDetails({ unkeyedEntries: anchor.count }),
    });
    rows.push(switchRow);
    head = { ...head, count: switchRow.seq, head_hash: switchRow.hash };
  }
  rows.push(
    sealRow(head, auditKey, {
      seq: head.count + 1,
      at,
      actor: input.actor,
      action: input.action,
      request_ref: input.requestRef ?? null,
      subject_id: input.subjectId ?? null,
      target: input.target ?? null,
      details: canonicalDetails(input.details),
    }),
  );
  return rows;
}

/**
 * Appends one entry and moves the anchor, atomically. Call it inside the use case's own transaction
 * (better-sqlite3 nests it as a savepoint), so the change and its audit entry commit together. `now`
 * comes from the caller's Clock (electron/core/clock): the audit trail never reads the time itself.
 * The first entry after an unkeyed log's switch-over is preceded by the `audit.keyed` entry.
 */
export function appendAudit(db: Db, input: AuditInput, now: Date, auditKey: Buffer): AuditEntry {
  checkInput(input);
  return db.transaction((): AuditEntry => {
    const anchor = readAnchor(db);
    if (!anchor) throw new DomainError('audit.damaged', {});
    checkHeadSealedByKey(anchor, prepared(db, 'SELECT * FROM audit_log WHERE seq = ?').get(anchor.count) as AuditRow | undefined, auditKey);
    const rows = sealedAppend(anchor, input, now, auditKey);
    const insert = prepared(
      db,
      'INSERT INTO audit_log (seq, at, actor, action, request_ref, subject_id, ' +
        'target, details, prev_hash, hash) VALUES (@seq, @at, @actor, @action, @request_ref, ' +
        '@subject_id, @target, @details, @prev_hash, @hash)',
    );
    for (const row of rows) insert.run(row);
    const last = rows.at(-1)!;
    prepared(db, 'UPDATE audit_anchor SET count = ?, head_hash = ? WHERE id = 1').run(last.seq, last.hash);
    return auditEntryFromRow(last);
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

/** The entries about one request, oldest first (for `inzage audit export --request REF`). */
export function auditEntriesForRequest(db: Db, requestRef: string): AuditEntry[] {
  return (prepared(db, 'SELECT * FROM audit_log WHERE request_ref = ? ORDER BY seq').all(requestRef) as AuditRow[]).map(auditEntryFromRow);
}

export function auditEntries(db: Db, options: { afterSeq?: number; limit?: number } = {}): AuditEntry[] {
  return (
    prepared(db, 'SELECT * FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?').all(options.afterSeq ?? 0, options.limit ?? -1) as AuditRow[]
  ).map(auditEntryFromRow);
}
