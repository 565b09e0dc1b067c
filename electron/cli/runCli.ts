import { isDomainError } from '../../shared/errors/domainError.ts';
import { fillPlaceholders } from '../../shared/errors/errorMessages.ts';
import { cliErrorMessages } from './cliErrorMessages.ts';
import type { CliIo, Command } from './cliTypes.ts';
import { exitCodes, UsageError } from './cliTypes.ts';
import { auditCommand } from './commands/audit.ts';
import { reportCommand } from './commands/report.ts';
import { requestCommand } from './commands/request.ts';
import { importCommand } from './commands/import.ts';
import { searchCommand } from './commands/search.ts';
import { demoRequestCommand } from './commands/demoRequest.ts';
import { extractCommand } from './commands/extract.ts';
import { retentionCommand } from './commands/retention.ts';
import { seedCommand } from './commands/seed.ts';
import { showCommand } from './commands/show.ts';
import { statsCommand } from './commands/stats.ts';
import { verifyCommand } from './commands/verify.ts';

/** Every command of `inzage`; a new one is added here and in its own file under commands/. */
export const commands: readonly Command[] = [
  seedCommand,
  showCommand,
  statsCommand,
  searchCommand,
  importCommand,
  extractCommand,
  verifyCommand,
  retentionCommand,
  requestCommand,
  auditCommand,
  reportCommand,
  demoRequestCommand,
];

export function usageText(): string {
  const lines = commands.map((command) => `  ${command.usage}\n      ${command.summary}`);
  return `Usage: inzage COMMAND [options]\n\n${lines.join('\n')}\n\nWithout --db, commands use the app's own database (created as the demo database on first use).\n`;
}

/** Runs one CLI invocation and returns its exit code: 0 ok, 1 failure, 2 bad arguments. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.err : io.out)(usageText());
    return name === undefined ? exitCodes.usage : exitCodes.ok;
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    io.err(`inzage: unknown command "${name}"\n\n${usageText()}`);
    return exitCodes.usage;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`inzage ${name}: ${error.message}\nUsage: ${command.usage}\n`);
      return exitCodes.usage;
    }
    if (isDomainError(error)) {
      io.err(`inzage ${name}: ${fillPlaceholders(cliErrorMessages[error.code], error.params)}\n`);
      return exitCodes.failure;
    }
    io.err(`inzage ${name}: ${(error as Error).message}\n`);
    return exitCodes.failure;
  }
}
