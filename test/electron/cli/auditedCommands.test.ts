import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditEntries, digestForAudit } from '../../../electron/core/audit/auditLog.ts';
import { openDatabase } from '../../../electron/core/db/openDatabase.ts';
import { cli } from '../../helpers/cliHarness.ts';
import { seedTestDatabase } from '../../helpers/demoDatabase.ts';
import { useTempDirs } from '../../helpers/tempDir.ts';
import { testKeys } from '../../helpers/testKeys.ts';

/** Searching and exporting from the command line leave the same audit trail as the app (Art. 5(2)). */
describe('audited CLI commands', () => {
  const tempDir = useTempDirs();
  const env = { INZAGE_TODAY: '2026-11-24', INZAGE_CLERK: 'Eva Bos' };

  it('search logs who searched and which subjects it showed, with the query only as its digest', async () => {
    const dir = tempDir();
    const { db, file } = seedTestDatabase(dir, 200);
    db.close();
    const query = 'Jan van den Berg';
    expect((await cli(['search', query, '--db', file], env)).code).toBe(0);
    const reopened = openDatabase(file, testKeys.database);
    const last = auditEntries(reopened).at(-1)!;
    reopened.close();
    expect(last).toMatchObject({
      actor: 'Eva Bos',
      action: 'search',
      // Keyed with the installation's query key (issue 13.8), not a plain SHA-256 anyone can recompute.
      details: { query: digestForAudit(testKeys.query, query) },
    });
    // The app's search use case: the subjects shown (ids only), one query per CLI call.
    expect(last.details).toMatchObject({ queries: 1 });
    expect((last.details!.shown as string[]).length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(last)).not.toContain('Berg');
  });

  it('extract --request REF takes the linked subjects and records both outputs with their SHA-256', async () => {
    const dir = tempDir();
    const { db, file, result } = seedTestDatabase(dir, 200);
    db.close();
    const run = (...args: string[]) => cli([...args, '--db', file], { ...env, INZAGE_USER_DATA: dir });
    const created = JSON.parse(
      (
        await run(
          'request',
          'new',
          '--received',
          '2026-11-20',
          '--channel',
          'letter',
          '--requester',
          'Anna de Jong',
          '--kind',
          'both',
          '--json',
        )
      ).out,
    );
    const reference = created.reference as string;
    expect((await run('request', 'link', reference, result.landmarks.sharedCase.debtor)).code).toBe(0);
    const out = join(dir, 'out');
    const extracted = await run('extract', '--request', reference, '--out', out);
    expect(extracted.code).toBe(0);
    const shown = JSON.parse((await run('request', 'show', reference, '--json')).out);
    const outputs = shown.outputs as { kind: string; fileName: string; sha256: string }[];
    expect(outputs.map((o) => o.kind).sort()).toEqual(['archive', 'pdf']);
    for (const output of outputs) {
      expect(extracted.out).toContain(output.fileName);
      // Intact (exit 3, not 1): signed with the demo certificate, which no trust anchor names (issue 13.5).
      expect((await cli(['verify', join(out, output.fileName)], env)).code).toBe(3);
    }
    expect((await run('extract', '--request', reference, '--subject', 'S0000001', '--out', out)).code).toBe(2);

    // Beside the files, the audit trail's checkpoint (issue 13.4), covering this export's own entries, owner-only.
    const checkpointFile = join(out, 'audit-checkpoint.json');
    expect(extracted.err).toContain(checkpointFile);
    expect(statSync(checkpointFile).mode & 0o777).toBe(0o600);
    const checkpoint = JSON.parse(readFileSync(checkpointFile, 'utf8')) as { count: number };
    const reopened = openDatabase(file, testKeys.database);
    expect(auditEntries(reopened).at(-1)!).toMatchObject({ seq: checkpoint.count, action: 'export' });
    reopened.close();
    expect(await run('audit', 'verify', '--checkpoint', checkpointFile)).toMatchObject({
      code: 0,
      out: expect.stringMatching(new RegExp(`its ${checkpoint.count} entries are all still there`)),
    });
  });
});
