import type { ExtractDocument } from '../../../../shared/documents/extractDocuments.ts';
import type { Language } from '../../../../shared/extract/extractModel.ts';
import { fill } from '../../../../shared/extract/texts.ts';
import type { Store } from '../../store/store.ts';
import type { ArchiveDocumentFile } from './redactedFile.ts';
import { archiveDocumentFile } from './redactedFile.ts';
import type { RedactedPage, RedactionInput } from './redactedPages.ts';
import { redactedPages } from './redactedPages.ts';

/**
 * The content of a request's documents for the export, fetched one document at a time from the store
 * and redacted on the way out (issue 16.5): the PDF's appendices and the archive's files never see an
 * original where the clerk redacted something, and only one document's file (and one page's pixels)
 * is in memory at a time, so the export in its worker stays bounded (docs/documents.md).
 */
export interface DocumentContent {
  pages(entry: ExtractDocument): AsyncGenerator<RedactedPage>;
  archiveFile(entry: ExtractDocument): Promise<ArchiveDocumentFile>;
}

export function storeDocumentContent(store: Store, reference: string, language: Language): DocumentContent {
  const input = async (entry: ExtractDocument): Promise<RedactionInput> => {
    const document = await store.documents.document(entry.documentId);
    return {
      document,
      bytes: await store.documents.file(document.sha256),
      pages: await store.documents.pages(document.id),
      redactions: await store.documents.redactions(reference, document.id),
      marker: fill('documents.redactedMarker', language),
    };
  };
  return {
    async *pages(entry) {
      yield* redactedPages(await input(entry));
    },
    async archiveFile(entry) {
      return archiveDocumentFile(await input(entry));
    },
  };
}
