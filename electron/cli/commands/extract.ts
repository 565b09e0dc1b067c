import { writeCheckpointInto } from '../../core/audit/checkpointFile.ts';
import { basename, dirname } from 'node:path';
import type { ExtractModel } from '../../../shared/extract/extractModel.ts';
import type { UnreviewedCategory } from '../../../shared/extract/reviewDecisions.ts';
import { assembleForOutput, recordWrittenFiles } from '../../core/output/assembleForOutput.ts';
import { dateFlag, resolveClerk, resolveToday } from '../actor.ts';
import { writeFileAtomicSync } from '../../core/files/atomicWrite.ts';
import { exportExtract } from '../../core/output/exportExtract.ts';
import { loadDefaultPolicy } from '../../core/policy/loadPolicy.ts';
import { parseCommandArgs } from '../args.ts';
import type { CliIo, Command } from '../cliTypes.ts';
import { UsageError } from '../cliTypes.ts';
import { openCommandStore } from '../database.ts';
import { cliDeps } from '../cliDeps.ts';
import type { Clock } from '../../core/clock/clock.ts';
import { exportRequest, previewExtract } from '../../core/output/extractUseCases.ts';
import { systemClock } from '../../core/clock/clock.ts';
import { resolveSigningIdentity, secretFromEnv } from '../signingOptions.ts';

/**
 * `inzage extract`: the register extract of one person (Art. 15). Each output format is one entry of
 * `formats`: `pdf` (the default) writes the signed PDF and the portability archive into --out DIR,
 * `json` the extract model itself.
 */
interface OutputFlags {
  p12?: string;
  'p12-pass-env'?: string;
  'encrypt-pass-env'?: string;
  'no-archive'?: boolean;
  clock: Clock;
}
/** Writes the model in one format and returns the files it wrote, with their kind, for the request register. */
type FormatWriter = (model: ExtractModel, out: string | undefined, io: CliIo, flags: OutputFlags) => WrittenFile[] | Promise<WrittenFile[]>;
interface WrittenFile {
  path: string;
  kind: 'pdf' | 'archive' | 'extract-json';
  sha256: string;
}

const formats: Record<string, FormatWriter> = {
  async pdf(model, out, io, flags) {
    if (out === undefined) throw new UsageError('--out DIR is required for the signed PDF and the archive');
    const archivePassword = secretFromEnv(io, flags['encrypt-pass-env'], '--encrypt-pass-env');
    const identity = await resolveSigningIdentity(io, flags, model.controller.name);
    const result = await exportExtract({
      model,
      outDir: out,
      identity,
      archive: !flags['no-archive'],
      signingTime: flags.clock.now(),
      ...(archivePassword !== undefined ? { archivePassword } : {}),
    });
    io.out(`${result.pdfPath}\n`);
    if (result.archivePath) io.out(`${result.archivePath}\n`);
    return result.files;
  },
  json(model, out, io) {
    const text = `${JSON.stringify(model, null, 2)}\n`;
    if (out === undefined) {
      io.out(text);
      return [];
    }
    const written = writeFileAtomicSync(out, text);
    io.err(`Wrote the extract model of ${model.subjects.map((s) => s.subjectId).join(' + ')} to ${out}\n`);
    return [{ path: out, kind: 'extract-json', sha256: written.sha256 }];
  },
};

/** The clerk's own check (issue 14.3): the extract is still made, but the categories nobody reviewed are named. */
export function unreviewedWarning(reference: string, categories: readonly UnreviewedCategory[]): string {
  const list = categories.map((c) => `${c.label} (${c.recordCount})`).join(', ');
  return (
    `Warning: ${reference}: ${categories.length} ${categories.length === 1 ? 'category is' : 'categories are'} not marked reviewed: ` +
    `${list}. The extract is made all the same; mark them with: inzage request review ${reference} CATEGORY\n`
  );
}

