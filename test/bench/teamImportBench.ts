import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { openDatabase } from '../../electron/core/db/openDatabase.ts';
import { migratePostgres } from '../../electron/core/db/postgres/postgresMigrate.ts';
import { openPostgresPool } from '../../electron/core/db/postgres/postgresPool.ts';
import type { CellValue, RecordTable } from '../../electron/core/db/recordTables.ts';
import { recordTableNames, recordTables } from '../../electron/core/db/recordTables.ts';
import { seedDatabase } from '../../electron/core/demo/seedDatabase.ts';
import { exportJsonl } from '../../electron/core/importer/exportJsonl.ts';
import { copyLine, importJsonlPostgres } from '../../electron/core/importer/postgresCaseImport.ts';
import { loadDefaultPolicy } from '../../electron/core/policy/loadPolicy.ts';
import { testKeys } from '../helpers/testKeys.ts';
import type { BenchResult } from './benchKit.ts';
import { benchDir, envInt, median, timeAsync } from './benchKit.ts';

/** A fresh database on the bench server, dropped by the returned function. */
async function freshDatabase(adminUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `inzage_import_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  // The name is ours (hex), not input: CREATE DATABASE takes no parameters.
  await admin.query(`CREATE DATABASE ${name}`).finally(() => admin.end());
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const again = new pg.Client({ connectionString: adminUrl });
      await again.connect();
      await again.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).finally(() => again.end());
    },
  };
}

/**
 * Part of `npm run bench team` (teamBench.ts; issue 15.6): the team import through COPY against a
 * bare COPY of the same rows. A demo database of BENCH_TEAM_IMPORT_SUBJECTS subjects is exported as
 * an import file; each round imports it into a fresh, migrated PostgreSQL database with
 * importJsonlPostgres (worker parse and validation, reference checks, COPY per table, the server's
 * key check, the subjects' search documents built and handed to replaceSearchDocuments, one
 * transaction), and COPYs the same rows — already in COPY text, table by table in key order, one
 * transaction — into another fresh database of the same schema. Ratio = bare time / import time
 * (medians, wall clock); target ≥ 0.5. CPU time of this process is reported beside it (the server's
 * share of the work runs in its own processes in both). The re-import of the same file into the
 * full database (every record an update: the staged upsert) is reported without a target.
 */
export async function teamImportBench(adminUrl: string): Promise<Omit<BenchResult, 'name'>> {
  const subjects = envInt('BENCH_TEAM_IMPORT_SUBJECTS', 20_000);
  const rounds = envInt('BENCH_ROUNDS', 3);
  const { dir, cleanup } = benchDir();
  try {
    const source = openDatabase(join(dir, 'source.db'), testKeys.database);
    seedDatabase(source, { subjects, seed: 'team-import-bench', policy: loadDefaultPolicy(), searchIndex: false });
    const file = join(dir, 'export.jsonl');
    const records = exportJsonl(source, file);
    source.close();
    // The bare COPY's input: the file's rows as COPY text per table (the import's own formatting, copyLine).
    const text = new Map<RecordTable, string[]>();
    for (const line of readFileSync(file, 'utf8').split('\n').slice(1, -2)) {
      const { table, record } = JSON.parse(line) as { table: RecordTable; record: Record<string, CellValue> };
      const rows = text.get(table) ?? [];
      rows.push(copyLine(recordTables[table].map((c) => record[c] ?? null)));
      text.set(table, rows);
    }
    const copyText = recordTableNames.filter((t) => text.has(t)).map((t) => [t, text.get(t)!.join('')] as const);

    const importTimes: number[] = [];
    const reimportTimes: number[] = [];
    const bareTimes: number[] = [];
    const importCpu: number[] = [];
    const bareCpu: number[] = [];
    const cpuMs = (from: NodeJS.CpuUsage) => {
      const used = process.cpuUsage(from);
      return (used.user + used.system) / 1000;
    };
    for (let round = 0; round < rounds; round++) {
      const target = await freshDatabase(adminUrl);
      const pool = openPostgresPool(target.url);
      try {
        await migratePostgres(pool, target.url);
        const start = process.cpuUsage();
        importTimes.push((await timeAsync(() => importJsonlPostgres(pool, file))).ms);
        importCpu.push(cpuMs(start));
        reimportTimes.push((await timeAsync(() => importJsonlPostgres(pool, file))).ms);
      } finally {
        await pool.end();
        await target.drop();
      }

      const bare = await freshDatabase(adminUrl);
      const barePool = openPostgresPool(bare.url);
      try {
        await migratePostgres(barePool, bare.url);
        const client = await barePool.connect();
        try {
          const start = process.cpuUsage();
          bareTimes.push(
            (
              await timeAsync(async () => {
                await client.query('BEGIN');
                for (const [table, data] of copyText)
                  await pipeline(
                    Readable.from([data]),
                    client.query(copyFrom(`COPY ${table} (${recordTables[table].join(', ')}) FROM STDIN`)),
                  );
                await client.query('COMMIT');
              })
            ).ms,
          );
          bareCpu.push(cpuMs(start));
        } finally {
          client.release();
        }
      } finally {
        await barePool.end();
        await bare.drop();
      }
    }
    const importMs = median(importTimes);
    const bareMs = median(bareTimes);
    const ratio = bareMs / importMs;
    const perSecond = (ms: number) => Math.round(records / (ms / 1000)).toLocaleString('en');
    return {
      lines: [
        `team import: ${subjects.toLocaleString('en')} subjects, ${records.toLocaleString('en')} records, ${rounds} rounds (medians)`,
        `import through COPY: ${(importMs / 1000).toFixed(2)} s = ${perSecond(importMs)} records/s`,
        `bare COPY of the same rows: ${(bareMs / 1000).toFixed(2)} s = ${perSecond(bareMs)} records/s`,
        `throughput ratio import/bare COPY: ${ratio.toFixed(2)} (target ≥ 0.5)`,
        `re-import of the same file into the full database (all updates): ${(median(reimportTimes) / 1000).toFixed(2)} s, ` +
          `ratio to the bare COPY ${(bareMs / median(reimportTimes)).toFixed(2)}`,
        `CPU time of this process (all threads): import ${(median(importCpu) / 1000).toFixed(2)} s, ` +
          `bare COPY ${(median(bareCpu) / 1000).toFixed(2)} s`,
      ],
      targets: [{ label: 'team import through COPY ≥ 0.5 × bare COPY', met: ratio >= 0.5 }],
    };
  } finally {
    cleanup();
  }
}
