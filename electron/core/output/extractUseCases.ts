import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { assembleExtract } from '../../../shared/extract/assembleExtract.ts';
import type { ExtractModel, Language } from '../../../shared/extract/extractModel.ts';
import { DomainError } from '../../../shared/errors/domainError.ts';
import { writeCheckpointInto } from '../audit/checkpointFile.ts';
import type { VerifiedSigner, VerifyResult } from '../../../shared/ipc/types.ts';
import { checkIn } from '../../../shared/output/verifyChecks.ts';
import { appendAuditEntry, extractRequestOf, recordOutputFile, storedRequest } from '../store/registerAccess.ts';
import type { UseCaseDeps } from '../store/useCaseDeps.ts';
import type { ExportProgress } from './exportExtract.ts';
import { exportExtract } from './exportExtract.ts';
import { withRequestDocuments } from '../documents/extractDocuments.ts';
import { storeDocumentContent } from '../documents/redaction/documentContent.ts';
import { exportFolder, latestOutputs } from './recordedOutputs.ts';
import type { SigningIdentity } from './sign/signingIdentity.ts';
import type { FileVerification } from './verify/verifyFile.ts';
import { verifyFile } from './verify/verifyFile.ts';
import type { UnreviewedCategory } from '../../../shared/extract/reviewDecisions.ts';
import { unreviewedCategories } from '../../../shared/extract/reviewDecisions.ts';

/** The extract model of a request's linked person, assembled from the register in force on the clock's day, with its documents. */
async function requestModel(deps: UseCaseDeps, requestRef: string, language?: Language): Promise<ExtractModel> {
  let request = await extractRequestOf(deps.store, requestRef, deps.clerk, deps.register);
  if (language !== undefined) request = { ...request, language };
  const model = assembleExtract(await deps.store.records.subjectProfile(request.subjectIds), deps.register, request, deps.clock.today());
  return withRequestDocuments(deps, model);
}

/** The extract for review before anything is handed out (extract issue); opening it is logged (Art. 5(2)). */
export async function previewExtract(deps: UseCaseDeps, input: { requestRef: string; language?: Language }): Promise<ExtractModel> {
  return deps.store.transaction(async (store) => {
    const model = await requestModel({ ...deps, store }, input.requestRef, input.language);
    await appendAuditEntry(
      { ...deps, store },
      { actor: deps.clerk.name, action: 'extract.preview', requestRef: input.requestRef, details: { subjects: model.subjects.length } },
    );
    return model;
  });
}

/**
 * The categories of the request's copy that hold records and nobody marked reviewed (issue 14.3): the
 * window names them before the clerk generates. Reading category names is not opening the records, so
 * no audit entry (the preview and the export log theirs).
 */
export async function unreviewedCategoriesOf(deps: UseCaseDeps, input: { requestRef: string }): Promise<UnreviewedCategory[]> {
  const model = await requestModel(deps, input.requestRef);
  return unreviewedCategories(model.categories, await deps.store.requests.categoryReviews(input.requestRef));
}

export interface ExportRequestInput {
  requestRef: string;
  outDir: string;
  /** Write the portability archive too (default: unless the request is for access only). */
  archive?: boolean;
  /** Another language than the request's (the CLI's --lang). */
  language?: Language;
  /** Encrypt the archive under this passphrase (delivery by e-mail or USB). */
  archivePassword?: string;
  /** The certificate to sign with, for the controller named in the model (checked against the clock's day by the caller). */
  identity: (organisation: string) => Promise<SigningIdentity>;
  onProgress?: (progress: ExportProgress) => void;
  /** Told, before anything is rendered, which categories nobody marked reviewed (issue 14.3); the export goes on. */
  onUnreviewed?: (categories: UnreviewedCategory[]) => void;
}

export interface ExportedRequest {
  folder: string;
  files: { name: string; path: string; kind: 'pdf' | 'archive'; sha256: string; bytes: number }[];
  createdAt: string;
  /** The audit checkpoint written beside the files, covering this export's own entries (docs/audit-trail.md). */
  checkpointPath: string;
}

/**
 * The signed PDF register extract and the portability archive of a request (Art. 15, Art. 20): assemble,
 * render, sign and write (outside any transaction: seconds of work, no database write), then register
 * both files with their SHA-256 on the request and log the assembly per subject, in one transaction.
 * Last, the audit trail's checkpoint goes beside them (issue 13.4): a copy of the log's head kept
 * outside the database, so cutting entries off the log later shows against it.
 * The app runs this in a worker thread (jobs/exportTask.ts), the CLI in its own process.
 */
