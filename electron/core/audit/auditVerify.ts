import { DomainError } from '../../../shared/errors/domainError.ts';
import type { Db } from '../db/openDatabase.ts';
import { genesisHash, sameDigest } from './auditHash.ts';
import type { AuditProblem } from '../../../shared/audit/auditProblems.ts';
import type { AuditCheckpoint } from './auditCheckpoint.ts';
import { checkpointIsAuthentic } from './auditCheckpoint.ts';
import type { AuditAnchor, AuditRow } from './auditLog.ts';
import { keyedSwitchAction, readAnchor, sealFor } from './auditLog.ts';

export type AuditVerification =
  | {
      ok: true;
      count: number;
      headHash: string;
      /** The first keyed entry; entries before it carry the unkeyed seal of older versions (docs/audit-trail.md). */
      keyedFrom: number;
      /** How many entries are sealed without the key: protected against a rewrite only by a checkpoint taken since. */
      unkeyedEntries: number;
      /** The checkpoint the log was checked against, if one was given. */
      checkpoint?: { count: number; at: string };
    }
  | { ok: false; firstBad: number; problem: string; reason: AuditProblem };

type Broken = Extract<AuditVerification, { ok: false }>;

function sequenceProblem(row: AuditRow, expectedSeq: number): Broken {
  const problem =
    row.seq > expectedSeq
      ? `entry ${expectedSeq}${row.seq - expectedSeq > 1 ? `–${row.seq - 1}` : ''} ` +
        `is missing (the log jumps from ${expectedSeq - 1} to ${row.seq})`
      : `entry ${row.seq} appears out of order after ${expectedSeq - 1}`;
  const reason: AuditProblem =
    row.seq > expectedSeq
      ? { kind: 'missing', from: expectedSeq, to: row.seq - 1, after: expectedSeq - 1 }
      : { kind: 'out-of-order', seq: row.seq };
  return { ok: false, firstBad: expectedSeq, problem, reason };
}

/** The entry that opens the keyed chain of a log that began unkeyed must be there, saying how many entries precede it. */
function switchOverProblem(row: AuditRow, anchor: AuditAnchor): Broken | null {
  if (anchor.keyed_from === 1 || row.seq !== anchor.keyed_from) return null;
  const unkeyed = row.details === null ? null : (JSON.parse(row.details) as { unkeyedEntries?: unknown }).unkeyedEntries;
  if (row.action === keyedSwitchAction && unkeyed === anchor.keyed_from - 1) return null;
  return {
    ok: false,
    firstBad: row.seq,
    problem: `entry ${row.seq} should record the switch-over to the keyed chain, and does not`,
    reason: { kind: 'switch-over', seq: row.seq },
  };
}

function anchorProblem(anchor: AuditAnchor | undefined, count: number, head: string): Broken | null {
  if (!anchor)
    return {
      ok: false,
      firstBad: count + 1,
      problem: 'the anchor row (count and head hash) is missing',
      reason: { kind: 'anchor-missing' },
    };
  if (anchor.count > count) {
    const last = anchor.count > count + 1 ? ` to ${anchor.count}` : '';
    return {
      ok: false,
      firstBad: count + 1,
      problem: `the log ends at entry ${count}, but ${anchor.count} entries were written: entry ${count + 1}${last} deleted`,
      reason: { kind: 'cut-off', count, written: anchor.count },
    };
  }
  if (anchor.count < count) {
    return {
      ok: false,
      firstBad: anchor.count + 1,
      problem: `entries after ${anchor.count} were added outside Inzage (the anchor records ${anchor.count} entries, the log has ${count})`,
      reason: { kind: 'added', recorded: anchor.count, count },
    };
  }
  if (!sameDigest(anchor.head_hash, head)) {
    return {
      ok: false,
      firstBad: count,
      problem: `the last entry (${count}) does not match the anchor's head hash`,
      reason: { kind: 'head-mismatch', seq: count },
    };
  }
  return null;
}

