import { isDomainError } from '../../shared/errors/domainError.ts';
import { fillPlaceholders } from '../../shared/errors/errorMessages.ts';
import { toDomainError } from '../core/errors/toDomainError.ts';
import { cliErrorMessages } from './cliErrorMessages.ts';
import type { CliIo, Command } from './cliTypes.ts';
import { exitCodes, UsageError } from './cliTypes.ts';
import { prepareCommandDatabase } from './database.ts';
import { asksForHelp, helpText } from './help.ts';

/**
 * Every command of `inzage`, in the order the usage lists them, each loaded only when it is run: a
 * call pays for its own command's modules only (pdfkit, archiver and pkijs load for extract, verify
 * and demo-request, not for stats or search). A new command is added here and in its own file under
 * commands/.
 */
const commandLoaders: Record<string, () => Promise<Command>> = {
  seed: async () => (await import('./commands/seed.ts')).seedCommand,
  show: async () => (await import('./commands/show.ts')).showCommand,
  stats: async () => (await import('./commands/stats.ts')).statsCommand,
  search: async () => (await import('./commands/search.ts')).searchCommand,
  import: async () => (await import('./commands/import.ts')).importCommand,
  extract: async () => (await import('./commands/extract.ts')).extractCommand,
  verify: async () => (await import('./commands/verify.ts')).verifyCommand,
  retention: async () => (await import('./commands/retention.ts')).retentionCommand,
  register: async () => (await import('./commands/register.ts')).registerCommand,
  request: async () => (await import('./commands/request.ts')).requestCommand,
  audit: async () => (await import('./commands/audit.ts')).auditCommand,
  report: async () => (await import('./commands/report.ts')).reportCommand,
  'demo-request': async () => (await import('./commands/demoRequest.ts')).demoRequestCommand,
  demo: async () => (await import('./commands/demo.ts')).demoCommand,
  team: async () => (await import('./commands/team.ts')).teamCommand,
  migrate: async () => (await import('./commands/migrate.ts')).migrateCommand,
  // docs-read (issue 16.2)
  documents: async () => (await import('./commands/documents.ts')).documentsCommand,
};

export const commandNames: readonly string[] = Object.keys(commandLoaders);

export function loadCommand(name: string): Promise<Command> | undefined {
  return Object.hasOwn(commandLoaders, name) ? commandLoaders[name]!() : undefined;
}

/** The overall usage; it loads every command (for their summaries), so only asked-for help pays for that. */
export async function usageText(): Promise<string> {
  const all = await Promise.all(commandNames.map((name) => loadCommand(name)!));
  const lines = all.map((command) => `  ${command.usage}\n      ${command.summary}`);
  return (
    `Usage: inzage COMMAND [options]\n\n${lines.join('\n')}\n\n--db takes a SQLite file or the team's ` +
    `PostgreSQL server (postgres://USER@HOST:PORT/DATABASE; the password in PGPASSWORD or ~/.pgpass).\n` +
    `Without --db, commands use INZAGE_DB, else the app's own database (created as the demo database on first ` +
    `use).\nEvery command answers --help (or -h).\n`
  );
}

/** Runs one CLI invocation and returns its exit code: 0 ok, 1 failure, 2 bad arguments. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [given, ...rest] = argv;
  // `inzage help COMMAND …` is `inzage COMMAND … --help`.
  const name = given === 'help' && rest.length > 0 ? rest[0] : given;
  const args = given === 'help' && rest.length > 0 ? [...rest.slice(1), '--help'] : rest;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.err : io.out)(await usageText());
    return name === undefined ? exitCodes.usage : exitCodes.ok;
  }
  const command = await loadCommand(name);
  if (!command) {
    io.err(`inzage: unknown command "${name}"\n\n${await usageText()}`);
    return exitCodes.usage;
  }
  if (asksForHelp(args)) {
    io.out(helpText(command, args));
    return exitCodes.ok;
  }
  try {
    await prepareCommandDatabase(args, io.env);
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`inzage ${name}: ${error.message}\nUsage: ${command.usage}\n`);
      return exitCodes.usage;
    }
    io.err(`inzage ${name}: ${cliFailureText(error)}\n`);
    return exitCodes.failure;
  }
}

/**
 * A failure as the command line says it: a DomainError (or an SQLite failure, mapped to one) in the
 * CLI's own words, which may name a flag (cliErrorMessages.ts); any other error by its message, which
 * here goes to the clerk's own terminal (a path they typed, say).
 */
export function cliFailureText(error: unknown): string {
  const sqlite = typeof (error as { code?: unknown })?.code === 'string' && (error as { code: string }).code.startsWith('SQLITE_');
  if (isDomainError(error) || sqlite) {
    const domain = toDomainError(error);
    return fillPlaceholders(cliErrorMessages[domain.code], domain.params);
  }
  return error instanceof Error ? error.message : String(error);
}
