import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { testKeyEnv } from './testKeys.ts';

/**
 * The environment of a CLI subprocess in a test: this one's, plus the tests' fixed installation key
 * (testKeys.ts), so the command never reads or creates the key file in the real user-data folder.
 */
export function cliProcessEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { ...process.env, ...testKeyEnv, ...extra };
}

/** Runs `COMMAND | head -1` in a real shell; the command's own exit status is written to stderr after its output. */
export function pipeIntoHeadOne(command: string[]): { firstLine: string; stderr: string } {
  const quoted = command.map((part) => `'${part.replaceAll("'", "'\\''")}'`).join(' ');
  const shell = spawnSync('sh', ['-c', `{ ${quoted}; echo "inzage exited with $?" >&2; } | head -1`], {
    encoding: 'utf8',
    env: cliProcessEnv(),
  });
  return { firstLine: shell.stdout, stderr: shell.stderr };
}

/** The `inzage` process run from the sources, as inzage.mjs does without a fresh bundle. */
export const inzageProcess = [process.execPath, '--import', 'tsx', join(process.cwd(), 'electron/cli/cliMain.ts')];

export interface RunningProcess {
  /** What it wrote so far. */
  out(): string;
  err(): string;
  /** Resolves when it ends, with its exit code and everything it wrote. */
  done: Promise<{ code: number | null; out: string; err: string }>;
}

/** Starts a real process (an `inzage` command, or a script run by node) with its output captured. */
export function startProcess(command: string[], env: NodeJS.ProcessEnv = {}): RunningProcess {
  const child = spawn(command[0]!, command.slice(1), { stdio: ['ignore', 'pipe', 'pipe'], env: cliProcessEnv(env) });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
  const done = new Promise<{ code: number | null; out: string; err: string }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
  });
  return { out: () => out, err: () => err, done };
}

/** Polls `condition` every 50 ms until it holds; fails after `timeoutMs` naming `what`. */
export async function waitUntil(condition: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
