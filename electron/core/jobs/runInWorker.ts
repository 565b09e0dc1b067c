import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * Starts a worker on `entry`. Under Node/tsx (tests, CLI) a TypeScript entry is loaded through tsx's
 * loader, registered in the worker first; a bundled .js entry starts directly.
 */
export function startWorker(entry: URL, workerData: unknown): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, { workerData });
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData });
}

/** Messages a task worker posts back: progress while it works, then exactly one result or error. */
export type WorkerMessage =
  | { type: 'progress'; stage: string; done: number; total: number }
  | { type: 'result'; value: unknown }
  | { type: 'error'; message: string };

/**
 * Runs `task` in a worker_threads worker so the process hosting the IPC handlers never blocks on it
 * (architecture.md: the main process never blocks for more than ~50 ms). In the packaged app the
 * worker is the bundled `dist/electron/worker.js`; under Node/tsx the TypeScript entry is loaded via tsx.
 */
export function runInWorker<T>(workerFile: URL, task: { name: string; input: unknown }, onProgress: (stage: string, done: number, total: number) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const worker = startWorker(workerFile, task);
    let settled = false;
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') onProgress(message.stage, message.done, message.total);
      else if (message.type === 'result') { settled = true; resolve(message.value as T); }
      else { settled = true; reject(new Error(message.message)); }
    });
    worker.on('error', (error) => { if (!settled) { settled = true; reject(error); } });
    worker.on('exit', (code) => { if (!settled) reject(new Error(`worker stopped with exit code ${code}`)); });
  });
}
