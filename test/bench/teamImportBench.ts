import type { BenchResult } from './benchKit.ts';

/** Part of `npm run bench team` (teamBench.ts): import through COPY against a bare COPY. Not built yet. */
export async function teamImportBench(adminUrl: string): Promise<Omit<BenchResult, 'name'>> {
  void adminUrl;
  return {
    lines: ['import through COPY against a bare COPY: not built yet'],
    targets: [{ label: 'import through COPY against a bare COPY', met: false }],
  };
}
