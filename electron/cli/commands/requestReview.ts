import type { RedactionReason } from '../../../shared/extract/extractModel.ts';
import { redactionReasonSchema } from '../../../shared/extract/extractModel.ts';
import { setCategoryReviewed, withholdCase } from '../../core/requests/useCases/index.ts';
import { parseCommandArgs } from '../args.ts';
import type { CliIo } from '../cliTypes.ts';
import { UsageError } from '../cliTypes.ts';
import { withUseCaseDeps } from '../useCaseDeps.ts';

/** `request review` and `request withhold`: the review screen's decisions from the command line (issue 14.3). */

const common = { db: { type: 'string' }, clerk: { type: 'string' }, json: { type: 'boolean' } } as const;

/** Marks a data category of the request reviewed (or, with --undo, takes the mark back). */
export function reviewSubcommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { ...common, undo: { type: 'boolean' } });
  if (positionals.length !== 2) throw new UsageError('expected REF CATEGORY (a data category id of the register, such as contact-history)');
  const [reference, categoryId] = positionals as [string, string];
  return withUseCaseDeps(values, io, {}, async (deps) => {
    const marks = await setCategoryReviewed(deps, reference, { categoryId, reviewed: !values.undo });
    io.out(
      values.json ? `${JSON.stringify(marks, null, 2)}\n` : marks.map((m) => `reviewed  ${m.categoryId}  ${m.on}  ${m.by}\n`).join(''),
    );
    return 0;
  });
}

/** Withholds every record of one case file from the copy, with one reason (Art. 15(4)). */
export function withholdCaseSubcommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    ...common,
    case: { type: 'string' },
    reason: { type: 'string' },
    note: { type: 'string' },
  });
  if (positionals.length !== 1) throw new UsageError('expected REF');
  if (!values.case) throw new UsageError('--case CASE_ID is required');
  const reason = redactionReasonSchema.safeParse(values.reason);
  if (!reason.success) throw new UsageError(`--reason must be one of ${redactionReasonSchema.options.join(', ')}`);
  return withUseCaseDeps(values, io, {}, async (deps) => {
    const result = await withholdCase(deps, positionals[0]!, {
      caseId: values.case!,
      reason: reason.data as RedactionReason,
      ...(values.note ? { note: values.note } : {}),
    });
    io.out(values.json ? `${JSON.stringify(result)}\n` : `withheld ${result.count} records of case ${result.caseId}\n`);
    return 0;
  });
}
