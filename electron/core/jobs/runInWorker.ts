import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ErrorParams } from '../../../shared/errors/domainError.ts';
import type { ProgressAt } from '../../../shared/ipc/types.ts';
import { DomainError } from '../../../shared/errors/domainError.ts';
import { isErrorCode } from '../../../shared/errors/errorCodes.ts';

interface EsbuildSync {
  buildSync(options: Record<string, unknown>): { outputFiles: { text: string }[] };
}

const bundles = new Map<string, string>();

/**
 * An entry whose imports are all our own TypeScript or node:* modules, bundled into one script
 * with the esbuild that tsx itself runs on (so it is there whenever a .ts entry is). tsx's loader
 * in a worker costs about half a second per start (module hooks on a thread of their own); the
 * bundle starts like the app's prebuilt workers do. Built once per process.
 */
function selfContainedScript(entry: URL): string {
  let script = bundles.get(entry.href);
  if (script === undefined) {
    const esbuild = createRequire(createRequire(import.meta.url).resolve('tsx'))('esbuild') as EsbuildSync;
    script = esbuild.buildSync({
      entryPoints: [fileURLToPath(entry)],
      bundle: true,
      write: false,
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      logLevel: 'silent',
    }).outputFiles[0]!.text;
    bundles.set(entry.href, script);
  }
  return script;
}

/**
 * Starts a worker on `entry`. Under Node/tsx (tests, CLI) a TypeScript entry is loaded through tsx's
 * loader, registered in the worker first, or, when `selfContained` (no packages imported, no
 * top-level await), bundled on the fly; a bundled .js entry (the app) starts directly.
 */
export function startWorker(entry: URL, workerData: unknown, options: { selfContained?: boolean } = {}): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, { workerData });
  if (options.selfContained) return new Worker(selfContainedScript(entry), { eval: true, workerData });
  const tsx = pathToFileURL(
    createRequire(import.meta.url)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData });
}

/** Messages a task worker posts back: progress while it works, then exactly one result or error. */
export type WorkerMessage =
  | { type: 'progress'; stage: string; done: number; total: number; at?: ProgressAt }
  | { type: 'result'; value: unknown }
  | { type: 'error'; message: string; code?: string; params?: ErrorParams };

/**
 * Runs `task` in a worker_threads worker so the process hosting the IPC handlers never blocks on it
 * (architecture.md: the main process never blocks for more than ~50 ms). In the packaged app the
 * worker is the bundled `dist/electron/worker.js`; under Node/tsx the TypeScript entry is loaded via tsx.
 */
export function runInWorker<T>(
  workerFile: URL,
  task: { name: string; input: unknown; databaseKey: Buffer },
  onProgress: (stage: string, done: number, total: number, at?: ProgressAt) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const worker = startWorker(workerFile, task);
    let settled = false;
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') onProgress(message.stage, message.done, message.total, message.at);
      else if (message.type === 'result') {
        settled = true;
        resolve(message.value as T);
      } else {
        settled = true;
        // A DomainError crosses the thread as its code and parameters and is raised again as itself.
        reject(
          message.code !== undefined && isErrorCode(message.code)
            ? new DomainError(message.code, message.params)
            : new Error(message.message),
        );
      }
    });
    worker.on('error', (error) => {
      if (!settled) {
        settled = true;
        reject(error);
      }
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`worker stopped with exit code ${code}`));
    });
  });
}
