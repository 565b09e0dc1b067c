import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { assembleExtract } from '../../../shared/extract/assembleExtract.ts';
import type { ExportResult } from '../../../shared/ipc/types.ts';
import { openDatabase } from '../db/openDatabase.ts';
import { exportExtract } from '../output/exportExtract.ts';
import { assertValidOn, ensureDemoIdentity, loadSigningIdentity } from '../output/sign/signingIdentity.ts';
import type { SigningIdentity } from '../output/sign/signingIdentity.ts';
import { loadPolicy } from '../policy/loadPolicy.ts';
import { loadSubjectProfile } from '../records/loadSubjectProfile.ts';
import { buildExtractRequest } from '../requests/buildExtractRequest.ts';
import type { SigningChoice } from '../settings/signingChoice.ts';
import type { TaskProgress } from './tasks.ts';

export interface ExportTaskInput {
  databaseFile: string;
  policyFile: string;
  reference: string;
  clerk: string;
  today: string;
  outDir: string;
  dataDir: string;
  archive: boolean;
  signing: SigningChoice;
}

/** The clerk's certificate, checked again at export (it may have expired since it was chosen), or the demo one. */
async function signingIdentity(input: ExportTaskInput, organisation: string): Promise<SigningIdentity> {
  if (input.signing.kind === 'demo') return ensureDemoIdentity(input.dataDir, organisation);
  const identity = loadSigningIdentity(readFileSync(input.signing.file), input.signing.passphrase, input.signing.file);
  assertValidOn(identity, input.today, input.signing.file);
  return identity;
}

export interface ExportTaskOutput extends ExportResult {
  hashes: { name: string; kind: 'pdf' | 'archive'; sha256: string }[];
}

/**
 * The whole export in a worker thread: assemble the extract model from the register and the case
 * records, render, sign and write the PDF and the archive. The thread that hosts the IPC handlers only
 * waits for messages, so the window stays responsive during the heaviest subject's export.
 */
export async function exportRequest(raw: unknown, progress: TaskProgress): Promise<ExportTaskOutput> {
  const input = raw as ExportTaskInput;
  progress('assemble', 0, 100);
  const db = openDatabase(input.databaseFile, { readonly: true });
  let model;
  try {
    const request = buildExtractRequest(db, input.reference, input.clerk);
    model = assembleExtract(loadSubjectProfile(db, request.subjectIds), loadPolicy(input.policyFile), request, input.today);
  } finally {
    db.close();
  }
  progress('render', 10, 100);
  const identity = await signingIdentity(input, model.controller.name);
  const result = await exportExtract({
    model,
    outDir: input.outDir,
    identity,
    archive: input.archive,
    onProgress: (p) => progress(p.step, 10 + Math.round(p.fraction * 90), 100),
  });
  return {
    folder: dirname(result.pdfPath),
    files: result.files.map((file) => ({ name: basename(file.path), bytes: file.bytes })),
    createdAt: new Date().toISOString(),
    hashes: result.files.map((file) => ({ name: basename(file.path), kind: file.kind, sha256: file.sha256 })),
  };
}
