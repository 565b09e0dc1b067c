import type { DocumentKind, DocumentMediaType, DocumentReading } from '../../../shared/documents/documentModel.ts';
import type { ReadingNotice } from '../../../shared/documents/readingNotice.ts';
import { readingNotice } from '../../../shared/documents/readingNotice.ts';
import type { UseCaseDeps } from '../store/useCaseDeps.ts';

/** One document as the overview lists it: ids, kind and read status only, never names or text. */
export interface ListedDocument {
  id: string;
  kind: DocumentKind;
  mediaType: DocumentMediaType;
  date: string;
  status: DocumentReading['status'];
  problem: DocumentReading['problem'];
  pageCount: number;
  notice: ReadingNotice | null;
}

/**
 * The documents with their read status (issue 16.2): all, or with `notRead` those whose text is not
 * there (unreadable, waiting for OCR, not read yet), so the clerk sees each one the search cannot
 * look into and can look at the file itself. Reads no content, so it is not logged.
 */
export async function listDocuments(deps: Pick<UseCaseDeps, 'store'>, options: { notRead?: boolean } = {}): Promise<ListedDocument[]> {
  const listed: ListedDocument[] = [];
  for (const id of await deps.store.documents.documentIds()) {
    const reading = await deps.store.documents.reading(id);
    if (options.notRead && reading.status === 'read') continue;
    const document = await deps.store.documents.document(id);
    listed.push({
      id,
      kind: document.kind,
      mediaType: document.mediaType,
      date: document.date,
      status: reading.status,
      problem: reading.problem,
      pageCount: reading.pageCount,
      notice: readingNotice(reading),
    });
  }
  return listed;
}
