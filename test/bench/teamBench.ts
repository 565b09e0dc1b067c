import { startTestPostgres, stopTestPostgres } from '../helpers/postgresServer.ts';
import type { BenchResult } from './benchKit.ts';
import { teamClerksBench } from './teamClerksBench.ts';
import { teamImportBench } from './teamImportBench.ts';
import { teamSearchBench } from './teamSearchBench.ts';

/**
 * `npm run bench team` (issue 15.6): the team backend against its baselines, side by side in one run.
 *  - search p95 at 1,000,000 subjects on PostgreSQL (target ≤ 25 ms) beside SQLite's;
 *  - import through COPY against a bare COPY of the same rows (≥ 0.5);
 *  - two and four concurrent clerks, 1,000 actions each: throughput, zero lost updates, one valid chain.
 * The server is INZAGE_BENCH_PG (an admin URL: each part creates its own database) or a throwaway
 * one started here from Debian's postgresql (test/helpers/postgresServer.ts).
 */
export async function teamBench(): Promise<BenchResult> {
  const given = process.env.INZAGE_BENCH_PG;
  const started = given ? null : startTestPostgres();
  const adminUrl = given ?? started!.url;
  try {
    const parts = [await teamSearchBench(adminUrl), await teamImportBench(adminUrl), await teamClerksBench(adminUrl)];
    return {
      name: 'team (PostgreSQL)',
      lines: parts.flatMap((part) => part.lines),
      targets: parts.flatMap((part) => part.targets),
    };
  } finally {
    if (started) stopTestPostgres(started.dir);
  }
}
