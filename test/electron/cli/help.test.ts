import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandNames, loadCommand } from '../../../electron/cli/runCli.ts';
import { cli } from '../../helpers/cliHarness.ts';
import { useTempDirs } from '../../helpers/tempDir.ts';

/** The subcommands a command's usage names (`inzage request new …`, `inzage audit verify …`). */
async function subcommandsOf(name: string): Promise<string[]> {
  const { usage } = (await loadCommand(name))!;
  return [...new Set([...usage.matchAll(new RegExp(`inzage ${name} ([a-z]+)`, 'g'))].map((match) => match[1]!))];
}

describe('inzage COMMAND --help', () => {
  const tempDir = useTempDirs();

  it.each(commandNames)('%s answers --help and -h with its usage on stdout, exit 0, touching no database', async (name) => {
    expect((await loadCommand(name))!.name).toBe(name);
    const env = { INZAGE_USER_DATA: tempDir() };
    for (const flag of ['--help', '-h']) {
      const result = await cli([name, flag], env);
      expect(result).toMatchObject({ code: 0, err: '' });
      expect(result.out).toMatch(new RegExp(`^Usage: inzage ${name}\\b`));
    }
    // Also after other flags, and as `inzage help NAME`.
    expect(await cli([name, '--db', join(env.INZAGE_USER_DATA, 'none.db'), '--help'], env)).toMatchObject({ code: 0 });
    expect((await cli(['help', name], env)).out).toBe((await cli([name, '--help'], env)).out);
    expect(existsSync(join(env.INZAGE_USER_DATA, 'inzage.db'))).toBe(false);
  });

  it('report --help is no longer refused as an unknown option', async () => {
    const result = await cli(['report', '--help']);
    expect(result.code).toBe(0);
    expect(result.out).toContain('inzage report [--from YYYY-MM-DD]');
  });

  it.each(['request', 'audit'])('every subcommand of %s answers --help with its own usage', async (name) => {
    const subcommands = await subcommandsOf(name);
    expect(subcommands.length).toBeGreaterThan(name === 'request' ? 10 : 1);
    for (const sub of subcommands) {
      const result = await cli([name, sub, '--help'], { INZAGE_USER_DATA: tempDir() });
      expect(result).toMatchObject({ code: 0, err: '' });
      const forms = result.out.match(new RegExp(`inzage ${name} [a-z]+`, 'g'));
      expect(new Set(forms)).toEqual(new Set([`inzage ${name} ${sub}`]));
    }
  });

  it('a subcommand that takes a reference still answers help before checking its arguments', async () => {
    const result = await cli(['request', 'status', 'INZ-2026-0001', '-h']);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^Usage: inzage request status REF STATUS/);
    expect(result.out).toContain('(all take [--db FILE]');
  });

  it('a --help after -- is an argument, not a request for help', async () => {
    const result = await cli(['stats', '--', '--help']);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/unexpected argument "--help"/);
  });
});
