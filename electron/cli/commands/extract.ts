import { existsSync, readFileSync } from 'node:fs';
import type { ExtractModel } from '../../../shared/extract/extractModel.ts';
import { extractModelSchema } from '../../../shared/extract/extractModel.ts';
import { exportExtract } from '../../core/output/exportExtract.ts';
import { loadDefaultPolicy } from '../../core/policy/loadPolicy.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../cliTypes.ts';
import { UsageError } from '../cliTypes.ts';
import { resolveSigningIdentity, secretFromEnv } from '../signingOptions.ts';

function readModelFile(file: string): ExtractModel {
  if (!existsSync(file)) throw new UsageError(`--model ${file}: no such file`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  const parsed = extractModelSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file}: not an extract model: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data;
}

export const extractCommand: Command = {
  name: 'extract',
  summary: 'write the signed PDF extract and the portability archive for a request',
  usage: 'inzage extract --model FILE --out DIR [--p12 FILE --p12-pass-env VAR] [--encrypt-pass-env VAR] [--no-archive]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      model: { type: 'string' },
      out: { type: 'string' },
      p12: { type: 'string' },
      'p12-pass-env': { type: 'string' },
      'encrypt-pass-env': { type: 'string' },
      'no-archive': { type: 'boolean' },
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    if (values.model === undefined) throw new UsageError('--model FILE is required');
    if (values.out === undefined) throw new UsageError('--out DIR is required');
    const model = readModelFile(values.model);
    const archivePassword = secretFromEnv(io, values['encrypt-pass-env'], '--encrypt-pass-env');
    const identity = await resolveSigningIdentity(io, values, loadDefaultPolicy().organisation.name);
    const result = await exportExtract({ model, outDir: values.out, identity, archive: !values['no-archive'], archivePassword });
    io.out(`${result.pdfPath}\n`);
    if (result.archivePath) io.out(`${result.archivePath}\n`);
    return 0;
  },
};
