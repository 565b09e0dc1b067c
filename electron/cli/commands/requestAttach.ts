import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createHash } from 'node:crypto';
import { redactionReasonSchema } from '../../../shared/extract/extractModel.ts';
import type { RedactionReason } from '../../../shared/extract/extractModel.ts';
import type { StoredRequest } from '../../../shared/requests/requestTypes.ts';
import type { Db } from '../../core/db/openDatabase.ts';
import { addOutput, addRedaction, liftRedaction } from '../../core/requests/requestAttachments.ts';
import type { Actor } from '../../core/requests/requestRepository.ts';
import { resolveActor } from '../actor.ts';
import { parseCommandArgs } from '../args.ts';
import type { CliIo } from '../cliTypes.ts';
import { UsageError } from '../cliTypes.ts';
import { openCommandDatabase } from '../database.ts';
import { deadlineSummary, requestAsText } from './requestFormat.ts';

/** `request redact`, `request unredact`, `request output`: what is withheld, and what was handed out. */

const common = { db: { type: 'string' }, clerk: { type: 'string' }, json: { type: 'boolean' } } as const;

export function mutateRequest(
  values: { db?: string; clerk?: string; json?: boolean },
  io: CliIo,
  change: (db: Db, actor: Actor) => StoredRequest,
): number {
  const actor = resolveActor(values.clerk, io.env);
  const db = openCommandDatabase(values.db, io);
  try {
    const request = change(db, actor);
    io.out(
      values.json
        ? `${JSON.stringify({ ...request, deadline: deadlineSummary(request, actor.today) }, null, 2)}\n`
        : requestAsText(request, actor.today),
    );
    return 0;
  } finally {
    db.close();
  }
}

/** "cases:C0000123" → the record kind (table) and id. */
function recordFlag(value: string | undefined): { recordKind: string; recordId: string } {
  const match = value === undefined ? null : /^([a-z_]+):(.+)$/.exec(value);
  if (!match) throw new UsageError(`--record must be TABLE:ID such as cases:C0000123, got "${value ?? ''}"`);
  return { recordKind: match[1]!, recordId: match[2]! };
}

export function redactSubcommand(args: string[], io: CliIo): number {
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
  return mutateRequest(values, io, (db, actor) =>
    addRedaction(
      db,
      positionals[0]!,
      {
        ...record,
        ...(values.field ? { field: values.field } : {}),
        reason: reason.data as RedactionReason,
        ...(values.note ? { note: values.note } : {}),
      },
      actor,
    ),
  );
}

export function unredactSubcommand(args: string[], io: CliIo): number {
  const { values, positionals } = parseCommandArgs(args, { ...common, record: { type: 'string' }, field: { type: 'string' } });
  if (positionals.length !== 1) throw new UsageError('expected REF');
  const record = recordFlag(values.record);
  return mutateRequest(values, io, (db, actor) =>
    liftRedaction(db, positionals[0]!, { ...record, ...(values.field ? { field: values.field } : {}) }, actor),
  );
}

export function outputSubcommand(args: string[], io: CliIo): number {
  const { values, positionals } = parseCommandArgs(args, { ...common, kind: { type: 'string' } });
  if (positionals.length !== 2) throw new UsageError('expected REF FILE');
  if (!values.kind?.trim()) throw new UsageError('--kind is required, e.g. extract-pdf, portability-zip, letter');
  const [reference, file] = positionals as [string, string];
  let sha256: string;
  try {
    sha256 = createHash('sha256').update(readFileSync(file)).digest('hex');
  } catch (error) {
    throw new Error(`${file}: cannot read the file: ${(error as Error).message}`, { cause: error });
  }
  return mutateRequest(values, io, (db, actor) =>
    addOutput(db, reference, { fileName: basename(file), kind: values.kind!.trim(), sha256 }, actor),
  );
}
