import type { CaseDocument } from '../../../shared/documents/documentModel.ts';
import type { DocumentLink, RequestDocument, RequestDocuments } from '../../../shared/documents/requestDocuments.ts';
import { findPossibleMentions } from './possibleMentions.ts';
import { loadRequest } from '../requests/useCases/requestUseCase.ts';
import type { UseCaseDeps } from '../store/useCaseDeps.ts';

/**
 * The documents of a request's copy (issue 16.3): those linked to the person's subject entries, those
 * linked to one of their cases and to nobody in particular, and the possible mentions the clerk added.
 * A document of a shared case that is linked to another party is that party's: it is not part of the
 * copy unless it names the person (then it is a possible mention).
 *
 * Possible mentions — documents outside the copy whose text names the person — come from the text
 * index (possibleMentions.ts), strongest first; those the clerk decided on are not repeated there.
 */
export async function requestDocuments(deps: Pick<UseCaseDeps, 'store'>, reference: string): Promise<RequestDocuments> {
  const { store } = deps;
  const request = await loadRequest(store, reference);
  const subjectIds = request.subjects.map((s) => s.subjectId);
  const profile = subjectIds.length > 0 ? await store.records.subjectProfile(subjectIds) : null;
  const caseIds = [
    ...new Set(
      (profile?.records.case_parties ?? []).filter((p) => subjectIds.includes(String(p.subject_id))).map((p) => String(p.case_id)),
    ),
  ];
  const decisions = await store.documents.mentionDecisions(reference);
  const redactions = await store.documents.redactions(reference);

  const linkOf = (d: CaseDocument): DocumentLink | null => {
    if (d.subjectId !== null && subjectIds.includes(d.subjectId)) return 'person';
    if (d.subjectId === null && d.caseId !== null && caseIds.includes(d.caseId)) return 'case';
    return null;
  };
  const documents: RequestDocument[] = [];
  const seen = new Set<string>();
  const add = async (document: CaseDocument, link: DocumentLink): Promise<void> => {
    if (seen.has(document.id)) return;
    seen.add(document.id);
    const redactionCount = redactions.filter((r) => r.documentId === document.id).length;
    documents.push({ document, reading: await store.documents.reading(document.id), link, redactionCount });
  };
  for (const document of await store.documents.documentsOf({ subjectIds, caseIds })) {
    const link = linkOf(document);
    if (link) await add(document, link);
  }
  const dismissed = [];
  for (const decision of decisions) {
    const document = await store.documents.document(decision.documentId);
    if (decision.decision === 'added') await add(document, 'mention-added');
    else if (!seen.has(document.id)) dismissed.push({ document, decision });
  }
  documents.sort((a, b) => a.document.date.localeCompare(b.document.date) || a.document.id.localeCompare(b.document.id));
  const decided = decisions.map((d) => d.documentId);
  const possibleMentions = profile ? await findPossibleMentions(store, { subjectIds, profile }, [...seen, ...decided]) : [];
  return { reference, documents, possibleMentions, dismissed };
}
