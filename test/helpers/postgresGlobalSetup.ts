import type { TestProject } from 'vitest/node';
import { startTestPostgres, stopTestPostgres } from './postgresServer.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The test server's admin URL (its `postgres` database); testPostgres.ts makes a fresh database per test. */
    postgresUrl: string;
  }
}

/**
 * vitest global setup (node and e2e projects): the PostgreSQL server the team backend's tests use.
 * `.ci/run` starts one and passes it as INZAGE_TEST_PG; without that, a throwaway one is started
 * here from Debian's postgresql binaries and stopped when the run ends (postgresServer.ts).
 */
export default function setup(project: TestProject): () => void {
  const given = process.env.INZAGE_TEST_PG;
  const started = given ? null : startTestPostgres();
  project.provide('postgresUrl', given ?? started!.url);
  return () => {
    if (started) stopTestPostgres(started.dir);
  };
}
