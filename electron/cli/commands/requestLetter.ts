import { basename, resolve } from 'node:path';
import { letterPdfWriter } from '../../core/output/letterPdfFile.ts';
import { freeParagraphMaxLength, letterKinds } from '../../../shared/letters/letterModel.ts';
import type { LetterKind } from '../../../shared/letters/letterModel.ts';
import { writeFileAtomicSync } from '../../core/files/atomicWrite.ts';
import { saveLetterPdf, writeLetter } from '../../core/requests/useCases/index.ts';
import { fillPlaceholders } from '../../../shared/errors/errorMessages.ts';
import { parseCommandArgs } from '../args.ts';
import { cliErrorMessages } from '../cliErrorMessages.ts';
import type { CliIo } from '../cliTypes.ts';
import { UsageError } from '../cliTypes.ts';
import { withUseCaseDeps } from '../useCaseDeps.ts';

/**
 * `inzage request letter REF --kind …`: the letter as plain text. With --out it is written to a file
 * (atomically) and recorded as an output of the request with its SHA-256, since it goes to the person;
 * with --pdf FILE it is saved as a PDF the same way (issue 14.8). A letter written out is fixed: later
 * copies reproduce it; --paragraph "…" adds the clerk's one free paragraph before that.
 */
export async function letterSubcommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    db: { type: 'string' },
    clerk: { type: 'string' },
    kind: { type: 'string' },
    lang: { type: 'string' },
    out: { type: 'string' },
    pdf: { type: 'string' },
    paragraph: { type: 'string' },
    reason: { type: 'string' },
    partial: { type: 'boolean' },
    controller: { type: 'string' },
  });
  if (positionals.length !== 1) throw new UsageError('expected REF');
  const reference = positionals[0]!;
  if (!values.kind || !(letterKinds as readonly string[]).includes(values.kind))
    throw new UsageError(`--kind must be one of ${letterKinds.join(', ')}`);
  const kind = values.kind as LetterKind;
  if (values.lang !== undefined && values.lang !== 'nl' && values.lang !== 'en')
    throw new UsageError(`--lang must be nl or en, got "${values.lang}"`);
  const out = values.out;
  if (out && values.pdf) throw new UsageError('give --out FILE (text) or --pdf FILE, not both');
  if (values.paragraph !== undefined && values.paragraph.length > freeParagraphMaxLength)
    throw new UsageError(`--paragraph is at most ${freeParagraphMaxLength} characters`);
  const wanted = {
    kind,
    language: values.lang as 'nl' | 'en' | undefined,
    refusal: { reason: values.reason, partial: values.partial },
    controllerId: values.controller,
    freeParagraph: values.paragraph,
  };
  const pdf = values.pdf;
  if (pdf) {
    // Issue 14.8: the same use case as the window's "Save as PDF"; the letter is fixed and recorded with its SHA-256.
    return withUseCaseDeps(values, io, {}, async (deps) => {
      const { letter, file } = await saveLetterPdf(
        deps,
        reference,
        wanted,
        letterPdfWriter(() => resolve(pdf)),
      );
      for (const warning of letter.warnings) io.err(`${fillPlaceholders(cliErrorMessages[warning.code], warning.params)}\n`);
      io.out(`Wrote ${pdf} (${letter.language}, sha256 ${file.sha256})\n`);
      return 0;
    });
  }
  return withUseCaseDeps(values, io, {}, async (deps) => {
    const { text, letter, file } = await writeLetter(deps, reference, wanted, async (content) =>
      out ? { fileName: basename(out), sha256: writeFileAtomicSync(out, content).sha256 } : null,
    );
    // What the clerk should check before sending goes to stderr, so the letter on stdout stays clean.
    for (const warning of letter.warnings) io.err(`${fillPlaceholders(cliErrorMessages[warning.code], warning.params)}\n`);
    if (file) io.out(`Wrote ${out} (${letter.language}, sha256 ${file.sha256})\n`);
    else io.out(text);
    return 0;
  });
}
