import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Settings, TeamDatabaseCheck } from '../../../../shared/ipc/types.ts';
import { dispatch } from '../../../../electron/core/api/dispatch.ts';
import { latestPostgresSchemaVersion, migratePostgres } from '../../../../electron/core/db/postgres/postgresMigrate.ts';
import { openPostgresPool } from '../../../../electron/core/db/postgres/postgresPool.ts';
import { noSecretStore } from '../../../../electron/core/settings/secretStore.ts';
import { fileSettingsStore } from '../../../../electron/core/settings/settingsFile.ts';
import { teamDatabaseLocation } from '../../../../electron/core/settings/teamDatabaseSettings.ts';
import type { HandlerHarness } from '../../../helpers/handlerHarness.ts';
import { createTestHandlers } from '../../../helpers/handlerHarness.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';
import { usePostgresDatabases } from '../../../helpers/testPostgres.ts';
import { testSecretStore } from '../../../helpers/testSecretStore.ts';

const password = 'Wachtwoord-van-het-team-42';

async function call<T>(h: HandlerHarness, channel: string, input: unknown): Promise<T> {
  const result = await dispatch(h.handlers, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
  return result.value as T;
}

function withPassword(url: string, pw: string): string {
  const parsed = new URL(url);
  parsed.password = pw;
  return parsed.toString();
}

describe('Settings → Team database (issue 15.1)', () => {
  const tempDir = useTempDirs();
  const database = usePostgresDatabases();

  it('tests the connection: server version and schema, then that it is current once migrated; failures as codes', async () => {
    const dir = tempDir();
    const h = createTestHandlers(dir, { subjects: 100 });
    const url = await database();
    const fresh = await call<TeamDatabaseCheck>(h, 'settings:testTeamDatabase', { url, password });
    expect(fresh).toMatchObject({ ok: true, schemaVersion: 0, appSchemaVersion: latestPostgresSchemaVersion, schema: 'outdated' });
    const pool = openPostgresPool(url);
    await migratePostgres(pool, url);
    await pool.end();
    expect(await call<TeamDatabaseCheck>(h, 'settings:testTeamDatabase', { url })).toMatchObject({ ok: true, schema: 'current' });
    const refused = await call<TeamDatabaseCheck>(h, 'settings:testTeamDatabase', { url: 'postgres://clerk@127.0.0.1:1/inzage', password });
    expect(refused).toEqual({ ok: false, code: 'team.unreachable', params: { reason: 'ECONNREFUSED' } });
    expect(JSON.stringify(refused)).not.toContain(password);
    const invalid = await call<TeamDatabaseCheck>(h, 'settings:testTeamDatabase', { url: '/home/clerk/inzage.db' });
    expect(invalid).toMatchObject({ ok: false, code: 'team.url-invalid' });
    h.close();
  });

  it('keeps the URL without its password and the password only as the secret store ciphertext; shows neither', async () => {
    const dir = tempDir();
    const secrets = testSecretStore();
    const h = createTestHandlers(dir, { subjects: 100, secrets });
    const url = await database();
    // Typed into the URL, as a clerk may paste it: moved out of it.
    const view = await call<Settings>(h, 'settings:useTeamDatabase', { url: withPassword(url, password) });
    expect(view.teamDatabase).toEqual({ url, passwordKept: true, inUse: null, restartNeeded: true, problem: null });
    const onDisk = readFileSync(join(dir, 'settings.json'), 'utf8');
    expect(onDisk).not.toContain(password);
    expect(JSON.parse(onDisk).teamDatabase.url).toBe(url);
    expect(JSON.stringify(await call<Settings>(h, 'settings:get', {}))).not.toContain(password);
    // What the app opens at its next start: the password put back from the secret store.
    expect(teamDatabaseLocation(fileSettingsStore(dir, { language: 'en', clerkName: 'x', outputFolder: dir }).read(), secrets)).toBe(
      withPassword(url, password),
    );
    // Back to the laptop's own file.
    expect((await call<Settings>(h, 'settings:useTeamDatabase', { url: null })).teamDatabase).toMatchObject({
      url: null,
      passwordKept: false,
    });
    h.close();
  });

  it('refuses to keep a password where the system has no secure store for it', async () => {
    const dir = tempDir();
    const h = createTestHandlers(dir, { subjects: 100, secrets: noSecretStore });
    const url = await database();
    const result = await dispatch(h.handlers, 'settings:useTeamDatabase', { url, password });
    expect(result).toMatchObject({ ok: false, error: { code: 'team.password-not-kept' } });
    expect(existsSync(join(dir, 'settings.json')) ? readFileSync(join(dir, 'settings.json'), 'utf8') : '').not.toContain(password);
    // Without a password (a server that trusts this machine, or ~/.pgpass) it is kept.
    expect((await call<Settings>(h, 'settings:useTeamDatabase', { url })).teamDatabase).toMatchObject({ url, passwordKept: false });
    h.close();
  });

  it('runs the handlers on the team server when that is the location: Settings says so, the demo rebuild is refused', async () => {
    const dir = tempDir();
    const url = await database();
    const pool = openPostgresPool(url);
    await migratePostgres(pool, url);
    await pool.end();
    const h = createTestHandlers(dir, { subjects: 100, databaseLocation: withPassword(url, password) });
    const view = await call<Settings>(h, 'settings:get', {});
    expect(view.teamDatabase).toMatchObject({ inUse: url });
    expect(JSON.stringify(view)).not.toContain(password);
    const rebuild = await dispatch(h.handlers, 'demo:rebuild', { subjects: 200, confirm: 'DEMO' });
    expect(rebuild).toMatchObject({ ok: false, error: { code: 'team.needs-file' } });
    h.close();
  });
});