export const extractCommand: Command = {
  name: 'extract',
  summary: 'assemble the register extract (Art. 15) of one person, merged over all of their subject entries',
  usage:
    `inzage extract --request REF | --subject ID [--subject ID2 …] [--format ` +
    `${Object.keys(formats).join('|')}] --out DIR|FILE [--lang nl|en] ` +
    '[--reference REF] [--requester NAME] [--clerk NAME] [--received YYYY-MM-DD] ' +
    '[--today YYYY-MM-DD] [--kind access|portability|both] [--db FILE] ' +
    '[--p12 FILE --p12-pass-env VAR] [--encrypt-pass-env VAR] [--no-archive] ' +
    '  (pdf, the default: signed PDF + portability archive into DIR)',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      p12: { type: 'string' },
      'p12-pass-env': { type: 'string' },
      'encrypt-pass-env': { type: 'string' },
      'no-archive': { type: 'boolean' },
      subject: { type: 'string', multiple: true },
      request: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      lang: { type: 'string' },
      reference: { type: 'string' },
      requester: { type: 'string' },
      clerk: { type: 'string' },
      received: { type: 'string' },
      today: { type: 'string' },
      kind: { type: 'string' },
      db: { type: 'string' },
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const format = values.format ?? 'pdf';
    const writer = formats[format];
    if (!writer) throw new UsageError(`--format must be one of ${Object.keys(formats).join(', ')}, got "${format}"`);
    if (values.lang !== undefined && values.lang !== 'nl' && values.lang !== 'en')
      throw new UsageError(`--lang must be nl or en, got "${values.lang}"`);
    const kind = values.kind ?? 'access';
    if (kind !== 'access' && kind !== 'portability' && kind !== 'both')
      throw new UsageError(`--kind must be access, portability or both, got "${kind}"`);
    if (values.request === undefined && (values.subject ?? []).length === 0)
      throw new UsageError('give --request REF, or at least one --subject ID');
    if (values.request !== undefined && values.subject !== undefined)
      throw new UsageError('--request takes the subjects linked to the request; leave out --subject');
    // As the request commands do: INZAGE_TODAY replays another day (tests), else today's local date.
    const today = dateFlag(values.today, '--today') ?? resolveToday(io.env);
    const receivedOn = dateFlag(values.received, '--received') ?? today;
    const clerk = resolveClerk(values.clerk, io.env);

    // Writable: assembling an extract opens a person's records, and that is logged (Art. 5(2)).
    const store = await openCommandStore(values.db, io);
    try {
      // --today replays another day for the model's date, as INZAGE_TODAY does for every command.
      const deps = { ...cliDeps(store, io, { clerk, register: loadDefaultPolicy }), clock: systemClock(today) };
      if (values.request !== undefined && format === 'json' && values.out === undefined) {
        // The model printed for review is the window's preview (the same use case, the same audit entry).
        const model = await previewExtract(deps, {
          requestRef: values.request,
          ...(values.lang !== undefined ? { language: values.lang as 'nl' | 'en' } : {}),
        });
        io.out(`${JSON.stringify(model, null, 2)}\n`);
        return 0;
      }
      if (values.request !== undefined && format === 'pdf') {
        // The app's export use case (output/extractUseCases.ts): the same files, the same register entries.
        if (values.out === undefined) throw new UsageError('--out DIR is required for the signed PDF and the archive');
        const archivePassword = secretFromEnv(io, values['encrypt-pass-env'], '--encrypt-pass-env');
        const exported = await exportRequest(deps, {
          requestRef: values.request,
          outDir: values.out,
          archive: !values['no-archive'],
          ...(values.lang !== undefined ? { language: values.lang as 'nl' | 'en' } : {}),
          ...(archivePassword !== undefined ? { archivePassword } : {}),
          identity: (organisation) => resolveSigningIdentity(io, values, organisation),
          onUnreviewed: (categories) => io.err(unreviewedWarning(values.request!, categories)),
        });
        for (const file of exported.files) io.out(`${file.path}\n`);
        io.err(`Wrote the audit checkpoint ${exported.checkpointPath}\n`);
        return 0;
      }
      // Any other output (the model as JSON, or subjects named without a registered request): the same
      // assembly use case, its log entry per subject, and the files recorded through the register.
      const language = values.lang as 'nl' | 'en' | undefined;
      const model = await assembleForOutput(
        deps,
        values.request !== undefined
          ? { requestRef: values.request, ...(language !== undefined ? { language } : {}) }
          : {
              subjectIds: values.subject ?? [],
              receivedOn,
              kind,
              language: language ?? 'nl',
              ...(values.reference !== undefined ? { reference: values.reference } : {}),
              ...(values.requester !== undefined ? { requesterName: values.requester } : {}),
            },
        format,
      );
      const written = await writer(model, values.out, io, { ...values, clock: deps.clock });
      await recordWrittenFiles(
        deps,
        values.request,
        written.map(({ path, kind, sha256 }) => ({ fileName: basename(path), kind, sha256 })),
      );
      // Every export leaves the audit trail's checkpoint beside its files (docs/audit-trail.md § Checkpoints).
      if (written[0]) io.err(`Wrote the audit checkpoint ${await writeCheckpointInto(deps, dirname(written[0].path))}\n`);
      return 0;
    } finally {
      await store.close();
    }
  },
};
