import type { Db } from '../db/openDatabase.ts';
import { writeFileAtomicSync } from '../files/atomicWrite.ts';
import { recordTableNames, recordTables } from '../db/recordTables.ts';
import { importFormatName, importFormatVersion } from './importFormat.ts';
import { systemClock } from '../clock/clock.ts';

export interface ExportOptions {
  /** Written into the header, e.g. the name of the collection system. */
  source?: string;
  exportedAt?: string;
}

/**
 * Writes every case record of the database as an import file (docs/import-format.md), the way a
 * collection system would export it: used for round trips in tests and to make realistic files for
 * the import benchmark. Written to a temporary name in the target folder and renamed when complete.
 */
export function exportJsonl(db: Db, file: string, options: ExportOptions = {}): number {
  let records = 0;
  writeFileAtomicSync(file, (writeChunk) => {
    let buffered: string[] = [];
    let size = 0;
    const flush = () => {
      writeChunk(buffered.join(''));
      buffered = [];
      size = 0;
    };
    const write = (object: unknown) => {
      const text = `${JSON.stringify(object)}\n`;
      buffered.push(text);
      size += text.length;
      if (size > 1 << 20) flush();
    };
    write({
      format: importFormatName,
      version: importFormatVersion,
      exportedAt: options.exportedAt ?? systemClock().now().toISOString(),
      source: options.source ?? 'inzage-export',
    });
    for (const table of recordTableNames) {
      const statement = db.prepare(`SELECT ${recordTables[table].join(', ')} FROM ${table} ORDER BY rowid`);
      for (const record of statement.iterate()) {
        write({ table, record });
        records++;
      }
    }
    write({ end: { records } });
    flush();
  });
  return records;
}
