import { runCli } from '../../electron/cli/runCli.ts';
import { testKeyEnv } from './testKeys.ts';

/**
 * Runs the CLI in-process with captured output, as the real binary would run it. Hermetic: unless the
 * test names a key or a user-data folder itself, the tests' fixed installation key is used (testKeys.ts),
 * so no test reads or creates the key file in the real ~/.config.
 */
export async function cli(args: string[], givenEnv: NodeJS.ProcessEnv = {}): Promise<{ code: number; out: string; err: string }> {
  const ownKey = ['INZAGE_KEY', 'INZAGE_KEY_FILE', 'INZAGE_USER_DATA'].some((name) => givenEnv[name] !== undefined);
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
