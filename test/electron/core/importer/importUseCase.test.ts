import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditEntries } from '../../../../electron/core/audit/auditLog.ts';
import { openDatabase } from '../../../../electron/core/db/openDatabase.ts';
import { exportJsonl } from '../../../../electron/core/importer/exportJsonl.ts';
import { importCaseRecords } from '../../../../electron/core/importer/importUseCase.ts';
import { seedTestDatabase } from '../../../helpers/demoDatabase.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';
import { testKeys } from '../../../helpers/testKeys.ts';
import { refusal, testUseCaseDeps } from '../../../helpers/useCaseDeps.ts';

/**
 * Issue 13.3: an import overwrites records with the same id, so it is a destructive action and goes
 * into the audit trail first (the file's digest and size, never its name), then its end: the counts,
 * or the code of the refusal.
 */
describe('importCaseRecords in the audit trail', () => {
  const tempDir = useTempDirs();

  function exportedFile(dir: string): string {
    const { db } = seedTestDatabase(dir, 40, 'import-audit', 'source.db');
    const file = join(dir, 'export.jsonl');
    exportJsonl(db, file, { exportedAt: '2026-11-01T00:00:00Z', source: 'test' });
    db.close();
    return file;
  }

  it('records the start before importing, and the digest of the bytes imported and the counts after', async () => {
    const dir = tempDir();
    const file = exportedFile(dir);
    const db = openDatabase(join(dir, 'target.db'), testKeys.database);
    const deps = testUseCaseDeps(db, 'M. de Vries').on('2026-03-06');
    const result = await importCaseRecords(deps, { file });
    const entries = auditEntries(db).filter((entry) => entry.action.startsWith('records.'));
    const sha256 = createHash('sha256').update(readFileSync(file)).digest('hex');
    expect(entries.map((entry) => entry.action)).toEqual(['records.import', 'records.imported']);
    expect(entries[0]).toMatchObject({ actor: 'M. de Vries', details: null });
    expect(entries[1]!.details).toMatchObject({ sha256, records: result.records });
    // References only: the file's name (which may name a person or a client) is not in the trail.
    expect(JSON.stringify(entries)).not.toContain('export.jsonl');
    db.close();
  });

  it('records a refused import with its code, and the records stay as they were', async () => {
    const dir = tempDir();
    const good = readFileSync(exportedFile(dir), 'utf8').split('\n');
    const bad = join(dir, 'bad.jsonl');
    // A record line that is not JSON: refused with its line number, nothing imported.
    writeFileSync(bad, [good[0], good[1], '{not json', ...good.slice(2)].join('\n'));
    const db = openDatabase(join(dir, 'target.db'), testKeys.database);
    const deps = testUseCaseDeps(db).on('2026-03-06');
    expect((await refusal(importCaseRecords(deps, { file: bad }))).code).toBe('import.invalid-record');
    expect(db.prepare('SELECT count(*) FROM subjects').pluck().get()).toBe(0);
    const entries = auditEntries(db).filter((entry) => entry.action.startsWith('records.'));
    expect(entries.map((entry) => [entry.action, entry.details?.code ?? null])).toEqual([
      ['records.import', null],
      ['records.import-refused', 'import.invalid-record'],
    ]);
    db.close();
  });
});
