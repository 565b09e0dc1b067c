import { join } from 'node:path';
import { appendAudit } from '../../electron/core/audit/auditLog.ts';
import { verifyAuditChain } from '../../electron/core/audit/auditVerify.ts';
import { openDatabase } from '../../electron/core/db/openDatabase.ts';
import type { BenchResult } from './benchKit.ts';
import { benchDir, envInt, median, time } from './benchKit.ts';
import { testKeys } from '../helpers/testKeys.ts';

/**
 * The audit trail's cost: appending an entry in its own transaction (as a single clerk action does,
 * with synchronous=FULL) against the baseline of inserting the same row without hashing or anchor;
 * and verifying the whole chain. No target is set by the issue; this records what it costs.
 */
export function auditBench(): BenchResult {
  const entries = envInt('BENCH_AUDIT_ENTRIES', 2000);
  const rounds = envInt('BENCH_ROUNDS', 3);
  const { dir, cleanup } = benchDir();
  try {
    const append: number[] = [];
    const baseline: number[] = [];
    const verify: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const db = openDatabase(join(dir, `audit-${round}.db`), testKeys.database);
      db.exec(
        'CREATE TABLE plain_log (seq INTEGER PRIMARY KEY, at TEXT, actor TEXT, action ' +
          'TEXT, request_ref TEXT, subject_id TEXT, target TEXT, details TEXT)',
      );
      const plain = db.prepare(
        'INSERT INTO plain_log (at, actor, action, request_ref, subject_id, target, details) VALUES (?, ?, ?, ?, ?, ?, ?)',
      );
      baseline.push(
        time(() => {
          for (let i = 0; i < entries; i++)
            db.transaction(() =>
              plain.run(new Date().toISOString(), 'clerk', 'subject.open', 'INZ-2026-0001', `S${i}`, null, `{"records":${i}}`),
            )();
        }).ms / entries,
      );
      append.push(
        time(() => {
          for (let i = 0; i < entries; i++)
            appendAudit(
              db,
              {
                actor: 'clerk',
                action: 'subject.open',
                requestRef: 'INZ-2026-0001',
                subjectId: `S${i}`,
                details: { records: i },
              },
              new Date(),
              testKeys.audit,
            );
        }).ms / entries,
      );
      const result = time(() => verifyAuditChain(db, testKeys.audit));
      if (!result.value.ok) throw new Error('the chain did not verify');
      verify.push(result.ms);
      db.close();
    }
    const a = median(append);
    const b = median(baseline);
    return {
      name: `audit (${entries} entries, ${rounds} rounds)`,
      lines: [
        `append, one transaction each: ${(a * 1000).toFixed(0)} µs/entry (baseline ` +
          `plain insert ${(b * 1000).toFixed(0)} µs/entry, ratio ${(a / b).toFixed(2)})`,
        `verify whole chain: ${median(verify).toFixed(1)} ms (${((median(verify) / entries) * 1000).toFixed(1)} µs/entry)`,
      ],
      targets: [],
    };
  } finally {
    cleanup();
  }
}
