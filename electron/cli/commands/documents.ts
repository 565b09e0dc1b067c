import { listDocuments } from '../../core/documents/documentList.ts';
import { ocrEngineFrom } from '../../core/documents/reading/tesseract.ts';
import { readPendingDocuments } from '../../core/documents/readDocuments.ts';
import { fillPlaceholders } from '../../../shared/errors/errorMessages.ts';
import { parseCommandArgs } from '../args.ts';
import { cliErrorMessages } from '../cliErrorMessages.ts';
import type { Command } from '../cliTypes.ts';
import { UsageError } from '../cliTypes.ts';
import { readProgressReporter, reportDocumentsRead } from '../documentsReadReport.ts';
import { withUseCaseDeps } from '../useCaseDeps.ts';

/**
 * `inzage documents read`: reads the text of every document not read yet or waiting for OCR (PDF text,
 * OCR with tesseract nld+eng, e-mail, plain text; docs/documents.md "Reading the text"), logged as one
 * audit entry. `inzage documents list [--unreadable]`: the documents with their read status; with
 * --unreadable only those whose text is not there, each with the reason. Ids, kinds and statuses only:
 * no names, no text.
 */
export const documentsCommand: Command = {
  name: 'documents',
  summary: "read the case file's documents (read) or list them with their read status (list [--unreadable])",
  usage:
    'inzage documents read [--db FILE] [--clerk NAME] [--json]\n' +
    '       inzage documents list [--unreadable] [--db FILE] [--json]\n' +
    '       (OCR runs the tesseract command; INZAGE_TESSERACT names another path)',
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub === 'read') {
      const { values, positionals } = parseCommandArgs(rest, {
        db: { type: 'string' },
        clerk: { type: 'string' },
        json: { type: 'boolean' },
      });
      if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
      return withUseCaseDeps(values, io, {}, async (deps) => {
        const result = await readPendingDocuments(deps, {
          onProgress: readProgressReporter(io, 'documents read'),
          ocr: ocrEngineFrom(io.env),
        });
        if (values.json) io.out(`${JSON.stringify(result, null, 2)}\n`);
        else reportDocumentsRead(result, io);
        return 0;
      });
    }
    if (sub === 'list') {
      const { values, positionals } = parseCommandArgs(rest, {
        db: { type: 'string' },
        unreadable: { type: 'boolean' },
        json: { type: 'boolean' },
      });
      if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
      return withUseCaseDeps(values, io, { readonly: true, needsClerk: false }, async (deps) => {
        const listed = await listDocuments(deps, { notRead: values.unreadable ?? false });
        if (values.json) {
          io.out(`${JSON.stringify(listed, null, 2)}\n`);
          return 0;
        }
        if (listed.length === 0) io.out(values.unreadable ? 'Every document has been read.\n' : 'No documents in this database.\n');
        for (const document of listed) {
          const status = document.status === 'read' ? `read, ${document.pageCount} pages` : (document.problem ?? document.status);
          io.out(`${document.id}  ${document.date}  ${document.kind}  ${document.mediaType}  ${status}\n`);
          if (document.notice) io.out(`    ${fillPlaceholders(cliErrorMessages[document.notice.code], document.notice.params)}\n`);
        }
        return 0;
      });
    }
    throw new UsageError(sub === undefined ? 'give a subcommand: read or list' : `unknown subcommand "${sub}"`);
  },
};
