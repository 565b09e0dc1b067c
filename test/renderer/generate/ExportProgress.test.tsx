import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { JobProgress } from '../../../shared/ipc/types.ts';
import { ExportProgress } from '../../../renderer/screens/generate/ExportProgress.tsx';
import { resetApp } from '../fakeBridge.ts';

const at = (stage: string, done: number, extra: Partial<JobProgress> = {}): JobProgress => ({
  jobId: 'j',
  kind: 'export',
  stage,
  done,
  total: 1000,
  ...extra,
});

describe('ExportProgress: the export’s steps in words (issue 14.6)', () => {
  afterEach(cleanup);

  it.each([
    ['en', at('layout', 450, { page: 37 }), 'Laying out the pages: page 37 · 45%'],
    ['nl', at('layout', 450, { page: 37 }), "Pagina's opmaken: pagina 37 · 45%"],
    ['en', at('paginate', 610, { page: 12, pages: 120 }), 'Numbering the pages: page 12 of 120 · 61%'],
    ['nl', at('encode', 630, { pages: 120 }), "De pdf samenstellen (120 pagina's) · 63%"],
    ['nl', at('write-pdf', 820, { pages: 120 }), 'De pdf opslaan en de handtekening controleren · 82%'],
    ['en', null, 'Gathering the data · 0%'],
  ] as const)('%s: %j reads "%s"', (language, progress, text) => {
    resetApp(language);
    render(<ExportProgress progress={progress} />);
    const bar = screen.getByRole('progressbar');
    expect(bar.textContent).toBe(text);
    expect(bar.getAttribute('aria-valuenow')).toBe(text.replace(/.* (\d+)%$/, '$1'));
  });
});
