import type { TeamSettings } from '../../../shared/team/teamTypes.ts';
import { setMemberRoles, setTeamSetting, teamOverview } from '../../core/team/useCases/index.ts';
import { parseCommandArgs } from '../args.ts';
import type { CliIo, Command } from '../cliTypes.ts';
import { UsageError } from '../cliTypes.ts';
import { withUseCaseDeps } from '../useCaseDeps.ts';

/**
 * `inzage team`: the team's roles and settings (issue 15.4). Roles are clerk, approver and administrator;
 * an administrator decides them (anyone may while role checks are off, and the first administrator may be
 * appointed by whoever sets up a new team server).
 */

const common = { db: { type: 'string' }, clerk: { type: 'string' }, json: { type: 'boolean' } } as const;
const settingNames: Record<string, keyof TeamSettings> = { 'four-eyes': 'fourEyes', 'role-checks': 'roleChecks' };

function onOff(value: string | undefined): boolean {
  if (value === 'on') return true;
  if (value === 'off') return false;
  throw new UsageError(`expected on or off, got "${value ?? ''}"`);
}

async function show(
  values: { db?: string | undefined; clerk?: string | undefined; json?: boolean | undefined },
  io: CliIo,
): Promise<number> {
  return withUseCaseDeps(values, io, { readonly: true, needsClerk: false }, async (deps) => {
    const overview = await teamOverview(deps);
    if (values.json) {
      io.out(`${JSON.stringify(overview, null, 2)}\n`);
      return 0;
    }
    io.out(
      `role checks ${overview.settings.roleChecks ? 'on' : 'off'}, four eyes ${overview.settings.fourEyes ? 'required' : 'not required'}\n`,
    );
    if (overview.members.length === 0) io.out('No team members with roles.\n');
    for (const member of overview.members) io.out(`  ${member.name}: ${member.roles.join(', ')}\n`);
    return 0;
  });
}

export const teamCommand: Command = {
  name: 'team',
  summary: 'the team: roles (clerk, approver, administrator), role checks and four eyes',
  usage: [
    'inzage team role list [--json]     inzage team role set "NAME" [clerk] [approver] [administrator]   (no role: out of the team)',
    '       inzage team setting four-eyes on|off     inzage team setting role-checks on|off     inzage team setting [--json]',
    '       (all take [--db FILE] [--clerk NAME]: who is acting, as for inzage request)',
  ].join('\n'),
  async run(args, io) {
    const [area, action, ...rest] = args;
    if (area === 'role' && action === 'list') {
      const { values, positionals } = parseCommandArgs(rest, common);
      if (positionals.length > 0) throw new UsageError(`unexpected "${positionals[0]}"`);
      return show(values, io);
    }
    if (area === 'role' && action === 'set') {
      const { values, positionals } = parseCommandArgs(rest, common);
      const [name, ...roles] = positionals;
      if (!name?.trim()) throw new UsageError("give the clerk's name, then their roles");
      return withUseCaseDeps(values, io, {}, async (deps) => {
        const members = await setMemberRoles(deps, name, roles);
        const now = members.find((m) => m.name === name.trim());
        io.out(`${name.trim()}: ${now ? now.roles.join(', ') : 'no roles (not in the team)'}\n`);
        return 0;
      });
    }
    if (area === 'setting') {
      const { values, positionals } = parseCommandArgs([...(action === undefined ? [] : [action]), ...rest], common);
      if (positionals.length === 0) return show(values, io);
      const [name, value] = positionals;
      const key = settingNames[name!];
      if (!key) throw new UsageError(`unknown setting "${name}": four-eyes or role-checks`);
      const on = onOff(value);
      return withUseCaseDeps(values, io, {}, async (deps) => {
        const settings = await setTeamSetting(deps, key, on);
        io.out(`role checks ${settings.roleChecks ? 'on' : 'off'}, four eyes ${settings.fourEyes ? 'required' : 'not required'}\n`);
        return 0;
      });
    }
    throw new UsageError(area === undefined ? 'give role list, role set or setting' : `unknown subcommand "${[area, action].join(' ')}"`);
  },
};
