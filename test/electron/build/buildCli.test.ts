import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../../../electron/build/buildCli.mjs';
import { bundleManifestName } from '../../../electron/cli/bundleStatus.mjs';
import type { DemoLandmarks } from '../../../electron/core/demo/landmarks.ts';
import { readLandmarks } from '../../../electron/core/demo/seedDatabase.ts';
import { exportJsonl } from '../../../electron/core/importer/exportJsonl.ts';
import { cli } from '../../helpers/cliHarness.ts';
import { cliProcessEnv, pipeIntoHeadOne } from '../../helpers/cliProcess.ts';
import { seedTestDatabase } from '../../helpers/demoDatabase.ts';
import { useTempDirs } from '../../helpers/tempDir.ts';
import { openKeyedDatabase } from '../../helpers/testKeys.ts';

/**
 * The bundle the `inzage` command runs, built into a folder of this test's own inside dist/ (two levels
 * below the root like dist/cli, so the relative paths to resources/ and node_modules hold) and run as
 * a separate process, as a clerk's shell runs it.
 */
describe('the inzage bundle (buildCli.mjs)', () => {
  const suiteDir = useTempDirs('suite');
  const tempDir = useTempDirs();
  const outdir = join('dist', `cli-test-${process.pid}-${Math.random().toString(36).slice(2, 8)}`);
  let bundleDir: string;
  let entry: string;
  let file: string;
  let lm: DemoLandmarks;

  beforeAll(async () => {
    bundleDir = (await buildCli({ outdir })).dir;
    entry = join(bundleDir, 'inzage.mjs');
    const seeded = seedTestDatabase(suiteDir(), 400, 'cli-bundle');
    file = seeded.file;
    lm = readLandmarks(seeded.db)!;
    seeded.db.close();
  });
  afterAll(() => rmSync(bundleDir, { recursive: true, force: true }));

  const bundled = (args: string[], env: NodeJS.ProcessEnv = {}) =>
    spawnSync(process.execPath, [entry, ...args], { encoding: 'utf8', env: cliProcessEnv(env), maxBuffer: 1 << 26 });

  it('writes a manifest, last, naming the entry and every source it was built from', () => {
    const manifest = JSON.parse(readFileSync(join(bundleDir, bundleManifestName), 'utf8')) as { entry: string; inputs: string[] };
    expect(manifest.entry).toBe('inzage.mjs');
    expect(manifest.inputs).toEqual(
      expect.arrayContaining([
        'electron/cli/cliMain.ts',
        'electron/cli/commands/extract.ts',
        'electron/core/importer/importParserWorker.ts',
      ]),
    );
    expect(manifest.inputs.every((input) => existsSync(input))).toBe(true);
    expect(manifest.inputs.some((input) => input.includes('node_modules'))).toBe(false);
  });

  it('creates an encrypted database, owner-only, and refuses it without the key (issue 13.7)', () => {
    const created = join(tempDir(), 'seeded.db');
    expect(bundled(['seed', '--db', created, '--subjects', '100']).status).toBe(0);
    expect(readFileSync(created).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    expect(statSync(created).mode & 0o777).toBe(0o600);
    const otherKey = bundled(['stats', '--db', created], { INZAGE_KEY: 'ab'.repeat(32) });
    expect(otherKey.status).toBe(1);
    expect(otherKey.stderr).toMatch(/encrypted with another installation key/);
  });

  it('gives the same answers as the sources, without tsx', () => {
    const stats = bundled(['stats', '--db', file, '--json']);
    expect(stats.status).toBe(0);
    expect(JSON.parse(stats.stdout)).toMatchObject({ tables: { subjects: 400 } });
    const search = bundled(['search', 'Jan van den Berg', '--db', file, '--json', '--limit', '5', '--clerk', 'Bundle']);
    expect(search.status).toBe(0);
    return cli(['search', 'Jan van den Berg', '--db', file, '--json', '--limit', '5', '--clerk', 'Bundle']).then((inProcess) =>
      expect(JSON.parse(search.stdout)).toEqual(JSON.parse(inProcess.out)),
    );
  });

  it('answers --help for a command and refuses bad arguments with exit 2', () => {
    expect(bundled(['report', '--help'])).toMatchObject({ status: 0, stderr: '' });
    expect(bundled(['report', '--help']).stdout).toMatch(/^Usage: inzage report/);
    expect(bundled(['nope']).status).toBe(2);
  });

  it('imports through the bundled parser worker next to it', () => {
    const dir = tempDir();
    const exported = join(dir, 'export.jsonl');
    const records = exportJsonl(openKeyedDatabase(file, { readonly: true }), exported);
    const target = join(dir, 'target.db');
    expect(bundled(['seed', '--db', target, '--subjects', '40', '--seed', 'other']).status).toBe(0);
    const imported = bundled(['import', exported, '--db', target]);
    expect(imported.stderr).not.toMatch(/Error|ERR_/);
    expect(imported.status).toBe(0);
    expect(imported.stdout).toMatch(new RegExp(`Imported ${records.toLocaleString('en')} records`));
    expect(existsSync(join(bundleDir, 'importParser.js'))).toBe(true);
  });

  it('writes a signed extract with the fonts and register from resources/, and verifies it', () => {
    const out = tempDir();
    const extract = bundled(['extract', '--db', file, '--subject', lm.legalHold, '--out', out, '--clerk', 'Bundle']);
    expect(extract.stderr).toBe(
      'Signing with the DEMO certificate (not for real use); give --p12 FILE --p12-pass-env VAR for a real one.\n' +
        `Wrote the audit checkpoint ${join(out, 'audit-checkpoint.json')}\n`,
    );
    expect(extract.status).toBe(0);
    const [pdf, archive] = extract.stdout.trim().split('\n');
    expect(pdf).toMatch(/\.pdf$/);
    // Intact; the self-signed demo certificate is no trust anchor, hence exit 3 (issue 13.5).
    for (const written of [pdf!, archive!])
      expect(bundled(['verify', written])).toMatchObject({
        status: 3,
        stderr: expect.stringContaining('signature intact, signer not trusted'),
      });
  });

  it('loads no PDF, archive, signature or schema library for stats and search', () => {
    // A resolve hook (module.register) that writes every module the process resolves to stderr.
    const dir = tempDir();
    writeFileSync(
      join(dir, 'hooks.mjs'),
      "import { writeSync } from 'node:fs';\nexport async function resolve(specifier, context, next) {\n" +
        '  const resolved = await next(specifier, context);\n  writeSync(2, `resolved ${resolved.url}\\n`);\n  return resolved;\n}\n',
    );
    writeFileSync(
      join(dir, 'register.mjs'),
      `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(join(dir, 'hooks.mjs')).href)});\n`,
    );
    const packagesLoaded = (args: string[]) => {
      const run = spawnSync(process.execPath, ['--import', pathToFileURL(join(dir, 'register.mjs')).href, entry, ...args], {
        encoding: 'utf8',
        env: cliProcessEnv(),
      });
      expect(run.status).toBe(0);
      return [...new Set([...run.stderr.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)\//g)].map((match) => match[1]!))].sort();
    };
    expect(packagesLoaded(['stats', '--db', file])).toEqual(['better-sqlite3-multiple-ciphers']);
    expect(packagesLoaded(['search', 'de Vries', '--db', file])).toEqual(['better-sqlite3-multiple-ciphers']);
    // The control: the hook does see them where they are loaded (for --help the command's module loads, not more).
    expect(packagesLoaded(['extract', '--help'])).toEqual(expect.arrayContaining(['archiver', 'pdfkit', 'pkijs']));
  });

  it('ends quietly when the reader leaves early (inzage show … | head -1)', () => {
    const { firstLine, stderr } = pipeIntoHeadOne([process.execPath, entry, 'show', lm.heavyDebtor, '--db', file]);
    expect(firstLine).toMatch(/^Subject S\d+: \d+ records\n$/);
    expect(stderr).toBe('inzage exited with 0\n');
  });
});
