import { deadlineAccount } from '../../../shared/deadlines/deadlineAccount.ts';
import { holidaysOf } from '../../../shared/deadlines/publicHolidays.ts';
import { requestChannels, requestKinds } from '../../../shared/requests/requestTypes.ts';
import type { NewRequest } from '../../../shared/requests/requestTypes.ts';
import {
  extendDeadline,
  findRequest,
  linkSubjects,
  recordIdentity,
  registerRequest,
  unlinkSubject,
} from '../../core/requests/useCases/index.ts';
import { dateFlag } from '../actor.ts';
import { parseCommandArgs } from '../args.ts';
import type { CliIo, Command } from '../cliTypes.ts';
import { UsageError } from '../cliTypes.ts';
import { withUseCaseDeps } from '../useCaseDeps.ts';
import { deadlineSummary, deadlineText, requestAsText } from './requestFormat.ts';
import { mutateRequest, outputSubcommand, redactSubcommand, unredactSubcommand } from './requestAttach.ts';
import { reviewSubcommand, withholdCaseSubcommand } from './requestReview.ts';
import { letterSubcommand } from './requestLetter.ts';
import { closeSubcommand, instructionSubcommand, referSubcommand, representativeSubcommand } from './requestOutcome.ts';
import { listSubcommand, teamRequestSubcommands } from './requestTeam.ts';

