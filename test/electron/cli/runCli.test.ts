import Database from 'better-sqlite3-multiple-ciphers';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { latestSchemaVersion } from '../../../electron/core/db/migrations/index.ts';
import { cli } from '../../helpers/cliHarness.ts';
import { useTempDirs } from '../../helpers/tempDir.ts';
import { openKeyedDatabase } from '../../helpers/testKeys.ts';

describe('inzage CLI', () => {
  const tempDir = useTempDirs();

  it('prints usage and exits 2 on no command, an unknown command or bad flags', async () => {
    expect((await cli([])).code).toBe(2);
    const unknown = await cli(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/unknown command "frobnicate"[\s\S]*Usage: inzage/);
    const badFlag = await cli(['seed', '--db', join(tempDir(), 'x.db'), '--subjects', '100', '--colour']);
    expect(badFlag.code).toBe(2);
    expect(badFlag.err).toMatch(/--colour[\s\S]*Usage: inzage seed/);
    const badNumber = await cli(['seed', '--db', join(tempDir(), 'x.db'), '--subjects', 'many']);
    expect(badNumber).toMatchObject({ code: 2 });
    expect(badNumber.err).toMatch(/--subjects must be a positive whole number, got "many"/);
    expect((await cli(['show'])).code).toBe(2);
  });

  it('seeds, reports its rate, and refuses to seed over an existing file', async () => {
    const file = join(tempDir(), 'demo.db');
    const seeded = await cli(['seed', '--db', file, '--subjects', '200', '--seed', 'cli']);
    expect(seeded.code).toBe(0);
    expect(seeded.out).toMatch(/200 subjects, [\d,]+ rows in [\d.]+ s \([\d,]+ subjects\/s, [\d,]+ rows\/s\)/);
    const again = await cli(['seed', '--db', file, '--subjects', '200']);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/exists already/);
  });

  it('shows every record of a subject as JSON and counts tables', async () => {
    const file = join(tempDir(), 'demo.db');
    await cli(['seed', '--db', file, '--subjects', '100']);
    const landmarks = JSON.parse(
      (
        openKeyedDatabase(file, { readonly: true }).prepare("SELECT value FROM meta WHERE key = 'demo.landmarks'").get() as {
          value: string;
        }
      ).value,
    );
    const shown = await cli(['show', landmarks.sharedCase.debtor, '--db', file, '--json']);
    expect(shown.code).toBe(0);
    const json = JSON.parse(shown.out);
    expect(json.subjectId).toBe(landmarks.sharedCase.debtor);
    expect(json.records.subject_names[0]).toMatchObject({ given_names: 'Anna', particle: 'de', surname: 'Jong' });
    expect(json.records.cases.map((c: { id: string }) => c.id)).toContain(landmarks.sharedCase.caseId);
    expect((await cli(['show', 'S9999999', '--db', file])).err).toMatch(/No data subject with id "S9999999"/);
    const stats = await cli(['stats', '--db', file, '--json']);
    expect(JSON.parse(stats.out)).toMatchObject({ schemaVersion: latestSchemaVersion, tables: { subjects: 100 } });
  });

  it('without --db uses the per-user database, created as the demo database on first use', async () => {
    const home = tempDir();
    const stats = await cli(['stats', '--json'], { INZAGE_USER_DATA: home });
    expect(stats.code).toBe(0);
    expect(stats.err).toMatch(/Creating the demo database/);
    expect(existsSync(join(home, 'inzage.db'))).toBe(true);
    expect(JSON.parse(stats.out).tables.subjects).toBeGreaterThan(1000);
    expect((await cli(['stats', '--json'], { INZAGE_USER_DATA: home })).err).toBe('');
  });

  it('refuses a database from a newer schema version with a clear message', async () => {
    const file = join(tempDir(), 'future.db');
    const db = new Database(file);
    db.pragma(`user_version = ${latestSchemaVersion + 1}`);
    db.close();
    const result = await cli(['stats', '--db', file]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/written by a newer Inzage/);
  });

  it('runs as the installed binary (npx inzage)', () => {
    const bin = join(process.cwd(), 'electron/cli/inzage.mjs');
    const help = execFileSync(process.execPath, [bin, '--help'], { encoding: 'utf8' });
    expect(help).toMatch(/Usage: inzage COMMAND/);
    const bad = spawnSync(process.execPath, [bin, 'nope'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
  });
});
