// Whether the CLI bundle in dist/cli/ may be run: plain JavaScript, because it decides whether tsx
// is needed at all. Kept apart from inzage.mjs so the check is tested on its own.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Written last by electron/build/buildCli.mjs: its presence means the bundle is complete. */
export const bundleManifestName = 'manifest.json';

/**
 * The bundle's entry as a file URL when the bundle in `bundleDir` is complete and none of the source
 * files it was built from (listed in its manifest, relative to `root`) changed since its build
 * started; otherwise null, and the caller falls back to compiling the sources. An edited, renamed or
 * deleted source makes it stale, so a stale bundle is never run. Stat-ing the ~250 inputs costs a
 * few milliseconds.
 *
 * @param {URL} bundleDir the folder holding the bundle and its manifest
 * @param {URL} root the folder the manifest's input paths are relative to (the repository root)
 * @returns {URL | null}
 */
export function freshBundle(bundleDir, root) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(new URL(bundleManifestName, bundleDir), 'utf8'));
  } catch {
    return null;
  }
  const rootPath = fileURLToPath(root);
  for (const input of manifest.inputs) {
    try {
      if (statSync(join(rootPath, input)).mtimeMs > manifest.buildStartedAt) return null;
    } catch {
      return null;
    }
  }
  return new URL(manifest.entry, bundleDir);
}