export async function exportRequest(deps: UseCaseDeps, input: ExportRequestInput): Promise<ExportedRequest> {
  const model = await requestModel(deps, input.requestRef, input.language);
  if (input.onUnreviewed) {
    const unreviewed = unreviewedCategories(model.categories, await deps.store.requests.categoryReviews(input.requestRef));
    if (unreviewed.length > 0) input.onUnreviewed(unreviewed);
  }
  const identity = await input.identity(model.controller.name);
  const signingTime = deps.clock.now();
  const result = await exportExtract({
    model,
    outDir: input.outDir,
    identity,
    signingTime,
    documents: storeDocumentContent(deps.store, input.requestRef, model.language),
    ...(input.archive !== undefined ? { archive: input.archive } : {}),
    ...(input.archivePassword !== undefined ? { archivePassword: input.archivePassword } : {}),
    ...(input.onProgress ? { onProgress: input.onProgress } : {}),
  });
  await deps.store.transaction(async (store) => {
    for (const subject of model.subjects)
      await appendAuditEntry(
        { ...deps, store },
        {
          actor: deps.clerk.name,
          action: 'extract.assemble',
          requestRef: input.requestRef,
          subjectId: subject.subjectId,
          details: { format: 'pdf' },
        },
      );
    for (const file of result.files)
      await recordOutputFile({ ...deps, store }, input.requestRef, { fileName: basename(file.path), kind: file.kind, sha256: file.sha256 });
  });
  const checkpointPath = await writeCheckpointInto(deps, dirname(result.pdfPath));
  return {
    checkpointPath,
    folder: dirname(result.pdfPath),
    files: result.files.map((file) => ({
      name: basename(file.path),
      path: file.path,
      kind: file.kind,
      sha256: file.sha256,
      bytes: file.bytes,
    })),
    createdAt: signingTime.toISOString(),
  };
}

/**
 * The files an export of this request wrote, as the request register recorded them (name, SHA-256).
 * "Open the folder" and "verify" act on these only: the window names a request, never a path, so a
 * compromised window cannot make the main process open (and so run) or read a file of its choosing.
 */
export interface RecordedExport {
  folder: string;
  files: { name: string; sha256: string }[];
}

export async function recordedExport(deps: Pick<UseCaseDeps, 'store'>, input: { requestRef: string }): Promise<RecordedExport> {
  const request = await storedRequest(deps.store, input.requestRef);
  if (request.outputs.length === 0) throw new DomainError('export.not-exported', { reference: request.reference });
  const { outputFolder } = await deps.store.settings.read();
  return {
    folder: exportFolder(outputFolder, request),
    files: latestOutputs(request).map((output) => ({ name: output.fileName, sha256: output.sha256 })),
  };
}

/**
 * Checks the files handed out on a request: each its own signature or manifest, the very bytes the
 * register recorded, and who signed them against the organisation's trust anchors (Settings).
 */
export async function verifyRecordedExport(deps: Pick<UseCaseDeps, 'store'>, input: { requestRef: string }): Promise<VerifyResult> {
  const { folder, files } = await recordedExport(deps, input);
  const { trustAnchors } = await deps.store.settings.read();
  const checks: VerifyResult['checks'] = [];
  const signers: VerifiedSigner[] = [];
  let intact = true;
  let trusted = true;
  for (const file of files) {
    const path = join(folder, file.name);
    let sha256: string;
    try {
      sha256 = await sha256OfFile(path);
    } catch {
      checks.push({ ok: false, check: 'file-present', in: [file.name], problem: { kind: 'file-unreadable' } });
      intact = false;
      continue;
    }
    checks.push({
      ok: sha256 === file.sha256,
      check: 'file-recorded',
      in: [file.name],
      ...(sha256 === file.sha256 ? {} : { problem: { kind: 'changed-after-export' } }),
    });
    intact &&= sha256 === file.sha256;
    const result = await verifyFile(path, { trustAnchors });
    for (const check of result.checks) checks.push(checkIn(file.name, check));
    intact &&= result.intact;
    trusted &&= result.trust?.trusted === true;
    if (result.signer)
      signers.push({
        file: file.name,
        commonName: result.signer.commonName,
        organisation: result.signer.organisation,
        issuer: result.signer.issuer,
        trust: result.trust?.reason ?? 'chain-invalid',
      });
  }
  const verdict = !intact ? 'invalid' : trusted && signers.length > 0 ? 'valid' : 'untrusted';
  return { ok: verdict === 'valid', verdict, signers, checks };
}

/**
 * Checks one signed PDF or portability archive on its own (`inzage verify FILE`): no database needed;
 * the trust anchors are the caller's (the CLI: --trust-anchor files and those in the app's settings).
 */
export async function verifyExportedFile(input: {
  file: string;
  password?: string;
  trustAnchors?: readonly string[];
}): Promise<FileVerification> {
  if (!existsSync(input.file)) throw new DomainError('file.not-found', { file: basename(input.file) });
  return verifyFile(input.file, {
    ...(input.password !== undefined ? { password: input.password } : {}),
    trustAnchors: input.trustAnchors ?? [],
  });
}

function sha256OfFile(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}
