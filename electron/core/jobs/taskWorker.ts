// Entry of the task worker (worker_threads). Each task is a plain function of its input that reports
// progress; tasks from other features register themselves in `tasks.ts`.
import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerMessage } from './runInWorker.ts';
import { tasks } from './tasks.ts';

const { name, input } = workerData as { name: string; input: unknown };
const post = (message: WorkerMessage) => parentPort?.postMessage(message);

try {
  const task = tasks[name];
  if (!task) throw new Error(`unknown task ${name}`);
  const value = await task(input, (stage, done, total) => post({ type: 'progress', stage, done, total }));
  post({ type: 'result', value });
} catch (error) {
  post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
}
