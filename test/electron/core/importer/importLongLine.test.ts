import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/db/openDatabase.ts';
import { recordTableNames } from '../../../../electron/core/db/recordTables.ts';
import { ImportError } from '../../../../electron/core/importer/importFormat.ts';
import type { ImportProgress } from '../../../../electron/core/importer/importJsonl.ts';
import { importJsonl } from '../../../../electron/core/importer/importJsonl.ts';
import { maxLineBytes } from '../../../../electron/core/importer/importLineReader.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';
import { testKeys } from '../../../helpers/testKeys.ts';

const header = '{"format":"inzage-case-records","version":1}\n';
const mib = 1 << 20;

/** Writes `header`, then `bytes` of one record's text that never ends in a newline, 1 MiB at a time. */
function endlessLine(file: string, start: string, bytes: number): void {
  const fd = openSync(file, 'w');
  writeSync(fd, start);
  const filler = Buffer.alloc(mib, 'x');
  for (let written = 0; written < bytes; written += mib) writeSync(fd, filler);
  closeSync(fd);
}

/**
 * Issue 13: input without newlines is refused once a line exceeds the limit, with progress meanwhile,
 * instead of being gathered to the end of the file (one line of a few GiB would fill the memory
 * first, and the clerk would see nothing happen).
 */
describe('importJsonl on a line that does not end', () => {
  const tempDir = useTempDirs();

  it.each([
    ['after the header', `${header}{"table":"subjects","record":{"id":"`, 2],
    ['with no newline at all', '{"format":"inzage-case-records","version":1,"source":"', 1],
  ])('refuses it %s once it passes the limit, reporting progress meanwhile', async (_, start, line) => {
    const dir = tempDir();
    const file = join(dir, 'endless.jsonl');
    const size = maxLineBytes + 24 * mib;
    endlessLine(file, start, size);
    const db = openDatabase(join(dir, 'target.db'), testKeys.database);
    const progress: ImportProgress[] = [];
    const error = await importJsonl(db, file, { onProgress: (p) => progress.push(p) }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ImportError);
    expect(error).toMatchObject({ file: 'endless.jsonl', line });
    expect((error as ImportError).reason).toMatch(/longer than \d+ bytes/);
    const reading = progress.filter((p) => p.phase === 'reading');
    // Progress while the line grew, at every chunk read, up to where it was refused: not the whole file.
    expect(reading.length).toBeGreaterThanOrEqual(maxLineBytes / mib);
    expect(reading.at(-1)!.bytes).toBeLessThan(maxLineBytes + 3 * mib);
    expect(reading.at(-1)!.totalBytes).toBeGreaterThan(size);
    expect(recordTableNames.map((t) => db.prepare(`SELECT count(*) FROM ${t}`).pluck().get())).toEqual(recordTableNames.map(() => 0));
    db.close();
  });
});
