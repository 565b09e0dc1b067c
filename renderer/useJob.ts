import { useEffect, useState } from 'react';
import type { JobDone, JobProgress } from '../shared/ipc/types.ts';
import { onEvent } from './api.ts';

/** Follows one long-running job (export, demo rebuild) through its push events. */
export function useJob(jobId: string | null): { progress: JobProgress | null; done: JobDone | null } {
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const [done, setDone] = useState<JobDone | null>(null);
  useEffect(() => {
    setProgress(null);
    setDone(null);
    if (!jobId) return;
    const offProgress = onEvent('job:progress', (p) => p.jobId === jobId && setProgress(p));
    const offDone = onEvent('job:done', (d) => d.jobId === jobId && setDone(d));
    return () => {
      offProgress();
      offDone();
    };
  }, [jobId]);
  return { progress, done };
}
