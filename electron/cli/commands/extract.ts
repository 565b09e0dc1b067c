import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { IsoDate } from '../../../shared/dates/isoDate.ts';
import { isIsoDate } from '../../../shared/dates/isoDate.ts';
import { assembleExtract, requesterNameOf } from '../../../shared/extract/assembleExtract.ts';
import type { ExtractModel, ExtractRequest } from '../../../shared/extract/extractModel.ts';
import { loadDefaultPolicy } from '../../core/policy/loadPolicy.ts';
import { loadSubjectProfile } from '../../core/records/loadSubjectProfile.ts';
import { parseCommandArgs } from '../args.ts';
import type { CliIo, Command } from '../cliTypes.ts';
import { UsageError } from '../cliTypes.ts';
import { openCommandDatabase } from '../database.ts';

/**
 * `inzage extract`: the register extract of one person (Art. 15), as the extract model. Each output
 * format is one entry of `formats`; the PDF and the portability archive are added there (into --out DIR).
 */
type FormatWriter = (model: ExtractModel, out: string | undefined, io: CliIo) => void;

const formats: Record<string, FormatWriter> = {
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
    `inzage extract --subject ID [--subject ID2 …] --format ${Object.keys(formats).join('|')} [--out FILE] [--lang nl|en] ` +
    '[--reference REF] [--requester NAME] [--clerk NAME] [--received YYYY-MM-DD] [--today YYYY-MM-DD] [--kind access|portability|both] [--db FILE]',
  run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
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
    if (values.format === undefined) throw new UsageError(`--format is required (one of: ${Object.keys(formats).join(', ')})`);
    const writer = formats[values.format];
    if (!writer) throw new UsageError(`--format must be one of ${Object.keys(formats).join(', ')}, got "${values.format}"`);
    const language = values.lang ?? 'nl';
    if (language !== 'nl' && language !== 'en') throw new UsageError(`--lang must be nl or en, got "${language}"`);
    const kind = values.kind ?? 'access';
    if (kind !== 'access' && kind !== 'portability' && kind !== 'both') throw new UsageError(`--kind must be access, portability or both, got "${kind}"`);
    const today = dateFlag(values.today, '--today') ?? localToday();
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
        clerk: values.clerk ?? io.env.INZAGE_CLERK ?? 'Privacy desk',
      };
      model = assembleExtract(profile, loadDefaultPolicy(), request, today);
    } finally {
      db.close();
    }
    writer(model, values.out, io);
    return 0;
  },
};

function dateFlag(value: string | undefined, flag: string): IsoDate | undefined {
  if (value === undefined) return undefined;
  if (!isIsoDate(value)) throw new UsageError(`${flag} must be a date as YYYY-MM-DD, got "${value}"`);
  return value;
}

function localToday(): IsoDate {
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
