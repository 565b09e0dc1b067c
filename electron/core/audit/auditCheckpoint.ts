import { createHmac } from 'node:crypto';
import { DomainError } from '../../../shared/errors/domainError.ts';
import type { Db } from '../db/openDatabase.ts';
import { prepared } from '../db/preparedStatement.ts';
import { genesisHash, keyedEntryHash, legacyEntryHash, sameDigest } from './auditHash.ts';
import type { AuditAnchor, AuditRow } from './auditLog.ts';
import { readAnchor } from './auditLog.ts';

/**
 * A checkpoint: the audit trail's length and head seal at one moment, authenticated with HMAC under
 * the installation's audit key (docs/audit-trail.md § Checkpoints). It is written outside the database
 * (next to every export, into every report), so someone holding the database file cannot undo what it
 * records: a log that no longer holds the checkpoint's entries unchanged, or holds fewer of them
 * (its tail or everything cut off, anchor included), fails `inzage audit verify --checkpoint FILE`.
 */

export const checkpointFormat = 'inzage-audit-checkpoint/1';

/** The name of the checkpoint file written beside an export's files. */
export const checkpointFileName = 'audit-checkpoint.json';

export interface AuditCheckpoint {
  format: typeof checkpointFormat;
  /** How many entries the log held. */
  count: number;
  /** The seal of entry `count` (the genesis value for an empty log). */
  head: string;
  /** The first keyed entry (docs/audit-trail.md § Switch-over): moving it is as much tampering as editing an entry. */
  keyedFrom: number;
  /** When the checkpoint was taken (ISO instant, the use case's clock). */
  at: string;
  /** HMAC-SHA256 under the audit key over all of the above. */
  mac: string;
}

function checkpointMac(auditKey: Buffer, c: Omit<AuditCheckpoint, 'mac' | 'format'>): string {
  const fields = JSON.stringify([c.count, c.head, c.keyedFrom, c.at]);
  return createHmac('sha256', auditKey).update(`${checkpointFormat}\n${fields}`, 'utf8').digest('hex');
}

/**
 * The current checkpoint. Only a head this key sealed is certified: a checkpoint must never bless a
 * log someone rewrote. (The whole chain is walked by verify; checking the head alone keeps an export fast.)
 */
export function takeCheckpoint(db: Db, auditKey: Buffer, now: Date): AuditCheckpoint {
  const anchor = readAnchor(db);
  const head =
    anchor && anchor.count > 0
      ? (prepared(db, 'SELECT * FROM audit_log WHERE seq = ?').get(anchor.count) as AuditRow | undefined)
      : undefined;
  return checkpointOf(anchor, head, auditKey, now);
}

/** The checkpoint of a log whose anchor and head entry (the row at `anchor.count`) are these; pure, for both backends. */
export function checkpointOf(anchor: AuditAnchor | undefined, head: AuditRow | undefined, auditKey: Buffer, now: Date): AuditCheckpoint {
  if (!anchor) throw new DomainError('audit.damaged', {});
  if (anchor.count > 0) {
    if (!head || !sameDigest(head.hash, anchor.head_hash)) throw new DomainError('audit.damaged', {});
    const { prev_hash: prevHash, hash, ...fields } = head;
    const expected = fields.seq < anchor.keyed_from ? legacyEntryHash(prevHash, fields) : keyedEntryHash(auditKey, prevHash, fields);
    if (!sameDigest(expected, hash)) throw new DomainError('audit.key-mismatch', {});
  } else if (anchor.head_hash !== genesisHash) throw new DomainError('audit.damaged', {});
  const body = { count: anchor.count, head: anchor.head_hash, keyedFrom: anchor.keyed_from, at: now.toISOString() };
  return { format: checkpointFormat, ...body, mac: checkpointMac(auditKey, body) };
}

export function checkpointText(checkpoint: AuditCheckpoint): string {
  return `${JSON.stringify(checkpoint, null, 2)}\n`;
}

const HEX64 = /^[0-9a-f]{64}$/;

/** Reads a checkpoint file's text; anything that is not one is refused (audit.checkpoint-invalid). */
export function parseCheckpoint(text: string): AuditCheckpoint {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new DomainError('audit.checkpoint-invalid', {});
  }
  const c = value as Partial<AuditCheckpoint> | null;
  const valid =
    c !== null &&
    typeof c === 'object' &&
    c.format === checkpointFormat &&
    Number.isSafeInteger(c.count) &&
    (c.count ?? -1) >= 0 &&
    Number.isSafeInteger(c.keyedFrom) &&
    (c.keyedFrom ?? 0) >= 1 &&
    typeof c.head === 'string' &&
    HEX64.test(c.head) &&
    typeof c.at === 'string' &&
    !Number.isNaN(Date.parse(c.at)) &&
    typeof c.mac === 'string' &&
    HEX64.test(c.mac);
  if (!valid) throw new DomainError('audit.checkpoint-invalid', {});
  return { format: checkpointFormat, count: c.count!, head: c.head!, keyedFrom: c.keyedFrom!, at: c.at!, mac: c.mac! };
}

/** Whether this installation's audit key made the checkpoint (a checkpoint anyone could write proves nothing). */
export function checkpointIsAuthentic(checkpoint: AuditCheckpoint, auditKey: Buffer): boolean {
  return sameDigest(checkpointMac(auditKey, checkpoint), checkpoint.mac);
}
