import { existsSync } from 'node:fs';
import type { AuditCheckpoint } from '../../core/audit/auditCheckpoint.ts';
import { demoRebuildWord } from '../../../shared/demo/demoRebuild.ts';
import {
  backupFileFor,
  checkDemoRebuild,
  recordRebuildDone,
  recordRebuildStart,
  swapInRebuiltDatabase,
} from '../../core/demo/demoRebuild.ts';
import { buildDemoDatabase } from '../../core/demo/demoUseCases.ts';
import { minimumDemoSubjects } from '../../core/demo/generateDemo.ts';
import { defaultDatabaseFile } from '../../core/paths.ts';
import { loadDefaultPolicy } from '../../core/policy/loadPolicy.ts';
import { parseCommandArgs, positiveInteger } from '../args.ts';
import { cliDeps } from '../cliDeps.ts';
import { resolveCliKeys } from '../cliKeys.ts';
import type { Command } from '../cliTypes.ts';
import { UsageError } from '../cliTypes.ts';
import { openCommandDatabase } from '../database.ts';
import { cliWriteLock } from '../writeLockNotice.ts';
import { DomainError } from '../../../shared/errors/domainError.ts';
import { isPostgresUrl } from '../../core/db/postgres/postgresUrl.ts';
import { sqliteStore } from '../../core/store/sqliteStore.ts';

/**
 * `inzage demo rebuild --confirm DEMO`: the window's "Rebuild demo database" (demo/demoRebuild.ts,
 * issue 13.3). Only the demo database, only with the word; the rebuild is written to the old trail
 * first, the old file is kept as a timestamped, owner-only backup, and the new trail starts by naming it.
 */
export const demoCommand: Command = {
  name: 'demo',
  summary: `rebuild the demo database (only the demo database; the old file is kept as a backup; --confirm ${demoRebuildWord})`,
  usage: `inzage demo rebuild --confirm ${demoRebuildWord} [--subjects N] [--db FILE] [--clerk NAME]`,
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub !== 'rebuild') throw new UsageError(sub === undefined ? 'give a subcommand: rebuild' : `unknown subcommand "${sub}"`);
    const { values, positionals } = parseCommandArgs(rest, {
      confirm: { type: 'string' },
      subjects: { type: 'string' },
      db: { type: 'string' },
      clerk: { type: 'string' },
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const subjects = values.subjects === undefined ? 2000 : positiveInteger(values.subjects, '--subjects');
    if (subjects < minimumDemoSubjects) throw new UsageError(`--subjects must be at least ${minimumDemoSubjects}`);
    // The demo database is a file of its own; a team server is never replaced by a demo (team.needs-file).
    if (values.db !== undefined && isPostgresUrl(values.db)) throw new DomainError('team.needs-file', { command: 'demo rebuild' });
    const file = values.db ?? defaultDatabaseFile(io.env);
    if (!existsSync(file))
      throw new UsageError(`${file}: no such database (create a demo database with: inzage seed --db ${file} --subjects N)`);

    const register = loadDefaultPolicy();
    const old = openCommandDatabase(file, io);
    let backupFile: string;
    let previous: AuditCheckpoint;
    try {
      checkDemoRebuild(old, values.confirm);
      const deps = cliDeps(sqliteStore(old, { keys: resolveCliKeys(io.env), writeLock: cliWriteLock(io) }), io, {
        clerk: values.clerk,
        register: () => register,
      });
      backupFile = backupFileFor(file, deps.clock.now());
      // First the record, then the work: the trail being replaced says by whom and when.
      await recordRebuildStart(deps, { subjects, backupFile });
      previous = await deps.store.audit.checkpoint(deps.clock.now());
    } finally {
      old.close();
    }
    const built = `${file}.rebuilding`;
    buildDemoDatabase({
      file: built,
      key: resolveCliKeys(io.env).database,
      subjects,
      register,
      onProgress: (done, total) => {
        if (done === total) io.err(`built ${total.toLocaleString('en')} subjects\n`);
      },
    });
    swapInRebuiltDatabase({ databaseFile: file, builtFile: built, backupFile, previous });
    const fresh = openCommandDatabase(file, io);
    try {
      await recordRebuildDone(
        cliDeps(sqliteStore(fresh, { keys: resolveCliKeys(io.env), writeLock: cliWriteLock(io) }), io, {
          clerk: values.clerk,
          register: () => register,
        }),
        { backupFile, previous },
      );
    } finally {
      fresh.close();
    }
    io.out(`Rebuilt the demo database ${file} (${subjects.toLocaleString('en')} subjects); the old file is kept as ${backupFile}\n`);
    return 0;
  },
};
