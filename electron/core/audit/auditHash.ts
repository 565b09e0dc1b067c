import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * How one audit entry is sealed (docs/audit-trail.md). Each entry's hash covers the previous entry's
 * hash and a canonical serialisation of the entry's own fields, so a change anywhere breaks the chain.
 *
 * - Keyed (every entry from the database's switch-over on): HMAC-SHA256 under the installation's audit
 *   key (keys/installationKeys.ts). Someone holding the file but not the key cannot compute a valid
 *   entry, so a forged, edited, removed or moved entry cannot be hidden by recomputing the chain.
 * - Unkeyed (entries written before Inzage keyed its chain, kept as they were): SHA-256. They are
 *   verified the old way up to the recorded switch-over; the keyed chain continues from their head.
 */

export const genesisHash = '0'.repeat(64);

/** The fields of an entry its hash covers, in the order they are serialised. */
export interface SealedFields {
  seq: number;
  at: string;
  actor: string;
  action: string;
  request_ref: string | null;
  subject_id: string | null;
  target: string | null;
  details: string | null;
}

function canonical(prevHash: string, fields: SealedFields): string {
  const list = [fields.seq, fields.at, fields.actor, fields.action, fields.request_ref, fields.subject_id, fields.target, fields.details];
  return `${prevHash}\n${JSON.stringify(list)}`;
}

/** The unkeyed SHA-256 seal of entries written before the switch-over (issue 13.4: kept verifiable, never written again). */
export function legacyEntryHash(prevHash: string, fields: SealedFields): string {
  return createHash('sha256').update(canonical(prevHash, fields), 'utf8').digest('hex');
}

/** The keyed seal: HMAC-SHA256 under the audit key, with a label so it can never be mistaken for another MAC of ours. */
export function keyedEntryHash(auditKey: Buffer, prevHash: string, fields: SealedFields): string {
  return createHmac('sha256', auditKey)
    .update(`inzage-audit-entry/v2\n${canonical(prevHash, fields)}`, 'utf8')
    .digest('hex');
}

/** Compares two hex digests in constant time (a MAC check must not leak how many leading digits match). */
export function sameDigest(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * A digest to log in place of a text that may be personal data (a search query). Keyed with the
 * installation's query key (issue 13.8): a plain SHA-256 of "12-03-1984" is found again by hashing
 * every birth date of a century (36,500 tries); without the key no candidate can be tested. The same
 * query still gives the same digest on one installation, so repeated searches remain recognisable.
 */
export function digestForAudit(queryKey: Buffer, text: string): string {
  return createHmac('sha256', queryKey).update(`inzage-audit-query/v1\n${text}`, 'utf8').digest('hex');
}
