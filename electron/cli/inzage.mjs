#!/usr/bin/env node
// The `inzage` command. It runs the esbuild bundle in dist/cli/ (built by `npm install`, `npm run
// build` or `npm run build:cli`: electron/build/buildCli.mjs) when the bundle is there and no source
// it was built from has changed since; otherwise tsx compiles the TypeScript on the fly, so a checkout
// without the bundle, or with sources edited after it, still runs correctly, only slower.
import { freshBundle } from './bundleStatus.mjs';

const bundle = freshBundle(new URL('../../dist/cli/', import.meta.url), new URL('../../', import.meta.url));
if (bundle) await import(bundle.href);
else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./cliMain.ts');
}
