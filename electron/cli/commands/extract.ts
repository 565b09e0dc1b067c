import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { userInfo } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { IsoDate } from '../../../shared/dates/isoDate.ts';
import { isIsoDate } from '../../../shared/dates/isoDate.ts';
import { assembleExtract, requesterNameOf } from '../../../shared/extract/assembleExtract.ts';
import type { ExtractModel, ExtractRequest } from '../../../shared/extract/extractModel.ts';
import { exportExtract } from '../../core/output/exportExtract.ts';
import { loadDefaultPolicy } from '../../core/policy/loadPolicy.ts';
import { loadSubjectProfile } from '../../core/records/loadSubjectProfile.ts';
import { parseCommandArgs } from '../args.ts';
import type { CliIo, Command } from '../cliTypes.ts';
import { UsageError } from '../cliTypes.ts';
import { openCommandDatabase } from '../database.ts';
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
}
type FormatWriter = (model: ExtractModel, out: string | undefined, io: CliIo, flags: OutputFlags) => void | Promise<void>;

const formats: Record<string, FormatWriter> = {
  async pdf(model, out, io, flags) {
    if (out === undefined) throw new UsageError('--out DIR is required for the signed PDF and the archive');
    const archivePassword = secretFromEnv(io, flags['encrypt-pass-env'], '--encrypt-pass-env');
    const identity = await resolveSigningIdentity(io, flags, model.controller.name);
    const result = await exportExtract({ model, outDir: out, identity, archive: !flags['no-archive'], archivePassword });
    io.out(`${result.pdfPath}\n`);
    if (result.archivePath) io.out(`${result.archivePath}\n`);
  },
  json(model, out, io) {
    const text = `${JSON.stringify(model, null, 2)}\n`;
    if (out === undefined) io.out(text);
    else {
      writeFileAtomically(out, text);
      io.err(`Wrote the extract model of ${model.subjects.map((s) => s.subjectId).join(' + ')} to ${out}\n`);
    }
  },
};

export const extractCommand: Command = {
  name: 'extract',
  summary: 'assemble the register extract (Art. 15) of one person, merged over all of their subject entries',
  usage:
    `inzage extract --subject ID [--subject ID2 …] [--format ${Object.keys(formats).join('|')}] --out DIR|FILE [--lang nl|en] ` +
    '[--reference REF] [--requester NAME] [--clerk NAME] [--received YYYY-MM-DD] [--today YYYY-MM-DD] [--kind access|portability|both] [--db FILE] ' +
    '[--p12 FILE --p12-pass-env VAR] [--encrypt-pass-env VAR] [--no-archive]   (pdf, the default: signed PDF + portability archive into DIR)',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      p12: { type: 'string' },
      'p12-pass-env': { type: 'string' },
      'encrypt-pass-env': { type: 'string' },
      'no-archive': { type: 'boolean' },
      subject: { type: 'string', multiple: true },
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
    const subjectIds = values.subject ?? [];
    if (subjectIds.length === 0) throw new UsageError('give at least one --subject ID');
    const format = values.format ?? 'pdf';
    const writer = formats[format];
    if (!writer) throw new UsageError(`--format must be one of ${Object.keys(formats).join(', ')}, got "${format}"`);
    const language = values.lang ?? 'nl';
    if (language !== 'nl' && language !== 'en') throw new UsageError(`--lang must be nl or en, got "${language}"`);
    const kind = values.kind ?? 'access';
    if (kind !== 'access' && kind !== 'portability' && kind !== 'both') throw new UsageError(`--kind must be access, portability or both, got "${kind}"`);
    // As the request commands do: INZAGE_TODAY replays another day (tests), else today's local date.
    const today = dateFlag(values.today, '--today') ?? dateFlag(io.env.INZAGE_TODAY, 'INZAGE_TODAY') ?? localToday();
    const receivedOn = dateFlag(values.received, '--received') ?? today;

    const db = openCommandDatabase(values.db, io, { readonly: values.db !== undefined });
    let model: ExtractModel;
    try {
      const profile = loadSubjectProfile(db, subjectIds);
      const request: ExtractRequest = {
        reference: values.reference ?? `INZ-${today.replaceAll('-', '')}-${subjectIds[0]}`,
        receivedOn,
        kind,
        language,
        requester: { name: values.requester ?? requesterNameOf(profile) },
        subjectIds: [...new Set(subjectIds)],
        clerk: values.clerk ?? io.env.INZAGE_CLERK ?? userInfo().username,
      };
      model = assembleExtract(profile, loadDefaultPolicy(), request, today);
    } finally {
      db.close();
    }
    await writer(model, values.out, io, values);
    return 0;
  },
};

function dateFlag(value: string | undefined, flag: string): IsoDate | undefined {
  if (value === undefined) return undefined;
  if (!isIsoDate(value)) throw new UsageError(`${flag} must be a date as YYYY-MM-DD, got "${value}"`);
  return value;
}

export function localToday(): IsoDate {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Written to a temporary name in the target folder, flushed, then renamed: never a half file under the final name. */
export function writeFileAtomically(file: string, text: string): void {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    const fd = openSync(temp, 'w');
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
