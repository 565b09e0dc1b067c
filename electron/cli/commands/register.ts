import type { ElementProvenance } from '../../../shared/policy/registerProvenance.ts';
import { registerProvenance } from '../../../shared/policy/registerProvenance.ts';
import { loadDefaultPolicy, loadPolicy } from '../../core/policy/loadPolicy.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../cliTypes.ts';
import { UsageError } from '../cliTypes.ts';

/**
 * `inzage register check`: which parts of the processing register are the organisation's published
 * statement and which are configuration it still has to confirm (issue 12.10). The Settings screen
 * lists the same elements (shared/policy/registerProvenance.ts). Reads the register only.
 */
export const registerCommand: Command = {
  name: 'register',
  summary: 'check the processing register: what is the published statement, what the organisation still has to confirm',
  usage: 'inzage register check [--register FILE] [--lang nl|en] [--json]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      register: { type: 'string' },
      lang: { type: 'string' },
      json: { type: 'boolean' },
    });
    if (positionals[0] !== 'check') throw new UsageError('say what to do: check');
    if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"`);
    const language = values.lang ?? 'en';
    if (language !== 'nl' && language !== 'en') throw new UsageError('--lang must be nl or en');
    const policy = values.register ? loadPolicy(values.register) : loadDefaultPolicy();
    const elements = registerProvenance(policy);
    const toConfirm = elements.filter((e) => e.toConfirm);
    if (values.json) {
      io.out(
        `${JSON.stringify({ register: { id: policy.id, version: policy.version }, toConfirm: toConfirm.length, elements }, null, 2)}\n`,
      );
      return 0;
    }
    const statement = policy.provenance?.statement;
    io.out(`${policy.id} ${policy.version}: ${elements.length} elements\n`);
    io.out(statement ? `published statement: ${statement.title[language]} (${statement.version})\n` : 'no published statement named\n');
    const count = (from: ElementProvenance['from']) => elements.filter((e) => e.from === from).length;
    io.out(`  from the published statement: ${count('published-statement')}\n`);
    const confirmed = elements.filter((e) => e.from === 'configuration' && !e.toConfirm).length;
    io.out(`  configuration: ${count('configuration')} (${confirmed} confirmed)\n`);
    if (count('unmarked') > 0) io.out(`  unmarked: ${count('unmarked')}\n`);
    io.out(`\n${toConfirm.length} elements the organisation still has to confirm\n`);
    // Grouped by section and note: one note covers many elements (every record kind, every data category).
    let last = '';
    for (const e of toConfirm) {
      const note = e.note?.[language] ?? (e.from === 'unmarked' ? 'not marked in the register' : '');
      if (`${e.section}|${note}` !== last) io.out(`\n${e.section} (${e.from}): ${note}\n`);
      last = `${e.section}|${note}`;
      if (e.element !== null) io.out(`  ${e.element}${e.label ? `\t${e.label[language]}` : ''}\n`);
    }
    return 0;
  },
};
