/**
 * A real process that writes to one database many times, through the CLI's own entry (runCli), as a
 * script calling `inzage` in a loop would, without paying a process start per call: for each of
 * `count` requests it registers one, adds a note to it, and searches (an audit entry written outside
 * any use-case transaction). Prints the references it registered, one a line; exits 1 on the first
 * command that fails, with that command's stderr.
 *
 * node --import tsx test/helpers/cliWriterLoop.ts DB LANE COUNT
 */
import { runCli } from '../../electron/cli/runCli.ts';

const [db, lane, count] = process.argv.slice(2) as [string, string, string];

async function run(args: string[]): Promise<string> {
  let out = '';
  let err = '';
  const code = await runCli([...args, '--db', db], {
    out: (text) => (out += text),
    err: (text) => (err += text),
    env: { ...process.env, INZAGE_CLERK: `Clerk ${lane}` },
  });
  if (code !== 0) {
    process.stderr.write(`${args[0]} ${args[1] ?? ''} failed (exit ${code}): ${err}`);
    process.exit(1);
  }
  if (err !== '') process.stderr.write(err);
  return out;
}

for (let index = 1; index <= Number(count); index++) {
  const created = JSON.parse(
    await run(['request', 'new', '--received', '2026-11-02', '--channel', 'letter', '--requester', `Lane ${lane} nr ${index}`, '--json']),
  ) as { reference: string };
  await run(['request', 'note', created.reference, `note ${index} from lane ${lane}`]);
  await run(['search', 'van den Berg', '--limit', '3']);
  process.stdout.write(`${created.reference}\n`);
}
