#!/usr/bin/env node
// The `inzage` command. The core is TypeScript; tsx compiles it on the fly so the CLI runs straight
// from a checkout (`npx inzage …`) without a build step.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('./runCli.ts');
process.exitCode = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  env: process.env,
});
