import { runCli } from '../../electron/cli/runCli.ts';

/** Runs the CLI in-process with captured output, as the real binary would run it. */
export async function cli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; out: string; err: string }> {
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
