import { existsSync } from 'node:fs';
import { DomainError } from '../../../shared/errors/domainError.ts';
import { isPostgresUrl } from '../../core/db/postgres/postgresUrl.ts';
import { buildDemoDatabase } from '../../core/demo/demoUseCases.ts';
import { minimumDemoSubjects } from '../../core/demo/generateDemo.ts';
import { defaultDatabaseFile } from '../../core/paths.ts';
import { resolveCliKeys } from '../cliKeys.ts';
import { loadDefaultPolicy } from '../../core/policy/loadPolicy.ts';
import { parseCommandArgs, positiveInteger } from '../args.ts';
import type { Command } from '../cliTypes.ts';
import { UsageError } from '../cliTypes.ts';

export const seedCommand: Command = {
  name: 'seed',
  summary: 'create a database filled with synthetic demo case records',
  usage: `inzage seed --db FILE --subjects N [--seed S]   (N ≥ ${minimumDemoSubjects}; same seed → identical database)`,
  run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      db: { type: 'string' },
      subjects: { type: 'string' },
      seed: { type: 'string' },
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const subjects = positiveInteger(values.subjects, '--subjects');
    if (subjects < minimumDemoSubjects) throw new UsageError(`--subjects must be at least ${minimumDemoSubjects}`);
    // Synthetic records go into a new file; a team server is filled with `inzage import` (docs/team.md).
    if (values.db !== undefined && isPostgresUrl(values.db)) throw new DomainError('team.needs-file', { command: 'seed' });
    const file = values.db ?? defaultDatabaseFile(io.env);
    if (existsSync(file)) throw new Error(`${file} exists already; seed into a new file (nothing was changed)`);
    const started = performance.now();
    let lastReport = 0;
    const result = buildDemoDatabase({
      file,
      key: resolveCliKeys(io.env).database,
      subjects,
      ...(values.seed !== undefined ? { seed: values.seed } : {}),
      register: loadDefaultPolicy(),
      onProgress: (done, total) => {
        const now = performance.now();
        if (now - lastReport > 1000 || done === total) {
          lastReport = now;
          io.err(`seeding: ${done.toLocaleString('en')} / ${total.toLocaleString('en')} subjects\n`);
        }
      },
    });
    const seconds = (performance.now() - started) / 1000;
    io.out(
      `Seeded ${file}: ${result.subjects.toLocaleString('en')} subjects, ${result.rows.toLocaleString('en')} ` +
        `rows in ${seconds.toFixed(1)} s ` +
        `(${Math.round(result.subjects / seconds).toLocaleString('en')} subjects/s, ` +
        `${Math.round(result.rows / seconds).toLocaleString('en')} rows/s)\n`,
    );
    return 0;
  },
};
