/**
 * Telling a team server's URL from a SQLite file name, and showing it without its password
 * (docs/team.md). Kept apart from postgresPool.ts so that a command on a SQLite file never loads `pg`.
 */
/** Whether a --db value, INZAGE_DB or the Settings field names a PostgreSQL server rather than a SQLite file. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/** The URL without its password, for messages and `inzage stats` (a password is never shown or logged). */
export function describePostgresUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return decodeURIComponent(parsed.toString());
  } catch {
    return 'postgres://(unreadable URL)';
  }
}
