import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeSecret, newInstallationSecret } from '../../../electron/core/keys/installationKeys.ts';
import { cli } from '../../helpers/cliHarness.ts';
import { useTempDirs } from '../../helpers/tempDir.ts';

const tempDir = useTempDirs();

/** Every file and folder under `root` with its permission bits. */
function modesUnder(root: string): { path: string; mode: number; folder: boolean }[] {
  return readdirSync(root, { recursive: true, withFileTypes: true }).map((entry) => {
    const path = join(entry.parentPath, entry.name);
    return { path: path.slice(root.length), mode: statSync(path).mode & 0o777, folder: entry.isDirectory() };
  });
}

describe('what the command line leaves on disk (issue 13.7)', () => {
  it('an encrypted database, and every file 0600 and folder 0700: key, database, PDF, archive, letter, JSON, reports', async () => {
    // The process's umask stays the test runner's (022): the modes are the core's own, not the CLI's umask.
    expect(process.umask() & 0o077).not.toBe(0o077);
    const root = tempDir();
    const env = { INZAGE_USER_DATA: join(root, 'userdata'), INZAGE_KEY: undefined, INZAGE_CLERK: 'M. de Vries' };
    const out = join(root, 'out', 'exports');
    const demo = await cli(['demo-request', '--out', out], env);
    expect(demo.code).toBe(0);
    const reference = /registered (INZ-\d{4}-\d{4})/.exec(demo.out)![1]!;
    const subject = /linked (S\d+)/.exec(demo.out)![1]!;
    const written = [
      ['request', 'letter', reference, '--kind', 'acknowledgement', '--out', join(out, 'letter.txt')],
      ['audit', 'export', '--request', reference, '--out', join(out, 'audit.json')],
      ['report', '--csv', join(out, 'report.csv')],
      ['extract', '--subject', subject, '--format', 'json', '--out', join(out, 'extract.json')],
    ];
    for (const args of written) expect(await cli(args, env), args.join(' ')).toMatchObject({ code: 0 });

    expect(
      readFileSync(join(root, 'userdata', 'inzage.db'))
        .subarray(0, 16)
        .toString('latin1'),
    ).not.toBe('SQLite format 3\0');
    const entries = [...modesUnder(join(root, 'userdata')), ...modesUnder(join(root, 'out'))];
    expect(entries.map((entry) => entry.path)).toEqual(
      expect.arrayContaining(['/inzage.db', '/installation.key', '/exports/audit.json', '/exports/report.csv', '/exports/extract.json']),
    );
    expect(entries.filter((entry) => entry.path.endsWith('.pdf') || entry.path.endsWith('.zip'))).toHaveLength(2);
    for (const entry of entries) expect(`${entry.path} ${entry.mode.toString(8)}`).toBe(`${entry.path} ${entry.folder ? '700' : '600'}`);
    expect(statSync(join(root, 'userdata')).mode & 0o777).toBe(0o700);
  }, 120_000);

  it('says which key to give when the database was encrypted with another one', async () => {
    const file = join(tempDir(), 'demo.db');
    expect((await cli(['seed', '--db', file, '--subjects', '100'])).code).toBe(0);
    const other = await cli(['stats', '--db', file], { INZAGE_KEY: encodeSecret(newInstallationSecret()) });
    expect(other.code).toBe(1);
    expect(other.err).toMatch(/encrypted with another installation key.*INZAGE_KEY or INZAGE_KEY_FILE/);
    expect(other.err).not.toMatch(/file is not a database/);
    // Without INZAGE_KEY the CLI uses the installation's own key file: a new one here, so also the wrong key.
    const ownKey = await cli(['stats', '--db', file], { INZAGE_KEY: undefined, INZAGE_USER_DATA: tempDir() });
    expect(ownKey.err).toMatch(/encrypted with another installation key/);
    expect((await cli(['stats', '--db', file])).code).toBe(0);
  }, 60_000);
});
