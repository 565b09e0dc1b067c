import { spawnSync } from 'node:child_process';
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
