import { importCaseRecords } from '../../core/importer/importUseCase.ts';
import { loadDefaultPolicy } from '../../core/policy/loadPolicy.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../cliTypes.ts';
import { UsageError } from '../cliTypes.ts';
import { openCommandStore } from '../database.ts';
import { cliDeps } from '../cliDeps.ts';
import { readPendingBefore } from '../documentsReadReport.ts';

export const importCommand: Command = {
  name: 'import',
  summary: 'import case records and documents from the collection system (JSON Lines, docs/import-format.md); all or nothing',
  usage: 'inzage import PATH [--db FILE]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { db: { type: 'string' } });
    if (positionals.length !== 1) throw new UsageError('give exactly one PATH to an import file');
    const file = positionals[0]!;
    const store = await openCommandStore(values.db, io);
    const started = performance.now();
    let lastReport = 0;
    try {
      // The register: a record's source and a decision's rule set and outcome must be among its values (registerRules.ts).
      const deps = cliDeps(store, io, { needsClerk: false, register: loadDefaultPolicy });
      const result = await importCaseRecords(deps, {
        file,
        onProgress: (p) => {
          const now = performance.now();
          if (p.phase === 'indexing') io.err(`import: ${p.lines.toLocaleString('en')} lines read; updating the search index …\n`);
          else if (now - lastReport > 1000) {
            lastReport = now;
            io.err(`import: ${Math.floor((100 * p.bytes) / Math.max(p.totalBytes, 1))}% (${p.lines.toLocaleString('en')} lines)\n`);
          }
        },
      });
      const seconds = (performance.now() - started) / 1000;
      io.out(
        `Imported ${result.records.toLocaleString('en')} records in ${seconds.toFixed(1)} ` +
          `s (${Math.round(result.records / Math.max(seconds, 0.001)).toLocaleString('en')} ` +
          `records/s); search index updated for ${result.subjectsReindexed.toLocaleString('en')} ` +
          `subjects\n`,
      );
      for (const [table, count] of Object.entries(result.byTable)) io.out(`  ${table}: ${count.toLocaleString('en')}\n`);
      // Imported documents are stored, then read at once (issue 16.2); one that cannot be read is listed as unread, never as empty.
      if (result.byTable.documents) io.out(`${result.byTable.documents.toLocaleString('en')} documents stored; reading their text now\n`);
      // docs-read (issue 16.2): the documents' text is read now, so the search finds what they say.
      await readPendingBefore(deps, io, 'import');
      return 0;
    } finally {
      await store.close();
    }
  },
};
