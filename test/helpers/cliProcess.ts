import { spawnSync } from 'node:child_process';

/** Runs `COMMAND | head -1` in a real shell; the command's own exit status is written to stderr after its output. */
export function pipeIntoHeadOne(command: string[]): { firstLine: string; stderr: string } {
  const quoted = command.map((part) => `'${part.replaceAll("'", "'\\''")}'`).join(' ');
  const shell = spawnSync('sh', ['-c', `{ ${quoted}; echo "inzage exited with $?" >&2; } | head -1`], { encoding: 'utf8' });
  return { firstLine: shell.stdout, stderr: shell.stderr };
}
