// Builds the Electron main process, the sandboxed preload, the task worker and the import parser
// worker (found next to main.js by importJsonl.ts) with esbuild.
// Dependencies stay external (better-sqlite3-multiple-ciphers is native and rebuilt for Electron only when packaging);
// the preload is bundled completely, because a sandboxed preload cannot require modules.
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning' };

await Promise.all([
  build({ ...common, entryPoints: ['electron/main/main.ts'], outfile: 'dist/electron/main.js', format: 'esm', packages: 'external' }),
  build({
    ...common,
    entryPoints: ['electron/core/jobs/taskWorker.ts'],
    outfile: 'dist/electron/worker.js',
    format: 'esm',
    packages: 'external',
  }),
  build({
    ...common,
    entryPoints: ['electron/core/importer/importParserWorker.ts'],
    outfile: 'dist/electron/importParser.js',
    format: 'esm',
    packages: 'external',
  }),
  build({
    ...common,
    entryPoints: ['electron/preload/index.ts'],
    outfile: 'dist/electron/preload.cjs',
    format: 'cjs',
    platform: 'browser',
    external: ['electron'],
  }),
]);
