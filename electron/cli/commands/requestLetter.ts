import { letterKinds } from '../../../shared/letters/letterModel.ts';
import type { LetterKind } from '../../../shared/letters/letterModel.ts';
import { buildLetter } from '../../../shared/letters/letterTemplates.ts';
import { renderLetterText } from '../../../shared/letters/renderLetterText.ts';
import { appendAudit } from '../../core/audit/auditLog.ts';
import { writeFileAtomicSync } from '../../core/files/atomicWrite.ts';
import { loadDefaultPolicy } from '../../core/policy/loadPolicy.ts';
import { addOutput } from '../../core/requests/requestAttachments.ts';
import { getRequest, requestDeadline } from '../../core/requests/requestRepository.ts';
import { resolveActor } from '../actor.ts';
import { parseCommandArgs } from '../args.ts';
import type { CliIo } from '../cliTypes.ts';
import { UsageError } from '../cliTypes.ts';
import { openCommandDatabase } from '../database.ts';
import { basename } from 'node:path';

/**
 * `inzage request letter REF --kind …`: the letter as plain text. With --out it is written to a file
 * (atomically) and recorded as an output of the request with its SHA-256, since it goes to the person.
 */
export function letterSubcommand(args: string[], io: CliIo): number {
  const { values, positionals } = parseCommandArgs(args, {
    db: { type: 'string' },
    clerk: { type: 'string' },
    kind: { type: 'string' },
    lang: { type: 'string' },
    out: { type: 'string' },
    reason: { type: 'string' },
    partial: { type: 'boolean' },
  });
  if (positionals.length !== 1) throw new UsageError('expected REF');
  const reference = positionals[0]!;
  if (!values.kind || !(letterKinds as readonly string[]).includes(values.kind))
    throw new UsageError(`--kind must be one of ${letterKinds.join(', ')}`);
  const kind = values.kind as LetterKind;
  if (values.lang !== undefined && values.lang !== 'nl' && values.lang !== 'en')
    throw new UsageError(`--lang must be nl or en, got "${values.lang}"`);
  const actor = resolveActor(values.clerk, io.env);
  const db = openCommandDatabase(values.db, io);
  try {
    const request = getRequest(db, reference);
    const letter = buildLetter(kind, {
      request,
      deadline: requestDeadline(request),
      policy: loadDefaultPolicy(),
      clerk: actor.clerk,
      today: actor.today,
      ...(values.lang ? { language: values.lang } : {}),
      refusal: { ...(values.reason ? { reason: values.reason } : {}), partial: values.partial ?? false },
    });
    const text = renderLetterText(letter);
    if (values.out) {
      const { sha256 } = writeFileAtomicSync(values.out, text);
      addOutput(db, reference, { fileName: basename(values.out), kind: `letter-${kind}`, sha256 }, actor);
      io.out(`Wrote ${values.out} (${letter.language}, sha256 ${sha256})\n`);
    } else {
      appendAudit(db, {
        actor: actor.clerk,
        action: 'letter.print',
        requestRef: reference,
        target: kind,
        details: { language: letter.language },
      });
      io.out(text);
    }
    return 0;
  } finally {
    db.close();
  }
}
