import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../../shared/errors/domainError.ts';
import { latestPostgresSchemaVersion, migratePostgres } from '../../../../electron/core/db/postgres/postgresMigrate.ts';
import { openPostgresPool } from '../../../../electron/core/db/postgres/postgresPool.ts';
import { checkTeamConnection, connectionError, withPassword } from '../../../../electron/core/store/teamConnection.ts';
import { usePostgresDatabases } from '../../../helpers/testPostgres.ts';

async function failure(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe('checkTeamConnection (Settings → Team database → Test connection)', () => {
  const database = usePostgresDatabases();

  it('reports the server version and that a fresh database still needs inzage migrate, then that it is current', async () => {
    const url = await database();
    const before = await checkTeamConnection(url);
    expect(before.serverVersion).toMatch(/^\d+(\.\d+)?/);
    expect(before).toMatchObject({ schemaVersion: 0, appSchemaVersion: latestPostgresSchemaVersion, schema: 'outdated' });
    const pool = openPostgresPool(url);
    await migratePostgres(pool, url);
    expect((await checkTeamConnection(url)).schema).toBe('current');
    await migratePostgres(pool, url, { migrations: [{ version: latestPostgresSchemaVersion + 1, name: 'future', sql: 'SELECT 1' }] });
    await pool.end();
    expect(await checkTeamConnection(url)).toMatchObject({ schemaVersion: latestPostgresSchemaVersion + 1, schema: 'too-new' });
  });

  it('says which part of the address is wrong without quoting the server, the URL or the password', async () => {
    const url = await database();
    const missing = new URL(url);
    missing.pathname = '/inzage_no_such_database';
    missing.password = 'secret-pw';
    const noDatabase = await failure(checkTeamConnection(missing.toString()));
    expect(noDatabase.code).toBe('team.database-missing');
    expect(JSON.stringify(noDatabase.params) + noDatabase.message).not.toContain('secret-pw');
    const noServer = await failure(checkTeamConnection('postgres://clerk:secret-pw@127.0.0.1:1/inzage', { timeoutMs: 2000 }));
    expect(noServer.code).toBe('team.unreachable');
    expect(noServer.params).toEqual({ reason: 'ECONNREFUSED' });
  });

  it('maps a refused login by its PostgreSQL code (28P01), whatever the server says with it', () => {
    const error = Object.assign(new Error('password authentication failed for user "clerk"'), { code: '28P01' });
    expect(connectionError(error).code).toBe('team.login-refused');
    expect(connectionError(error).params).toEqual({});
  });

  it('puts the password kept apart back into the URL, and refuses what is no team database address', () => {
    expect(withPassword('postgres://clerk@db.example:5432/inzage', 'p@ss/word')).toBe(
      'postgres://clerk:p%40ss%2Fword@db.example:5432/inzage',
    );
    expect(withPassword('postgres://clerk@db.example/inzage', null)).toBe('postgres://clerk@db.example/inzage');
    expect(() => withPassword('/home/clerk/inzage.db', 'x')).toThrow(DomainError);
    expect(() => withPassword('postgres://', 'x')).toThrow(DomainError);
  });
});
