import { DomainError } from '../../../../shared/errors/domainError.ts';
import type { DocumentFile, DocumentView } from '../../../../shared/documents/documentView.ts';
import { decideMention, liftDocumentRedaction, redactInDocument } from '../../documents/documentDecisions.ts';
import { requestDocuments } from '../../documents/requestDocuments.ts';
import type { UseCaseDeps } from '../../store/useCaseDeps.ts';
import type { DocumentsReadSummary } from '../../../../shared/ipc/types.ts';
import type { ReadDocumentsResult } from '../../documents/readDocuments.ts';
import type { ReadDocumentsTaskInput } from '../../jobs/readDocumentsTask.ts';
import type { Handlers } from '../dispatch.ts';
import type { HandlerContext } from '../handlerContext.ts';

type DocumentChannels =
  | 'document:list'
  | 'document:view'
  | 'document:file'
  | 'document:decideMention'
  | 'document:redact'
  | 'document:liftRedaction'
  | 'document:read';

/**
 * The `document:` channels (issue 16.3, 16.5; docs-window): the review's documents of a request, a
 * document's pages and file for the viewer, and the clerk's decisions. A document is opened only through a
 * request that holds it or was offered it: the window never reads an arbitrary document by id.
 */
export function documentChannel(ctx: HandlerContext): Pick<Handlers, DocumentChannels> {
  return {
    async 'document:list'({ requestId }) {
      return requestDocuments(ctx.useCaseDeps(), requestId);
    },
    async 'document:view'({ requestId, documentId }) {
      const deps = ctx.useCaseDeps();
      await requireVisible(deps, requestId, documentId);
      return documentView(deps, requestId, documentId);
    },
    async 'document:file'({ requestId, documentId }): Promise<DocumentFile> {
      const deps = ctx.useCaseDeps();
      await requireVisible(deps, requestId, documentId);
      const document = await deps.store.documents.document(documentId);
      const bytes = await deps.store.documents.file(document.sha256);
      return { documentId, mediaType: document.mediaType, base64: Buffer.from(bytes).toString('base64') };
    },
    async 'document:decideMention'({ requestId, ...input }) {
      return decideMention(ctx.useCaseDeps(), { reference: requestId, ...input });
    },
    async 'document:redact'({ requestId, ...input }) {
      const deps = ctx.useCaseDeps();
      const redaction = await redactInDocument(deps, { reference: requestId, ...input });
      return documentView(deps, requestId, redaction.documentId);
    },
    async 'document:liftRedaction'({ requestId, redactionId, reason }) {
      const deps = ctx.useCaseDeps();
      const lifted = await liftDocumentRedaction(deps, { reference: requestId, redactionId, reason });
      return documentView(deps, requestId, lifted.documentId);
    },
    // docs-readjob (issue 16.2): OCR of a scan takes seconds a page, so the reading runs in a worker thread
    // (jobs/readDocumentsTask.ts) as a job with progress events, as the export does; never on this thread.
    async 'document:read'() {
      const deps = ctx.useCaseDeps();
      const input: ReadDocumentsTaskInput = {
        databaseLocation: ctx.databaseLocation,
        policyFile: ctx.policyFile,
        clerk: deps.clerk.name,
        clerkRole: deps.clerk.role ?? null,
        today: deps.clock.today(),
        startedAt: deps.clock.now().toISOString(),
        auditKeys: { audit: ctx.keys.audit.toString('hex'), query: ctx.keys.query.toString('hex') },
      };
      const jobId = ctx.jobs.start('documents', (progress): Promise<DocumentsReadSummary> =>
        ctx.runTask<ReadDocumentsResult>('documents:read', input, progress),
      );
      return { jobId };
    },
  };
}

/** In the copy, offered as a possible mention, or dismissed (the clerk may look again before reversing it). */
async function requireVisible(deps: UseCaseDeps, reference: string, documentId: string): Promise<void> {
  const { documents, possibleMentions, dismissed } = await requestDocuments(deps, reference);
  const ids = [...documents, ...possibleMentions, ...dismissed].map((d) => d.document.id);
  if (!ids.includes(documentId)) {
    await deps.store.documents.document(documentId);
    throw new DomainError('document.not-in-request', { reference, documentId });
  }
}

async function documentView(deps: UseCaseDeps, reference: string, documentId: string): Promise<DocumentView> {
  const { documents } = deps.store;
  return {
    reference,
    document: await documents.document(documentId),
    reading: await documents.reading(documentId),
    pages: await documents.pages(documentId),
    redactions: await documents.redactions(reference, documentId),
  };
}
