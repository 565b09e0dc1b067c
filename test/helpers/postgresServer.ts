import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A throwaway PostgreSQL server for the tests (issue 15.5): Debian's `postgresql` binaries, a fresh
 * cluster in a temporary folder, listening only on a Unix socket in that folder (no TCP port to
 * collide with), trusted local login. `.ci/run` starts one before `npm test` and stops it after; a
 * developer's `npm test` without INZAGE_TEST_PG starts its own through the vitest global setup.
 * Run as a script: `node --import tsx test/helpers/postgresServer.ts start|stop DIR`.
 */
export interface TestPostgres {
  /** The server's `postgres` database; the socket folder is in `host=` (pg takes it over the URL's host). */
  url: string;
  dir: string;
}

const port = 54329;

function binDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  const found = versions.map((v) => join(root, v, 'bin')).find((dir) => existsSync(join(dir, 'initdb')));
  if (!found) throw new Error(`PostgreSQL is not installed (no ${root}/*/bin/initdb): apt-get install postgresql, or set INZAGE_TEST_PG`);
  return found;
}

/** initdb refuses to run as root: as root, the cluster belongs to Debian's `postgres` user. */
function asServerUser(command: string, args: string[], dir: string): void {
  const root = process.getuid?.() === 0;
  const [file, argv] = root ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
  const result = spawnSync(file, argv, { cwd: dir, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} failed (${result.status}): ${result.stderr || result.stdout}`);
}

export function startTestPostgres(): TestPostgres {
  const bin = binDir();
  const dir = mkdtempSync(join(tmpdir(), 'inzage-pg-'));
  chmodSync(dir, 0o755);
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  asServerUser(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8'], dir);
  // Tuned for throwaway test data: durability off, enough connections for parallel test files.
  const options =
    `-k ${dir} -p ${port} -c listen_addresses='' ` +
    '-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200';
  asServerUser(join(bin, 'pg_ctl'), ['-D', data, '-l', join(dir, 'server.log'), '-o', options, '-w', 'start'], dir);
  return { url: `postgres://postgres@localhost/postgres?host=${encodeURIComponent(dir)}&port=${port}`, dir };
}

export function stopTestPostgres(dir: string): void {
  const data = join(dir, 'data');
  if (existsSync(data)) asServerUser(join(binDir(), 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop'], dir);
  rmSync(dir, { recursive: true, force: true });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [command, dir] = process.argv.slice(2);
  if (command === 'start') {
    const server = startTestPostgres();
    process.stdout.write(`${server.dir}\n${server.url}\n`);
  } else if (command === 'stop' && dir) {
    stopTestPostgres(dir);
  } else {
    process.stderr.write('usage: postgresServer.ts start | stop DIR\n');
    process.exit(2);
  }
}
