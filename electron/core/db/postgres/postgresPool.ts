import pg from 'pg';

/**
 * The team backend's connection (issue 15.1; docs/team.md): a `pg` pool over the server named by a
 * postgres:// URL. Every statement is parameterised ($1, $2 …); no value is ever spliced into SQL.
 */
export type Sql = Pick<pg.PoolClient, 'query'>;

// Types come back as the SQLite backend gives them: dates and instants as their ISO text (an IsoDate
// is a string everywhere in the core), counts (int8) as numbers (a count never nears 2^53).
const DATE = 1082;
const TIMESTAMP = 1114;
const TIMESTAMPTZ = 1184;
const INT8 = 20;
const asText = (value: string): string => value;
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === DATE || oid === TIMESTAMP || oid === TIMESTAMPTZ) return asText;
    if (oid === INT8) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

export function openPostgresPool(url: string, options: { max?: number } = {}): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10, application_name: 'inzage', types });
  // An idle pooled connection the server ends (a restart, a dropped database) emits 'error' on the pool; without
  // a listener Node ends the process. The pool drops that connection and the next query opens a fresh one, which
  // reports a real outage to the use case that asked.
  pool.on('error', () => undefined);
  return pool;
}
