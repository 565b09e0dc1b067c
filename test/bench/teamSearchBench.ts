import type { BenchResult } from './benchKit.ts';

/** Part of `npm run bench team` (teamBench.ts): search p95 at 1M on PostgreSQL beside SQLite. Not built yet. */
export async function teamSearchBench(adminUrl: string): Promise<Omit<BenchResult, 'name'>> {
  void adminUrl;
  return {
    lines: ['search p95 at 1M on PostgreSQL beside SQLite: not built yet'],
    targets: [{ label: 'search p95 at 1M on PostgreSQL beside SQLite', met: false }],
  };
}
