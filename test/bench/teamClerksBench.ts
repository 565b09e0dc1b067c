import type { BenchResult } from './benchKit.ts';

/** Part of `npm run bench team` (teamBench.ts): two and four concurrent clerks. Not built yet. */
export async function teamClerksBench(adminUrl: string): Promise<Omit<BenchResult, 'name'>> {
  void adminUrl;
  return { lines: ['two and four concurrent clerks: not built yet'], targets: [{ label: 'two and four concurrent clerks', met: false }] };
}