const common = { db: { type: 'string' }, clerk: { type: 'string' }, json: { type: 'boolean' } } as const;

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string, fallback?: T): T {
  if (value === undefined) {
    if (fallback === undefined) throw new UsageError(`${flag} is required (one of: ${allowed.join(', ')})`);
    return fallback;
  }
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${flag} must be one of ${allowed.join(', ')}, got "${value}"`);
  return value as T;
}

function positionals(list: string[], names: string[]): string[] {
  if (list.length !== names.length)
    throw new UsageError(`expected ${names.join(' ')}${list.length > names.length ? `; unexpected "${list[names.length]}"` : ''}`);
  return list;
}

function jsonFlag(value: string | undefined): unknown {
  if (value === undefined) return null;
  try {
    return JSON.parse(value) as unknown;
  } catch (error) {
    throw new UsageError(`--evidence must be JSON: ${(error as Error).message}`);
  }
}

/** The deadline fields `request new --json` prints. */
const pick = ({ due, daysLeft }: { due: unknown; daysLeft: unknown }) => ({ due, daysLeft });

type Sub = (args: string[], io: CliIo) => Promise<number>;

const subcommands: Record<string, Sub> = {
  async new(args, io) {
    const { values, positionals: rest } = parseCommandArgs(args, {
      ...common,
      received: { type: 'string' },
      channel: { type: 'string' },
      requester: { type: 'string' },
      address: { type: 'string' },
      email: { type: 'string' },
      kind: { type: 'string' },
      lang: { type: 'string' },
    });
    positionals(rest, []);
    const received = dateFlag(values.received, '--received');
    if (!received) throw new UsageError('--received YYYY-MM-DD is required');
    if (!values.requester?.trim()) throw new UsageError('--requester "NAME" is required (the name as the person wrote it)');
    const input: NewRequest = {
      receivedOn: received,
      channel: oneOf(values.channel, requestChannels, '--channel'),
      kind: oneOf(values.kind, requestKinds, '--kind', 'access'),
      language: oneOf(values.lang, ['nl', 'en'] as const, '--lang', 'nl'),
      requester: {
        name: values.requester,
        ...(values.address ? { address: values.address } : {}),
        ...(values.email ? { email: values.email } : {}),
      },
    };
    return withUseCaseDeps(values, io, {}, async (deps) => {
      const request = await registerRequest(deps, input);
      const summary = deadlineSummary(request, deps.clock.today(), holidaysOf(deps.register));
      if (values.json) io.out(`${JSON.stringify({ reference: request.reference, receivedOn: request.receivedOn, ...pick(summary) })}\n`);
      else io.out(`${request.reference}  received ${request.receivedOn}, ${deadlineText(summary)}\n`);
      return 0;
    });
  },

  async show(args, io) {
    const { values, positionals: rest } = parseCommandArgs(args, common);
    const [reference] = positionals(rest, ['REF']);
    return withUseCaseDeps(values, io, { readonly: true, needsClerk: false }, async (deps) => {
      const request = await findRequest(deps, reference!);
      const today = deps.clock.today();
      io.out(
        values.json
          ? `${JSON.stringify(
              {
                ...request,
                deadline: deadlineSummary(request, today, holidaysOf(deps.register)),
                deadlineAccount: deadlineAccount(request, holidaysOf(deps.register)),
              },
              null,
              2,
            )}\n`
          : requestAsText(request, today, holidaysOf(deps.register)),
      );
      return 0;
    });
  },

  async extend(args, io) {
    const { values, positionals: rest } = parseCommandArgs(args, { ...common, reason: { type: 'string' } });
    const [reference] = positionals(rest, ['REF']);
    if (!values.reason?.trim()) throw new UsageError('--reason "…" is required: Art. 12(3) GDPR asks for the reasons for the delay');
    return mutateRequest(values, io, (deps) => extendDeadline(deps, reference!, values.reason!));
  },

  async identity(args, io) {
    const { values, positionals: rest } = parseCommandArgs(args, { ...common, method: { type: 'string' }, received: { type: 'string' } });
    const [reference] = positionals(rest, ['REF']);
    if (!values.method?.trim()) throw new UsageError('--method "…" is required, e.g. "ID card shown at the desk, no copy kept"');
    const received = dateFlag(values.received, '--received');
    return mutateRequest(values, io, (deps) =>
      recordIdentity(deps, reference!, { method: values.method!, ...(received ? { informationReceivedOn: received } : {}) }),
    );
  },

  async link(args, io) {
    const { values, positionals: rest } = parseCommandArgs(args, {
      ...common,
      evidence: { type: 'string' },
      'override-rejection': { type: 'boolean' },
    });
    const [reference, subjectId] = positionals(rest, ['REF', 'SUBJECT_ID']);
    const evidence = jsonFlag(values.evidence);
    const overrideRejection = values['override-rejection'] ?? false;
    return mutateRequest(values, io, (deps) => linkSubjects(deps, reference!, [subjectId!], evidence, { overrideRejection }));
  },

  async unlink(args, io) {
    const { values, positionals: rest } = parseCommandArgs(args, { ...common, reason: { type: 'string' } });
    const [reference, subjectId] = positionals(rest, ['REF', 'SUBJECT_ID']);
    if (!values.reason?.trim()) throw new UsageError('--reason "…" is required: why this entry is not the requester after all');
    return mutateRequest(values, io, (deps) => unlinkSubject(deps, reference!, subjectId!, values.reason!));
  },

  letter: letterSubcommand,
  redact: redactSubcommand,
  unredact: unredactSubcommand,
  review: reviewSubcommand,
  withhold: withholdCaseSubcommand,
  output: outputSubcommand,
  representative: representativeSubcommand,
  close: closeSubcommand,
  refer: referSubcommand,
  instruction: instructionSubcommand,
  // Several clerks (issue 15.3, 15.4): the list by due date with owners, take, hand over, four eyes, --version.
  list: listSubcommand,
  ...teamRequestSubcommands,
};

export const requestCommand: Command = {
  name: 'request',
  summary:
    'the request register: new, list [--overdue], show, status, extend, identity, ' +
    'link, reject, unlink, note, redact, unredact, withhold, review, output, letter, take, handover, approve, due',
  usage: [
    'inzage request new --received YYYY-MM-DD --channel letter|email|portal|phone ' +
      '--requester "NAME" [--address "…"] [--email …] [--kind access|portability|both] ' +
      '[--lang nl|en] [--json]',
    '       inzage request list [--overdue] [--open] [--mine] [--json]     inzage request show REF [--json]',
    '       inzage request status REF STATUS [--reason "…"] [--version N]       inzage request extend REF --reason "…"',
    '       inzage request identity REF --method "…" [--received YYYY-MM-DD]',
    '       inzage request link REF SUBJECT_ID [--evidence JSON] [--override-rejection]',
    '       inzage request reject REF SUBJECT_ID --reason "…" [--evidence JSON]',
    '       inzage request take REF [--version N]     inzage request handover REF --to "NAME" [--version N]',
    '       inzage request approve REF --version N [--reason "…"]     inzage request reject REF --version N --reason "…"',
    '       inzage request due [--mine] [--json]   (open requests due within seven days or overdue)',
    '       inzage request unlink REF SUBJECT_ID --reason "…"',
    '       inzage request redact REF --record TABLE:ID [--field COLUMN] --reason ' +
      'third-party-data|third-party-financial|confidential-business|legal-privilege|other ' +
      '[--note "…"]',
    '       inzage request unredact REF --record TABLE:ID [--field COLUMN] [--reason "…" --confirm]',
    '       inzage request withhold REF --case CASE_ID --reason REASON [--note "…"]   inzage request review REF CATEGORY [--undo]',
    '       inzage request output REF FILE --kind KIND',
    '       inzage request note REF "TEXT" [--version N]',
    '       inzage request letter REF --kind acknowledgement|identity|extension|refusal|no-data|processor-referral|' +
      'controller-notice [--lang nl|en] [--out FILE | --pdf FILE] [--paragraph "…"] [--reason "…"] [--partial] [--controller ID]',
    '       inzage request representative REF --name "…" --capacity ' +
      'authorised-representative|bewindvoerder|wsnp-administrator|debt-counsellor --proof "…" [--address "…"] [--email …]',
    '       inzage request close REF --outcome no-data|referred-to-controller     inzage request refer REF',
    '       inzage request instruction REF --controller ID --instruction provide-extract|controller-answers ' +
      '--received YYYY-MM-DD [--note "…"]',
    '       (all take [--db FILE] [--clerk NAME]; the clerk defaults to INZAGE_CLERK, the clerk set in the app, or the OS user)',
    '       (--version N: the version `request list` showed; if a colleague changed the request since, nothing is saved)',
  ].join('\n'),
  run(args, io) {
    const [name, ...rest] = args;
    const sub = name === undefined ? undefined : subcommands[name];
    if (!sub) throw new UsageError(name === undefined ? 'give a subcommand' : `unknown subcommand "${name}"`);
    return sub(rest, io);
  },
};
