import { runCli } from '../../electron/cli/runCli.ts';
import { testKeyEnv } from './testKeys.ts';

/**
 * Runs the CLI in-process with captured output, as the real binary would run it. Hermetic: unless the
 * test gives a key itself (INZAGE_KEY or INZAGE_KEY_FILE), the tests' fixed installation key is used
 * (testKeys.ts), the one the handler harness uses too, so the window and the command line seal one audit
 * chain alike and no test reads or creates the key file in the real ~/.config.
 */
export async function cli(args: string[], givenEnv: NodeJS.ProcessEnv = {}): Promise<{ code: number; out: string; err: string }> {
  const ownKey = ['INZAGE_KEY', 'INZAGE_KEY_FILE'].some((name) => givenEnv[name] !== undefined);
  const env = ownKey ? givenEnv : { ...testKeyEnv, ...givenEnv };
  let out = '';
  let err = '';
  const code = await runCli(args, {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    env,
  });
  return { code, out, err };
}
