import { randomUUID } from 'node:crypto';
import type { JobDone, JobProgress, ProgressAt } from '../../../shared/ipc/types.ts';
import { jobError } from './jobError.ts';

export type JobKind = JobProgress['kind'];
export type Progress = (stage: string, done: number, total: number, at?: ProgressAt) => void;

/** Runs long work (export, demo rebuild) off the caller's turn and reports through progress and done events. */
export interface JobRunner {
  start(kind: JobKind, work: (progress: Progress) => Promise<JobDone['result']>): string;
}

export function createJobRunner(onProgress: (p: JobProgress) => void, onDone: (d: JobDone) => void): JobRunner {
  return {
    start(kind, work) {
      const jobId = randomUUID();
      // Progress is throttled to one event per ~50 ms: enough for a smooth bar, cheap for the IPC. A new
      // stage always gets through: the window names each step in words (issue 14.6), and none may be skipped.
      let last = 0;
      let lastStage: string | null = null;
      const progress: Progress = (stage, done, total, at) => {
        // Elapsed time only (a throttle), so the monotonic timer and not the clock.
        const now = performance.now();
        if (done < total && stage === lastStage && now - last < 50) return;
        last = now;
        lastStage = stage;
        onProgress({ jobId, kind, stage, done, total, ...at });
      };
      setImmediate(() => {
        work(progress).then(
          // The kind and its result's type go together by the caller's choice of work (export → files, documents → counts).
          (result) => onDone({ jobId, kind, ok: true, result, error: null } as JobDone),
          (error: unknown) => onDone({ jobId, kind, ok: false, result: null, error: jobError(kind, error) } as JobDone),
        );
      });
      return jobId;
    },
  };
}
