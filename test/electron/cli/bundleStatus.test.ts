import { mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundleManifestName, freshBundle } from '../../../electron/cli/bundleStatus.mjs';
import { useTempDirs } from '../../helpers/tempDir.ts';

describe('freshBundle: whether inzage.mjs may run the bundle instead of the sources', () => {
  const tempDir = useTempDirs();

  /** A checkout with two sources and a bundle built from them `age` ms after their last change. */
  function checkout() {
    const root = tempDir();
    mkdirSync(join(root, 'electron', 'cli'), { recursive: true });
    mkdirSync(join(root, 'dist', 'cli'), { recursive: true });
    const inputs = ['electron/cli/runCli.ts', 'shared/dates/isoDate.ts'];
    mkdirSync(join(root, 'shared', 'dates'), { recursive: true });
    const sourcesChanged = Date.now() - 60_000;
    for (const input of inputs) {
      writeFileSync(join(root, input), '// source\n');
      utimesSync(join(root, input), sourcesChanged / 1000, sourcesChanged / 1000);
    }
    const manifest = { entry: 'inzage.mjs', buildStartedAt: sourcesChanged + 1000, inputs };
    writeFileSync(join(root, 'dist', 'cli', bundleManifestName), JSON.stringify(manifest));
    const rootUrl = pathToFileURL(`${root}/`);
    return { root, check: () => freshBundle(new URL('dist/cli/', rootUrl), rootUrl) };
  }

  it('runs a complete bundle whose sources are all older than its build', () => {
    const { root, check } = checkout();
    expect(check()?.href).toBe(pathToFileURL(join(root, 'dist', 'cli', 'inzage.mjs')).href);
  });

  it('falls back to the sources when one of them changed after the build started', () => {
    const { root, check } = checkout();
    writeFileSync(join(root, 'shared', 'dates', 'isoDate.ts'), '// edited\n');
    expect(check()).toBeNull();
  });

  it('falls back when a source it was built from is gone (renamed or deleted)', () => {
    const { root, check } = checkout();
    rmSync(join(root, 'electron', 'cli', 'runCli.ts'));
    expect(check()).toBeNull();
  });

  it('falls back when there is no bundle, or no manifest (a build that did not finish)', () => {
    const { root, check } = checkout();
    rmSync(join(root, 'dist', 'cli', bundleManifestName));
    expect(check()).toBeNull();
    rmSync(join(root, 'dist'), { recursive: true });
    expect(check()).toBeNull();
  });
});
