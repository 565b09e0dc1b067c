import { z } from 'zod';

/**
 * A document of the case file as the extract lists it (issue 16.4): what it is, in the person's language,
 * where its full copy is (the appendix number in the PDF, the file in the archive), whether it is held
 * as a processor (Art. 28: the client's, provided on its instruction) and what was withheld in it, page
 * by page, with the reason (Art. 15(4); the list that goes to the person names each document).
 */
export const extractDocumentSchema = z.strictObject({
  documentId: z.string().min(1),
  /** 1-based number of the appendix in the PDF, in the list's order. */
  appendix: z.number().int().positive(),
  kind: z.string().min(1),
  kindLabel: z.string().min(1),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  directionLabel: z.string().min(1),
  sender: z.string().nullable(),
  recipient: z.string().nullable(),
  title: z.string().nullable(),
  fileName: z.string().min(1),
  mediaType: z.string().min(1),
  /** Pages as read (0 when the document could not be read). */
  pageCount: z.number().int().nonnegative(),
  readStatus: z.enum(['pending', 'read', 'unreadable', 'ocr-unavailable']),
  /** Where the archive keeps its (redacted where needed) file. */
  archivePath: z.string().min(1),
  /** Held for a client as processor: the client (controller) named, the document given on its instruction. */
  heldForController: z.string().nullable(),
  withheld: z.array(
    z.strictObject({
      page: z.number().int().positive(),
      reason: z.string().min(1),
      reasonText: z.string().min(1),
      note: z.string().nullable(),
    }),
  ),
});
export type ExtractDocument = z.infer<typeof extractDocumentSchema>;
