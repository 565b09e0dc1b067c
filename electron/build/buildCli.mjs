// Builds the `inzage` command into dist/cli/ with esbuild, so a call starts without compiling
// TypeScript (electron/cli/inzage.mjs runs it when it is fresh, see bundleStatus.mjs). Run by
// `npm install`/`npm ci` (the prepare script), `npm run build` and `npm run build:cli`.
//
// - Code splitting: each command is its own chunk, loaded by runCli.ts only when that command runs.
// - Packages stay external: better-sqlite3-multiple-ciphers is native, and the rest load from node_modules as they
//   do for main and the workers (buildElectron.mjs).
// - The import parser worker is bundled next to the entry as importParser.js, where importJsonl.ts
//   looks for it when it runs from a bundle. Chunks sit in the same folder as the entry, so the
//   relative paths in the core (the worker, ../../resources/) resolve as from dist/electron/.
// - The manifest (entry, inputs, build start) is written last: a half-built folder has none and is
//   never run, and a source changed after the build started makes the bundle stale.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleManifestName } from '../cli/bundleStatus.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** @param {{ outdir?: string }} [options] outdir relative to the repository root (tests build elsewhere) */
export async function buildCli({ outdir = join('dist', 'cli') } = {}) {
  const { build } = await import('esbuild');
  const buildStartedAt = Date.now();
  const target = join(root, outdir);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  const common = {
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    outdir: target,
    metafile: true,
    logLevel: 'warning',
  };
  const [cli, worker] = await Promise.all([
    build({
      ...common,
      entryPoints: { inzage: 'electron/cli/cliMain.ts' },
      splitting: true,
      outExtension: { '.js': '.mjs' },
      chunkNames: 'chunk-[hash]',
    }),
    build({ ...common, entryPoints: { importParser: 'electron/core/importer/importParserWorker.ts' } }),
  ]);
  const inputs = [...new Set([...Object.keys(cli.metafile.inputs), ...Object.keys(worker.metafile.inputs)])].sort();
  const manifest = { entry: 'inzage.mjs', buildStartedAt, inputs };
  writeFileSync(join(target, bundleManifestName), `${JSON.stringify(manifest, null, 2)}\n`);
  return { dir: target, inputs: inputs.length };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const { dir, inputs } = await buildCli();
    console.log(`inzage CLI bundle: ${relative(process.cwd(), dir) || '.'} (${inputs} sources)`);
  } catch (error) {
    // As npm install's prepare step a failed build must not fail the install: inzage.mjs then runs
    // the sources through tsx. Asked for directly (npm run build, build:cli), it fails.
    if (process.env.npm_lifecycle_event !== 'prepare') throw error;
    console.warn(`inzage CLI bundle not built (${error.message}); the inzage command compiles the sources on each call instead.`);
  }
}
