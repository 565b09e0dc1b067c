import type { IsoDate } from '../../../shared/dates/isoDate.ts';
import { assembleExtract, requesterNameOf } from '../../../shared/extract/assembleExtract.ts';
import type { ExtractModel, ExtractRequest, Language } from '../../../shared/extract/extractModel.ts';
import { appendAuditEntry, extractRequestOf, recordOutputFile } from '../store/registerAccess.ts';
import type { UseCaseDeps } from '../store/useCaseDeps.ts';

/** A person's extract outside the register: the subjects named by the clerk, no registered request. */
export interface AdHocExtractInput {
  subjectIds: readonly string[];
  receivedOn: IsoDate;
  kind: ExtractRequest['kind'];
  language: Language;
  /** The reference printed on the extract (default: INZ-<today>-<first subject>). */
  reference?: string;
  /** The requester's name as written (default: the person's current name in the records). */
  requesterName?: string;
}

export type AssembleInput = { requestRef: string; language?: Language } | AdHocExtractInput;

/**
 * Assembles the extract model to be written to a file (JSON, CSV, the PDF outside the register), for a
 * registered request or for subjects named directly, and logs the assembly per subject in the same
 * transaction (Art. 5(2): opening a person's records is processing). `format` goes into the log.
 */
export async function assembleForOutput(deps: UseCaseDeps, input: AssembleInput, format: string): Promise<ExtractModel> {
  return deps.store.transaction(async (store) => {
    const tx = { ...deps, store };
    const requestRef = 'requestRef' in input ? input.requestRef : undefined;
    let request: ExtractRequest;
    if ('requestRef' in input) {
      request = await extractRequestOf(store, input.requestRef, deps.clerk, deps.register);
      if (input.language !== undefined) request = { ...request, language: input.language };
    } else {
      const subjectIds = [...new Set(input.subjectIds)];
      const today = deps.clock.today();
      request = {
        reference: input.reference ?? `INZ-${today.replaceAll('-', '')}-${subjectIds[0]}`,
        receivedOn: input.receivedOn,
        kind: input.kind,
        language: input.language,
        requester: { name: input.requesterName ?? requesterNameOf(await store.records.subjectProfile(subjectIds)) },
        subjectIds,
        clerk: deps.clerk.name,
      };
    }
    const model = assembleExtract(await store.records.subjectProfile(request.subjectIds), deps.register, request, deps.clock.today());
    for (const subjectId of request.subjectIds) {
      await appendAuditEntry(tx, { actor: deps.clerk.name, action: 'extract.assemble', requestRef, subjectId, details: { format } });
    }
    return model;
  });
}

/**
 * Records the files written from such a model in one transaction: on the request with their SHA-256
 * when there is one (the register's recordOutput rule), else as an 'export' entry in the audit trail.
 */
export async function recordWrittenFiles(
  deps: UseCaseDeps,
  requestRef: string | undefined,
  files: readonly { fileName: string; kind: 'pdf' | 'archive' | 'extract-json'; sha256: string }[],
): Promise<void> {
  await deps.store.transaction(async (store) => {
    const tx = { ...deps, store };
    for (const file of files) {
      if (requestRef !== undefined) await recordOutputFile(tx, requestRef, file);
      else
        await appendAuditEntry(tx, {
          actor: deps.clerk.name,
          action: 'export',
          target: file.fileName,
          details: { kind: file.kind, sha256: file.sha256 },
        });
    }
  });
}
