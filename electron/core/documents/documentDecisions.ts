import type { DocumentPage, DocumentRedaction, DocumentRedactionTarget, MentionDecision } from '../../../shared/documents/documentModel.ts';
import type { RequestDocuments } from '../../../shared/documents/requestDocuments.ts';
import { DomainError } from '../../../shared/errors/domainError.ts';
import { redactionReasonSchema } from '../../../shared/extract/extractModel.ts';
import { requireNoteForOther } from '../requests/useCases/redactions.ts';
import type { RequestTx } from '../requests/useCases/requestUseCase.ts';
import { inRequestTransaction, loadOpenRequest } from '../requests/useCases/requestUseCase.ts';
import type { UseCaseDeps } from '../store/useCaseDeps.ts';
import { requestDocuments } from './requestDocuments.ts';

/**
 * The clerk's decisions about a request's documents (issue 16.3, 16.5): a possible mention added to the
 * copy or dismissed, and a redaction inside a document made or lifted. Each is one transaction on an
 * open request with its audit entry (Art. 5(2)); the audit append also moves the request's version
 * (team/versionedAudit.ts), as for every other change to a request. Free text (reasons, notes) may name
 * people: it is kept with the decision, never in the audit trail.
 */

export interface MentionDecisionInput {
  reference: string;
  documentId: string;
  decision: MentionDecision;
  /** Required to dismiss: the person is owed a complete copy (Art. 15(3)), so leaving a document out is explained. */
  reason?: string | undefined;
}

/**
 * Adds a possible mention to the copy, or dismisses it as not about this person. Only a document the
 * search offered (a possible mention, or one dismissed or added earlier, to reverse that) can be decided
 * on: adding any other document would put another person's letter in this person's copy.
 */
export async function decideMention(deps: UseCaseDeps, input: MentionDecisionInput): Promise<RequestDocuments> {
  const reason = input.reason?.trim() || null;
  if (input.decision === 'dismissed' && reason === null)
    throw new DomainError('document.dismiss-reason-required', { reference: input.reference, documentId: input.documentId });
  return inRequestTransaction(deps, async (tx) => {
    await loadOpenRequest(tx.store, input.reference);
    await tx.store.documents.document(input.documentId);
    const current = await requestDocuments({ store: tx.store }, input.reference);
    const offered = current.possibleMentions.some((m) => m.document.id === input.documentId);
    const dismissed = current.dismissed.some((d) => d.document.id === input.documentId);
    const added = current.documents.some((d) => d.document.id === input.documentId && d.link === 'mention-added');
    const allowed = offered || (input.decision === 'added' ? dismissed : added);
    if (!allowed) throw new DomainError('document.not-a-mention', { reference: input.reference, documentId: input.documentId });
    await tx.store.documents.decideMention({
      reference: input.reference,
      documentId: input.documentId,
      decision: input.decision,
      reason,
      decidedBy: tx.clerk,
      decidedOn: tx.today,
    });
    await tx.audit({
      action: input.decision === 'added' ? 'document.add-mention' : 'document.dismiss-mention',
      requestRef: input.reference,
      target: `document:${input.documentId}`,
    });
    return requestDocuments({ store: tx.store }, input.reference);
  });
}

export interface DocumentRedactionInput {
  reference: string;
  documentId: string;
  target: DocumentRedactionTarget;
  reason: string;
  note?: string | undefined;
}

/**
 * Art. 15(4): withholds another person's data inside a document of the copy, a stretch of a page's text
 * or an area of a page. The target must lie on a page that was read and within it: a redaction beside
 * the words would be listed as made while the name still went out.
 */
