import { holidaysOf } from '../../../shared/deadlines/publicHolidays.ts';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createHash } from 'node:crypto';
import { redactionReasonSchema } from '../../../shared/extract/extractModel.ts';
import type { RedactionReason } from '../../../shared/extract/extractModel.ts';
import type { StoredRequest } from '../../../shared/requests/requestTypes.ts';
import { DomainError } from '../../../shared/errors/domainError.ts';
import { liftRedaction, recordOutput, redact } from '../../core/requests/useCases/index.ts';
import type { UseCaseDeps } from '../../core/store/useCaseDeps.ts';
import { parseCommandArgs } from '../args.ts';
import type { CliIo } from '../cliTypes.ts';
import { UsageError } from '../cliTypes.ts';
import { withUseCaseDeps } from '../useCaseDeps.ts';
import { deadlineSummary, requestAsText } from './requestFormat.ts';

/** `request redact`, `request unredact`, `request output`: what is withheld, and what was handed out. */

const common = { db: { type: 'string' }, clerk: { type: 'string' }, json: { type: 'boolean' } } as const;

/** Runs one of the register's use cases and prints the request as it then stands. */
export function mutateRequest(
  values: { db?: string | undefined; clerk?: string | undefined; json?: boolean | undefined },
  io: CliIo,
  change: (deps: UseCaseDeps) => Promise<StoredRequest>,
): Promise<number> {
  return withUseCaseDeps(values, io, {}, async (deps) => {
    const request = await change(deps);
    const today = deps.clock.today();
    io.out(
      values.json
        ? `${JSON.stringify({ ...request, deadline: deadlineSummary(request, today, holidaysOf(deps.register)) }, null, 2)}\n`
        : requestAsText(request, today, holidaysOf(deps.register)),
    );
    return 0;
  });
}

/** "cases:C0000123" → the record kind (table) and id. */
function recordFlag(value: string | undefined): { recordKind: string; recordId: string } {
  const match = value === undefined ? null : /^([a-z_]+):(.+)$/.exec(value);
  if (!match) throw new UsageError(`--record must be TABLE:ID such as cases:C0000123, got "${value ?? ''}"`);
  return { recordKind: match[1]!, recordId: match[2]! };
}

export function redactSubcommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    ...common,
    record: { type: 'string' },
    field: { type: 'string' },
    reason: { type: 'string' },
    note: { type: 'string' },
  });
  if (positionals.length !== 1) throw new UsageError('expected REF');
  const record = recordFlag(values.record);
  const reason = redactionReasonSchema.safeParse(values.reason);
  if (!reason.success) throw new UsageError(`--reason must be one of ${redactionReasonSchema.options.join(', ')}`);
  return mutateRequest(values, io, (deps) =>
    redact(deps, positionals[0]!, {
      ...record,
      ...(values.field ? { field: values.field } : {}),
      reason: reason.data as RedactionReason,
      ...(values.note ? { note: values.note } : {}),
    }),
  );
}

/** Lifting an automatic withholding (another person's data, Art. 15(4)) needs --reason and --confirm. */
export function unredactSubcommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    ...common,
    record: { type: 'string' },
    field: { type: 'string' },
    reason: { type: 'string' },
    confirm: { type: 'boolean' },
  });
  if (positionals.length !== 1) throw new UsageError('expected REF');
  const record = recordFlag(values.record);
  return mutateRequest(values, io, (deps) =>
    liftRedaction(deps, positionals[0]!, {
      ...record,
      ...(values.field ? { field: values.field } : {}),
      ...(values.reason !== undefined ? { reason: values.reason } : {}),
      confirmed: values.confirm === true,
    }),
  );
}

export async function outputSubcommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { ...common, kind: { type: 'string' } });
  if (positionals.length !== 2) throw new UsageError('expected REF FILE');
  if (!values.kind?.trim()) throw new UsageError('--kind is required, e.g. extract-pdf, portability-zip, letter');
  const [reference, file] = positionals as [string, string];
  let sha256: string;
  try {
    sha256 = createHash('sha256').update(readFileSync(file)).digest('hex');
  } catch {
    throw new DomainError('file.unreadable', {});
  }
  return mutateRequest(values, io, (deps) =>
    recordOutput(deps, reference, { fileName: basename(file), kind: values.kind!.trim(), sha256 }),
  );
}
