import type { CaseDocument, DocumentDirection, DocumentKind } from '../../../shared/documents/documentModel.ts';
import type { ExtractDocument } from '../../../shared/documents/extractDocuments.ts';
import type { ExtractModel, Language, RedactionReason } from '../../../shared/extract/extractModel.ts';
import { reasonText } from '../../../shared/extract/redactions.ts';
import type { TextKey } from '../../../shared/extract/texts.ts';
import { fill } from '../../../shared/extract/texts.ts';
import { processorFacts } from '../requests/processorRole.ts';
import { loadRequest } from '../requests/useCases/requestUseCase.ts';
import type { UseCaseDeps } from '../store/useCaseDeps.ts';
import { archiveFileName } from './redaction/redactedFile.ts';
import { requestDocuments } from './requestDocuments.ts';

const kindKeys: Record<DocumentKind, TextKey> = {
  'letter-sent': 'documents.kind.letterSent',
  'letter-received': 'documents.kind.letterReceived',
  email: 'documents.kind.email',
  'call-note': 'documents.kind.callNote',
  other: 'documents.kind.other',
};
const directionKeys: Record<DocumentDirection, TextKey> = {
  incoming: 'documents.direction.incoming',
  outgoing: 'documents.direction.outgoing',
  internal: 'documents.direction.internal',
};

export function documentKindLabel(kind: DocumentKind, language: Language): string {
  return fill(kindKeys[kind], language);
}

/** A file name safe inside the zip: no folders, no control characters; numbered so two equal names cannot collide. */
export function archivePathOf(appendix: number, document: CaseDocument, redacted: boolean): string {
  const name = archiveFileName(document, redacted)
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, '_')
    .replace(/^\.+/, '_');
  return `documents/${String(appendix).padStart(3, '0')}-${name}`;
}

/**
 * The request's documents as the extract lists them (issue 16.4): every document of the copy
 * (requestDocuments: the person's, their cases' own, the mentions the clerk added), by date, with
 * labels in the person's language and what was withheld in each. A person known only as an invoice
 * recipient has their documents held for the client (Art. 28, the processor path records follow,
 * requests/processorRole.ts): each then names the controller; the export itself is refused until the
 * client's instruction is recorded (checkExtractAllowed), as for the records.
 */
export async function extractDocumentsOf(
  deps: Pick<UseCaseDeps, 'store' | 'register'>,
  reference: string,
  language: Language,
): Promise<ExtractDocument[]> {
  const { store } = deps;
  const { documents } = await requestDocuments(deps, reference);
  if (documents.length === 0) return [];
  const request = await loadRequest(store, reference);
  const facts = await processorFacts(
    store,
    deps.register,
    request.subjects.map((s) => s.subjectId),
  );
  const controller = facts.processorOnly ? facts.controllers.map((c) => c.name).join(', ') || null : null;
  const redactions = await store.documents.redactions(reference);
  return documents.map(({ document, reading }, index) => {
    const own = redactions.filter((r) => r.documentId === document.id);
    return {
      documentId: document.id,
      appendix: index + 1,
      kind: document.kind,
      kindLabel: documentKindLabel(document.kind, language),
      date: document.date,
      directionLabel: fill(directionKeys[document.direction], language),
      sender: document.sender,
      recipient: document.recipient,
      title: document.title,
      fileName: document.fileName,
      mediaType: document.mediaType,
      pageCount: reading.pageCount,
      readStatus: reading.status,
      archivePath: archivePathOf(index + 1, document, own.length > 0),
      heldForController: controller,
      withheld: own
        .map((r) => ({
          page: r.target.page,
          reason: r.reason,
          reasonText: reasonText(r.reason as RedactionReason, language),
          note: r.note,
        }))
        .sort((a, b) => a.page - b.page),
    };
  });
}

/** The model with the request's documents (absent when there are none, so a copy without documents is as before). */
export async function withRequestDocuments(deps: Pick<UseCaseDeps, 'store' | 'register'>, model: ExtractModel): Promise<ExtractModel> {
  const documents = await extractDocumentsOf(deps, model.request.reference, model.language);
  return documents.length === 0 ? model : { ...model, documents };
}
