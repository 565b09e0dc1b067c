import Database from 'better-sqlite3-multiple-ciphers';
import { copyFileSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { Db } from '../../electron/core/db/openDatabase.ts';
import { configureConnection, openDatabase } from '../../electron/core/db/openDatabase.ts';
import { encryptPlainDatabase } from '../../electron/core/db/encryptPlainDatabase.ts';
import { seedDatabase } from '../../electron/core/demo/seedDatabase.ts';
import { exportJsonl } from '../../electron/core/importer/exportJsonl.ts';
import { importJsonl } from '../../electron/core/importer/importJsonl.ts';
import { loadDefaultPolicy } from '../../electron/core/policy/loadPolicy.ts';
import { searchSubjects } from '../../electron/core/search/searchSubjects.ts';
import { testKeys } from '../helpers/testKeys.ts';
import type { BenchResult } from './benchKit.ts';
import { benchDir, envInt, median, time, timeAsync } from './benchKit.ts';
import { benchQueries } from './searchBench.ts';

/**
 * The cost of encryption at rest (issue 13.7): the same work on an encrypted database (openDatabase:
 * SQLCipher 4 scheme, AES-256-CBC + HMAC-SHA512 per page) and on the very same connection without a
 * key (configureConnection: same pragmas, same schema), side by side in one run, alternating which
 * goes first so that neither always gets the warmer machine. Ratio = plain time / encrypted time
 * (1 = free; the target is ≥ 0.8, i.e. encrypted at most 25% slower).
 *
 * - import: the export of a BENCH_ENCRYPTION_SUBJECTS-subject demo database imported into a fresh
 *   database (parse, validate, insert, search index, one transaction), BENCH_ROUNDS times each.
 * - search: the search bench's mixed query set on two copies of one seeded database, one encrypted by
 *   the migration (encryptPlainDatabase), each query on both, on open connections (the app's case).
 * - open + search: a new connection per query (the CLI's case: every call opens, keys and reads the
 *   pages it needs from disk again); reported, no target.
 */
export async function encryptionBench(): Promise<BenchResult> {
  const subjects = envInt('BENCH_ENCRYPTION_SUBJECTS', 5_000);
  const rounds = envInt('BENCH_ROUNDS', 5);
  const queryCount = envInt('BENCH_ENCRYPTION_QUERIES', 240);
  const loadAtStart = loadavg()[0]!;
  const { dir, cleanup } = benchDir();
  try {
    // One plain source: its export feeds the import rounds, copies of it the search.
    const sourceFile = join(dir, 'source.db');
    const source = plainConnection(sourceFile);
    seedDatabase(source, { subjects, seed: 'encryption-bench', policy: loadDefaultPolicy() });
    const exported = join(dir, 'export.jsonl');
    const records = exportJsonl(source, exported);
    source.pragma('wal_checkpoint(TRUNCATE)');
    source.close();

    const importPlain: number[] = [];
    const importEncrypted: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const plainRun = async () => importPlain.push(await timedImport(plainConnection(join(dir, `plain-${round}.db`)), exported));
      const encryptedRun = async () =>
        importEncrypted.push(await timedImport(openDatabase(join(dir, `encrypted-${round}.db`), testKeys.database), exported));
      if (round % 2 === 0) await plainRun().then(encryptedRun);
      else await encryptedRun().then(plainRun);
    }

    const plainFile = join(dir, 'search-plain.db');
    const encryptedFile = join(dir, 'search-encrypted.db');
    copyFileSync(sourceFile, plainFile);
    copyFileSync(sourceFile, encryptedFile);
    encryptPlainDatabase(encryptedFile, testKeys.database);
    const plainDb = plainConnection(plainFile);
    const encryptedDb = openDatabase(encryptedFile, testKeys.database);
    const queries = benchQueries(plainDb, queryCount);
    for (const q of queries.slice(0, 24)) {
      searchSubjects(plainDb, q.text);
      searchSubjects(encryptedDb, q.text);
    }
    const searchPlain: number[] = [];
    const searchEncrypted: number[] = [];
    const coldPlain: number[] = [];
    const coldEncrypted: number[] = [];
    queries.forEach((q, i) => {
      const pair: [() => void, () => void] = [
        () => searchPlain.push(time(() => searchSubjects(plainDb, q.text, { limit: 20 })).ms),
        () => searchEncrypted.push(time(() => searchSubjects(encryptedDb, q.text, { limit: 20 })).ms),
      ];
      (i % 2 === 0 ? pair : pair.reverse()).forEach((run) => run());
    });
    plainDb.close();
    encryptedDb.close();
    queries.slice(0, Math.min(60, queries.length)).forEach((q, i) => {
      const pair: [() => void, () => void] = [
        () => coldPlain.push(time(() => withConnection(plainConnection(plainFile), (db) => searchSubjects(db, q.text))).ms),
        () =>
          coldEncrypted.push(
            time(() => withConnection(openDatabase(encryptedFile, testKeys.database), (db) => searchSubjects(db, q.text))).ms,
          ),
      ];
      (i % 2 === 0 ? pair : pair.reverse()).forEach((run) => run());
    });

    const importRatio = median(importPlain) / median(importEncrypted);
    const searchRatio = median(searchPlain) / median(searchEncrypted);
    const coldRatio = median(coldPlain) / median(coldEncrypted);
    const mib = (file: string) => (statSync(file).size / 2 ** 20).toFixed(1);
    return {
      name: 'encryption',
      lines: [
        `${subjects.toLocaleString('en')} subjects, ${records.toLocaleString('en')} records; database ${mib(plainFile)} MiB plain, ` +
          `${mib(encryptedFile)} MiB encrypted; ${rounds} import rounds, ${queries.length} queries (medians)`,
        `import: plain ${(median(importPlain) / 1000).toFixed(2)} s, encrypted ${(median(importEncrypted) / 1000).toFixed(2)} s, ` +
          `ratio ${importRatio.toFixed(2)} (target ≥ 0.8)`,
        `search (open connection): plain ${median(searchPlain).toFixed(2)} ms, encrypted ${median(searchEncrypted).toFixed(2)} ms, ` +
          `ratio ${searchRatio.toFixed(2)} (target ≥ 0.8)`,
        `open + search + close (a CLI call's database work): plain ${median(coldPlain).toFixed(1)} ms, ` +
          `encrypted ${median(coldEncrypted).toFixed(1)} ms, ratio ${coldRatio.toFixed(2)}`,
        `load average (1 min) ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end, on ${cpus().length} cores`,
      ],
      targets: [
        { label: 'encrypted import ≥ 0.8 × plain', met: importRatio >= 0.8 },
        { label: 'encrypted search ≥ 0.8 × plain', met: searchRatio >= 0.8 },
      ],
    };
  } finally {
    cleanup();
  }
}

/** The baseline: the connection openDatabase makes, minus the key. */
function plainConnection(file: string): Db {
  return configureConnection(new Database(file), file);
}

async function timedImport(db: Db, file: string): Promise<number> {
  try {
    return (await timeAsync(() => importJsonl(db, file))).ms;
  } finally {
    db.close();
  }
}

function withConnection<T>(db: Db, use: (db: Db) => T): T {
  try {
    return use(db);
  } finally {
    db.close();
  }
}
