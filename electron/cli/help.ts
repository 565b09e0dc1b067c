import type { Command } from './cliTypes.ts';

/**
 * True when the arguments ask for help (`--help` or `-h` anywhere before a `--`). Checked before a
 * command parses its flags, so every command and subcommand answers it the same way instead of
 * refusing it as an unknown option.
 */
export function asksForHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).some((arg) => arg === '--help' || arg === '-h');
}

/**
 * A command's usage for `--help`. For a command with subcommands (`request new --help`) it is the
 * part of the usage about that subcommand plus the notes that apply to all (lines in parentheses);
 * when the usage names no such subcommand, the whole usage.
 */
export function helpText(command: Command, args: readonly string[]): string {
  const whole = `Usage: ${command.usage}\n\n${command.summary}\n`;
  const sub = args.find((arg) => !arg.startsWith('-'));
  if (sub === undefined) return whole;
  const lines = command.usage.split('\n');
  const notes = lines.filter((line) => line.trim().startsWith('('));
  const forms = lines
    .filter((line) => !line.trim().startsWith('('))
    .join('\n')
    .split(/\s+(?=inzage )/)
    .map((form) => form.trim());
  const prefix = `inzage ${command.name} ${sub}`;
  const own = forms.filter((form) => form === prefix || form.startsWith(`${prefix} `));
  if (own.length === 0) return whole;
  return `Usage: ${own.join('\n       ')}\n${notes.map((note) => `${note.trim()}\n`).join('')}`;
}
