import pg from 'pg';
import { DomainError } from '../../../shared/errors/domainError.ts';
import { latestPostgresSchemaVersion, postgresSchemaVersion } from '../db/postgres/postgresMigrate.ts';
import { isPostgresUrl } from '../db/postgres/postgresUrl.ts';

/** What "Test connection" reports (Settings → Team database; issue 15.1). */
export interface TeamConnectionCheck {
  /** The server's version as it reports it (e.g. "15.14"). */
  serverVersion: string;
  /** The schema version on the server (0: never migrated) and the one this app needs. */
  schemaVersion: number;
  appSchemaVersion: number;
  /** current: usable; outdated: run `inzage migrate` first; too-new: update Inzage. */
  schema: 'current' | 'outdated' | 'too-new';
}

/** Socket-level failures: the server is not there (or not on that port), whatever the login. */
const unreachable = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNRESET', 'ENOENT']);

/**
 * A pg failure as a DomainError: the server's own message is never passed on, because the clerk's
 * window shows the text and a server's message may quote the user name or the host; the code alone
 * says what to fix (PostgreSQL error codes, Appendix A: 28P01 invalid password, 28000 invalid
 * authorization, 3D000 no such database).
 */
export function connectionError(error: unknown): DomainError {
  if (error instanceof DomainError) return error;
  const code = typeof (error as { code?: unknown })?.code === 'string' ? (error as { code: string }).code : '';
  if (code === '28P01' || code === '28000') return new DomainError('team.login-refused');
  if (code === '3D000') return new DomainError('team.database-missing');
  if (unreachable.has(code)) return new DomainError('team.unreachable', { reason: code });
  if (error instanceof Error && /timeout/i.test(error.message)) return new DomainError('team.unreachable', { reason: 'timeout' });
  return new DomainError('team.unreachable', { reason: code || 'unknown' });
}

/** The URL with the password put in (Settings keeps them apart: the password only in the SecretStore). */
export function withPassword(url: string, password: string | null): string {
  if (!isPostgresUrl(url)) throw new DomainError('team.url-invalid');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new DomainError('team.url-invalid');
  }
  if (!parsed.hostname && !parsed.searchParams.get('host')) throw new DomainError('team.url-invalid');
  if (password) parsed.password = password;
  return parsed.toString();
}

/**
 * Connects once to the team's server and reads its version and Inzage's schema version there,
 * without changing anything and without keeping the connection. Every failure is a DomainError from
 * `connectionError`; the URL (with its password) never goes into one.
 */
export async function checkTeamConnection(url: string, options: { timeoutMs?: number } = {}): Promise<TeamConnectionCheck> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: options.timeoutMs ?? 5000, application_name: 'inzage' });
  // A connection that breaks after the check must not surface as an unhandled 'error' event.
  client.on('error', () => undefined);
  try {
    await client.connect();
    const version = await client.query<{ server_version: string }>('SHOW server_version');
    const schemaVersion = await postgresSchemaVersion(client);
    const migrated = await client.query<{ exists: boolean }>("SELECT to_regclass('inzage_schema') IS NOT NULL AS exists");
    const schema =
      schemaVersion > latestPostgresSchemaVersion
        ? 'too-new'
        : !migrated.rows[0]?.exists || schemaVersion < latestPostgresSchemaVersion
          ? 'outdated'
          : 'current';
    return { serverVersion: version.rows[0]?.server_version ?? '?', schemaVersion, appSchemaVersion: latestPostgresSchemaVersion, schema };
  } catch (error) {
    throw connectionError(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}
