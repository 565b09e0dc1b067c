import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { Db } from './openDatabase.ts';

const byDb = new WeakMap<Db, Map<string, Statement>>();

/**
 * The statement for `sql`, compiled once per connection. For queries that run on every request
 * shown or every audit entry written, where compiling the SQL each time costs more than running it.
 */
export function prepared(db: Db, sql: string): Statement {
  let statements = byDb.get(db);
  if (!statements) {
    statements = new Map();
    byDb.set(db, statements);
  }
  let statement = statements.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    statements.set(sql, statement);
  }
  return statement;
}