export async function redactInDocument(deps: UseCaseDeps, input: DocumentRedactionInput): Promise<DocumentRedaction> {
  const reason = redactionReasonSchema.safeParse(input.reason);
  if (!reason.success)
    throw new DomainError('redaction.unknown-reason', { reason: String(input.reason), allowed: redactionReasonSchema.options.join(', ') });
  requireNoteForOther(input.reference, reason.data, input.note);
  return inRequestTransaction(deps, async (tx) => {
    await loadOpenRequest(tx.store, input.reference);
    await requireInCopy(tx, input.reference, input.documentId);
    const page = (await tx.store.documents.pages(input.documentId)).find((p) => p.page === input.target.page);
    if (!page) throw new DomainError('document.page-not-found', { documentId: input.documentId, page: input.target.page });
    if (!targetFits(input.target, page))
      throw new DomainError('document.target-outside', { documentId: input.documentId, page: page.page });
    const redaction: Omit<DocumentRedaction, 'id'> = {
      reference: input.reference,
      documentId: input.documentId,
      target: input.target,
      reason: reason.data,
      note: input.note?.trim() || null,
      by: tx.clerk,
      on: tx.today,
    };
    const id = await tx.store.documents.addRedaction(redaction);
    await tx.audit({
      action: 'document.redact',
      requestRef: input.reference,
      target: `document:${input.documentId}`,
      details: { reason: reason.data, page: page.page, kind: input.target.kind },
    });
    return { id, ...redaction };
  });
}

export interface LiftDocumentRedactionInput {
  reference: string;
  redactionId: number;
  /** Lifting discloses what was withheld: the clerk says why; the reason is kept as a note on the request. */
  reason: string;
}

/** Takes back a redaction inside a document; the reason is kept on the request's file (a note), not in the trail. */
export async function liftDocumentRedaction(deps: UseCaseDeps, input: LiftDocumentRedactionInput): Promise<DocumentRedaction> {
  const reason = input.reason.trim();
  if (!reason) throw new DomainError('document.lift-reason-required', { reference: input.reference, redactionId: input.redactionId });
  return inRequestTransaction(deps, async (tx) => {
    await loadOpenRequest(tx.store, input.reference);
    const redaction = (await tx.store.documents.redactions(input.reference)).find((r) => r.id === input.redactionId);
    if (!redaction || !(await tx.store.documents.removeRedaction(input.reference, input.redactionId)))
      throw new DomainError('document.redaction-not-found', { reference: input.reference, redactionId: input.redactionId });
    await tx.store.requests.addNote(input.reference, {
      text: `Redaction ${redaction.id} in document ${redaction.documentId} (page ${redaction.target.page}) lifted: ${reason}`,
      by: tx.clerk,
      at: tx.at,
    });
    await tx.audit({
      action: 'document.lift-redaction',
      requestRef: input.reference,
      target: `document:${redaction.documentId}`,
      details: { page: redaction.target.page, kind: redaction.target.kind },
    });
    return redaction;
  });
}

/** The document must be part of the request's copy (linked to the person or their case, or a mention added). */
async function requireInCopy(tx: RequestTx, reference: string, documentId: string): Promise<void> {
  await tx.store.documents.document(documentId);
  const { documents } = await requestDocuments({ store: tx.store }, reference);
  if (!documents.some((d) => d.document.id === documentId)) throw new DomainError('document.not-in-request', { reference, documentId });
}

/**
 * A text target is a non-empty stretch of the page's text (offsets into DocumentPage.text); an area lies
 * on the page in its own units, which a page without layout (an e-mail, a text file) does not have.
 */
export function targetFits(target: DocumentRedactionTarget, page: DocumentPage): boolean {
  if (target.kind === 'text')
    return (
      Number.isInteger(target.start) &&
      Number.isInteger(target.end) &&
      0 <= target.start &&
      target.start < target.end &&
      target.end <= page.text.length
    );
  const finite = [target.x, target.y, target.width, target.height].every(Number.isFinite);
  return (
    finite &&
    page.width > 0 &&
    page.height > 0 &&
    target.x >= 0 &&
    target.y >= 0 &&
    target.width > 0 &&
    target.height > 0 &&
    target.x + target.width <= page.width &&
    target.y + target.height <= page.height
  );
}
