import { join } from 'node:path';
import { runDemoRequest } from '../../core/demo/runDemoRequest.ts';
import { userDataDir } from '../../core/paths.ts';
import { loadDefaultPolicy } from '../../core/policy/loadPolicy.ts';
import { resolveActor } from '../actor.ts';
import { parseCommandArgs } from '../args.ts';
import { resolveCliKeys } from '../cliKeys.ts';
import type { Command } from '../cliTypes.ts';
import { UsageError } from '../cliTypes.ts';
import { openCommandDatabase } from '../database.ts';
import { resolveSigningIdentity } from '../signingOptions.ts';

export const demoRequestCommand: Command = {
  name: 'demo-request',
  summary:
    'run a whole request headless on the demo database: register, identity, ' +
    'search among namesakes, link, extract, sign, archive, verify, send',
  usage: 'inzage demo-request [--db FILE] [--out DIR] [--lang nl|en] [--clerk NAME] [--p12 FILE --p12-pass-env VAR]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      db: { type: 'string' },
      out: { type: 'string' },
      lang: { type: 'string' },
      clerk: { type: 'string' },
      p12: { type: 'string' },
      'p12-pass-env': { type: 'string' },
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const language = values.lang ?? 'nl';
    if (language !== 'nl' && language !== 'en') throw new UsageError(`--lang must be nl or en, got "${language}"`);
    const actor = resolveActor(values.clerk, io.env);
    const policy = loadDefaultPolicy();
    const db = openCommandDatabase(values.db, io, { command: 'demo-request' });
    try {
      const identity = await resolveSigningIdentity(io, values, policy.organisation.name);
      const result = await runDemoRequest({
        db,
        keys: resolveCliKeys(io.env),
        policy,
        identity,
        language,
        actor,
        outDir: values.out ?? join(userDataDir(io.env), 'exports'),
        report: (line) => io.out(`${line}\n`),
      });
      return result.verified ? 0 : 1;
    } finally {
      db.close();
    }
  },
};
