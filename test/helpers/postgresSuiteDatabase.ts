import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, inject } from 'vitest';
import { postgresUrlOf } from './testPostgres.ts';

async function onAdmin(statement: string): Promise<void> {
  const admin = new pg.Client({ connectionString: inject('postgresUrl') });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}

/**
 * As testPostgres.ts usePostgresDatabases, but a database lives for the whole describe block (dropped
 * in afterAll): for suites that fill one index once (beforeAll) and ask it many questions.
 */
export function usePostgresSuiteDatabases(): () => Promise<string> {
  const made: string[] = [];
  afterAll(async () => {
    // The name is ours (hex), not input: CREATE/DROP DATABASE take no parameters.
    for (const name of made.splice(0)) await onAdmin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });
  return async () => {
    const name = `inzage_suite_${randomBytes(6).toString('hex')}`;
    await onAdmin(`CREATE DATABASE ${name}`);
    made.push(name);
    return postgresUrlOf(name);
  };
}
