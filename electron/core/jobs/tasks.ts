import type { ProgressAt } from '../../../shared/ipc/types.ts';
import { buildDemoDatabase } from '../demo/demoUseCases.ts';
import { loadPolicy } from '../policy/loadPolicy.ts';
import { checkCertificate } from '../settings/checkCertificate.ts';
import { checkRegister } from '../settings/checkRegister.ts';
import { exportRequest } from './exportTask.ts';
import { renderPreviewPdf } from './previewPdfTask.ts';

export type TaskProgress = (stage: string, done: number, total: number, at?: ProgressAt) => void;
/**
 * What a task gets from its host besides its input: the database key. The host (the main process, the
 * tests) holds it and hands it to the worker directly; it never travels in a channel's input.
 */
export interface TaskEnv {
  databaseKey: Buffer;
}
export type Task = (input: unknown, progress: TaskProgress, env: TaskEnv) => Promise<unknown>;

/** The demo rebuild's build step (demo/demoUseCases.ts) in the worker. */
async function buildDemo(input: unknown, progress: TaskProgress, env: TaskEnv): Promise<{ file: string }> {
  const { file, subjects, policyFile } = input as { file: string; subjects: number; policyFile: string };
  const onProgress = (done: number, total: number) => progress('seed', done, total);
  buildDemoDatabase({ file, key: env.databaseKey, subjects, register: loadPolicy(policyFile), onProgress });
  return { file };
}

export const tasks: Record<string, Task> = {
  'demo:build': buildDemo,
  'export:request': exportRequest,
  'extract:renderPdf': renderPreviewPdf,
  'certificate:check': async (input) => checkCertificate(input),
  'register:check': async (input) => checkRegister(input),
  // docs-read (issue 16.2). Loaded when run: pdf.js, mailparser and the canvas stay out of every other task's worker start.
  'documents:read': async (input, progress, env) => (await import('./readDocumentsTask.ts')).readDocumentsTask(input, progress, env),
};
