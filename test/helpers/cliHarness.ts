import { runCli } from '../../electron/cli/runCli.ts';
import { testKeyEnv } from './testKeys.ts';

/**
 * Runs the CLI in-process with captured output, as the real binary would run it. The suite's
 * installation secret is given (INZAGE_KEY) unless `env` sets its own, so no test touches the key
 * file of the real user data folder.
 */
export async function cli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, {
    env: { ...testKeyEnv, ...env },
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
  });
  return { code, out, err };
}
