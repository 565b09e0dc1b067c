import { execFileSync } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { exportJsonl } from '../../../electron/core/importer/exportJsonl.ts';
import { inzageProcess, startProcess, waitUntil } from '../../helpers/cliProcess.ts';
import { seedTestDatabase } from '../../helpers/demoDatabase.ts';
import { useTempDirs } from '../../helpers/tempDir.ts';

const loop = [process.execPath, '--import', 'tsx', join(process.cwd(), 'test/helpers/cliWriterLoop.ts')];

/**
 * Issue 13.6: two processes writing to one database at once failed with "database is locked" within
 * milliseconds. Real processes here, each with its own connection, as the app and the CLI (or two CLI
 * calls) are.
 */
describe('concurrent use of one database by several processes', () => {
  const tempDir = useTempDirs('test');
  let dir: string;
  let db: string;
  beforeEach(() => {
    dir = tempDir();
    const seeded = seedTestDatabase(dir, 100, 'concurrency');
    seeded.db.close();
    db = seeded.file;
  });

  const inzage = async (args: string[], env: NodeJS.ProcessEnv = {}) => startProcess([...inzageProcess, ...args, '--db', db], env).done;

  it('two processes registering, noting and searching at once: all succeed, references unique, audit chain valid', async () => {
    const perLane = 12;
    const lanes = ['A', 'B'].map((lane) => startProcess([...loop, db, lane, String(perLane)]));
    const results = await Promise.all(lanes.map((lane) => lane.done));
    for (const result of results) {
      expect(result.code, result.err).toBe(0);
      expect(result.err).not.toMatch(/locked|busy/i);
    }
    const references = results.flatMap((result) => result.out.trim().split('\n'));
    expect(references).toHaveLength(2 * perLane);
    expect(new Set(references).size).toBe(2 * perLane);
    const listed = JSON.parse((await inzage(['request', 'list', '--json'])).out) as { reference: string }[];
    expect(listed.map((request) => request.reference).sort()).toEqual([...references].sort());
    const audit = await inzage(['audit', 'verify', '--json']);
    expect(audit.code, audit.err).toBe(0);
    // Per request: created and noted; per search one entry.
    expect((JSON.parse(audit.out) as { ok: boolean; count: number }).count).toBeGreaterThanOrEqual(2 * perLane * 3);
  }, 300_000);

  it('an import in progress makes a writer wait with a message; past INZAGE_DB_WAIT_SECONDS a clear storage.busy', async () => {
    // The import reads a named pipe: it holds the database (its one transaction) until the test closes the pipe.
    const exported = join(dir, 'export.jsonl');
    const source = seedTestDatabase(dir, 100, 'concurrency-import', 'source.db');
    exportJsonl(source.db, exported, { exportedAt: '2026-11-01T00:00:00Z', source: 'test' });
    source.db.close();
    const lines = readFileSync(exported, 'utf8').split('\n');
    const fifo = join(dir, 'import.fifo');
    execFileSync('mkfifo', [fifo]);
    const importing = startProcess([...inzageProcess, 'import', fifo, '--db', db]);
    const pipe = createWriteStream(fifo);
    pipe.write(`${lines.slice(0, 200).join('\n')}\n`);
    await waitUntil(() => existsSync(`${db}-importing`) || importing.err().includes('FAIL'), 'the import holds the database');

    const patient = startProcess([
      ...inzageProcess,
      'request',
      'new',
      '--received',
      '2026-11-02',
      '--channel',
      'letter',
      '--requester',
      'Waits Patiently',
      '--db',
      db,
    ]);
    await waitUntil(() => patient.err().includes('waiting for the database: an import is running'), 'the writer says it waits');
    const impatient = await inzage(['request', 'note', 'INZ-2026-0001', 'will not wait'], { INZAGE_DB_WAIT_SECONDS: '1' });
    expect(impatient.code).toBe(1);
    expect(impatient.err).toContain('inzage request: the database stayed busy with another process (an import?)');
    expect(patient.out()).toBe('');

    pipe.end(lines.slice(200).join('\n'));
    const imported = await importing.done;
    expect(imported.code, imported.err).toBe(0);
    const waited = await patient.done;
    expect(waited.code, waited.err).toBe(0);
    expect(waited.out).toMatch(/^INZ-2026-0001 /m);
    expect(existsSync(`${db}-importing`)).toBe(false);
    const audit = await inzage(['audit', 'verify']);
    expect(audit.code, audit.err).toBe(0);
  }, 300_000);
});
