// Entry of the task worker (worker_threads). Each task is a plain function of its input that reports
// progress; tasks from other features register themselves in `tasks.ts`.
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { isDomainError } from '../../../shared/errors/domainError.ts';
import type { ProgressAt } from '../../../shared/ipc/types.ts';
import type { WorkerMessage } from './runInWorker.ts';
import { tasks } from './tasks.ts';

// The key arrives as a Uint8Array (workerData is structured-cloned): a Buffer again for the tasks.
const { name, input, databaseKey } = workerData as { name: string; input: unknown; databaseKey: Uint8Array };

// Long work yields the CPU to the thread that serves the window: on Linux a nice value applies to the
// calling thread only, so this lowers this worker, not the process (elsewhere it would lower the
// whole process, so it is left alone there).
if (process.platform === 'linux') {
  try {
    setPriority(10);
  } catch {
    // Not permitted (some sandboxes): the worker simply runs at normal priority.
  }
}
const post = (message: WorkerMessage) => parentPort?.postMessage(message);

try {
  const task = tasks[name];
  if (!task) throw new Error(`unknown task ${name}`);
  const progress = (stage: string, done: number, total: number, at?: ProgressAt) =>
    post({ type: 'progress', stage, done, total, ...(at ? { at } : {}) });
  const value = await task(input, progress, { databaseKey: Buffer.from(databaseKey) });
  post({ type: 'result', value });
} catch (error) {
  if (isDomainError(error)) post({ type: 'error', message: error.code, code: error.code, params: error.params });
  else post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
}
