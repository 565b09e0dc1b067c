import { buildDemoDatabase } from '../demo/demoUseCases.ts';
import { loadPolicy } from '../policy/loadPolicy.ts';
import { checkCertificate } from '../settings/checkCertificate.ts';
import { checkRegister } from '../settings/checkRegister.ts';
import { exportRequest } from './exportTask.ts';

export type TaskProgress = (stage: string, done: number, total: number) => void;
export type Task = (input: unknown, progress: TaskProgress) => Promise<unknown>;

/** The demo rebuild's build step (demo/demoUseCases.ts) in the worker. */
async function buildDemo(input: unknown, progress: TaskProgress): Promise<{ file: string }> {
  const { file, subjects, policyFile } = input as { file: string; subjects: number; policyFile: string };
  buildDemoDatabase({ file, subjects, register: loadPolicy(policyFile), onProgress: (done, total) => progress('seed', done, total) });
  return { file };
}

export const tasks: Record<string, Task> = {
  'demo:build': buildDemo,
  'export:request': exportRequest,
  'certificate:check': async (input) => checkCertificate(input),
  'register:check': async (input) => checkRegister(input),
};
