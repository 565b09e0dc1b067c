import { spawnSync } from 'node:child_process';
import { testKeyEnv } from './testKeys.ts';

/**
 * Runs `COMMAND | head -1` in a real shell; the command's own exit status is written to stderr after its output.
 * The command gets the suite's installation secret (INZAGE_KEY), as the in-process harness does.
 */
export function pipeIntoHeadOne(command: string[]): { firstLine: string; stderr: string } {
  const quoted = command.map((part) => `'${part.replaceAll("'", "'\\''")}'`).join(' ');
  const shell = spawnSync('sh', ['-c', `{ ${quoted}; echo "inzage exited with $?" >&2; } | head -1`], {
    encoding: 'utf8',
    env: { ...process.env, ...testKeyEnv },
  });
  return { firstLine: shell.stdout, stderr: shell.stderr };
}