/** What the log must still hold for a checkpoint taken earlier: its first `count` entries unchanged, and the same switch-over. */
function checkpointProblem(
  checkpoint: AuditCheckpoint,
  anchor: AuditAnchor,
  count: number,
  headAtCheckpoint: string | null,
): Broken | null {
  const taken = `the checkpoint of ${checkpoint.at}`;
  if (checkpoint.keyedFrom !== anchor.keyed_from) {
    return {
      ok: false,
      firstBad: Math.min(checkpoint.keyedFrom, anchor.keyed_from),
      problem:
        `the switch-over to the keyed chain was moved: ${taken} records it at entry ${checkpoint.keyedFrom}, ` +
        `the database at entry ${anchor.keyed_from}`,
      reason: { kind: 'checkpoint-switch-moved', at: checkpoint.at, checkpointFrom: checkpoint.keyedFrom, databaseFrom: anchor.keyed_from },
    };
  }
  if (count < checkpoint.count) {
    return {
      ok: false,
      firstBad: count + 1,
      problem:
        `the log holds ${count} entries, but ${taken} records ${checkpoint.count}: ` +
        `entry ${count + 1}${checkpoint.count > count + 1 ? ` to ${checkpoint.count}` : ''} removed`,
      reason: { kind: 'checkpoint-cut', at: checkpoint.at, count, recorded: checkpoint.count },
    };
  }
  if (headAtCheckpoint === null || !sameDigest(headAtCheckpoint, checkpoint.head)) {
    return {
      ok: false,
      firstBad: Math.max(checkpoint.count, 1),
      problem: `entries 1 to ${checkpoint.count} no longer match ${taken}: one of them was changed, removed, inserted or moved`,
      reason: { kind: 'checkpoint-mismatch', at: checkpoint.at, recorded: checkpoint.count },
    };
  }
  return null;
}

/**
 * The chain walk, fed one row at a time in sequence order, so each backend can read its rows its own
 * way (SQLite iterates, PostgreSQL reads in batches) and both judge them by this one code: `step`
 * returns the first problem found (then stop feeding), `finish` checks the anchor and the checkpoint.
 */
export interface AuditChainWalk {
  step(row: AuditRow): Broken | null;
  finish(): AuditVerification;
}

export function auditChainWalk(anchor: AuditAnchor | undefined, auditKey: Buffer, checkpoint?: AuditCheckpoint): AuditChainWalk {
  if (checkpoint && !checkpointIsAuthentic(checkpoint, auditKey)) throw new DomainError('audit.checkpoint-unauthentic', {});
  const keyed = { keyed_from: anchor?.keyed_from ?? 1 };
  let expectedSeq = 1;
  let prevHash = genesisHash;
  let headAtCheckpoint: string | null = checkpoint?.count === 0 ? genesisHash : null;
  return {
    step(row) {
      if (row.seq !== expectedSeq) return sequenceProblem(row, expectedSeq);
      if (row.prev_hash !== prevHash) {
        return {
          ok: false,
          firstBad: row.seq,
          problem: `entry ${row.seq} does not follow entry ${row.seq - 1}: an entry before it was changed, removed, inserted or moved`,
          reason: { kind: 'chain-broken', seq: row.seq },
        };
      }
      const { prev_hash: _p, hash: _h, ...fields } = row;
      if (!sameDigest(sealFor(keyed, auditKey, prevHash, fields), row.hash)) {
        const problem =
          row.seq < keyed.keyed_from
            ? `entry ${row.seq} was changed after it was written (its content no longer matches its hash)`
            : `entry ${row.seq} was changed after it was written (it does not match its seal under this installation's audit key` +
              `${row.seq === keyed.keyed_from ? '; or the database belongs to another installation' : ''})`;
        const reason: AuditProblem = {
          kind: 'changed',
          seq: row.seq,
          maybeOtherInstallation: row.seq === keyed.keyed_from && row.seq >= keyed.keyed_from,
        };
        return { ok: false, firstBad: row.seq, problem, reason };
      }
      if (anchor) {
        const switchOver = switchOverProblem(row, anchor);
        if (switchOver) return switchOver;
      }
      prevHash = row.hash;
      if (checkpoint && row.seq === checkpoint.count) headAtCheckpoint = row.hash;
      expectedSeq++;
      return null;
    },
    finish() {
      const count = expectedSeq - 1;
      const broken =
        anchorProblem(anchor, count, prevHash) ??
        (checkpoint && anchor ? checkpointProblem(checkpoint, anchor, count, headAtCheckpoint) : null);
      if (broken) return broken;
      return {
        ok: true,
        count,
        headHash: prevHash,
        keyedFrom: keyed.keyed_from,
        unkeyedEntries: Math.min(count, keyed.keyed_from - 1),
        ...(checkpoint ? { checkpoint: { count: checkpoint.count, at: checkpoint.at } } : {}),
      };
    },
  };
}

/**
 * Walks the whole chain in sequence order and reports the first entry that does not fit: entries
 * before the switch-over against their unkeyed seal, every later one against its HMAC under
 * `auditKey`; then the anchor; then, when given, a checkpoint taken earlier (auditCheckpoint.ts). A
 * checkpoint this installation's key did not make is refused (audit.checkpoint-unauthentic).
 */
export function verifyAuditChain(db: Db, auditKey: Buffer, checkpoint?: AuditCheckpoint): AuditVerification {
  const walk = auditChainWalk(readAnchor(db), auditKey, checkpoint);
  for (const row of db.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as IterableIterator<AuditRow>) {
    const broken = walk.step(row);
    if (broken) return broken;
  }
  return walk.finish();
}
