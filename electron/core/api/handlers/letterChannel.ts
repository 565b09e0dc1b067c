import { DomainError } from '../../../../shared/errors/domainError.ts';
import type { LetterRequest } from '../../requests/useCases/index.ts';
import { fixLetter, findRequest, printFixedLetter, saveLetterPdf } from '../../requests/useCases/index.ts';
import { parseLetterId } from '../../../../shared/letters/letterModel.ts';
import { letterPdfInFolder, letterPdfWriter } from '../../output/letterPdfFile.ts';
import { exportFolder } from '../recordedExport.ts';
import type { Handlers } from '../dispatch.ts';
import type { HandlerContext } from '../handlerContext.ts';
import { requestDetailOf } from './requestDetailOf.ts';

/** What the window asks for by letter id (the schema already checked it parses). */
function wantedLetter(reference: string, letterId: string, freeParagraph: string | undefined): LetterRequest {
  const parsed = parseLetterId(letterId);
  if (!parsed) throw new DomainError('input.invalid', { field: 'letterId', problem: `not a letter of ${reference}` });
  return { kind: parsed.kind, controllerId: parsed.controllerId, ...(freeParagraph ? { freeParagraph } : {}) };
}

/**
 * letter:* — letters that leave the app (issue 14.8), on the same use cases as `inzage request letter`:
 * fix a letter with the clerk's one free paragraph; save it as a PDF into the request's export folder
 * (recorded with its SHA-256); print it, which the main process does with the OS print dialog over the
 * letter view the window shows (`printWindow`, electron/main/printLetter.ts). Printing a letter fixes it first.
 */
export function letterChannel(ctx: HandlerContext): Pick<Handlers, 'letter:fix' | 'letter:savePdf' | 'letter:print'> {
  const deps = () => ctx.useCaseDeps();
  const detail = async (reference: string) => requestDetailOf(ctx, await findRequest(deps(), reference));
  return {
    async 'letter:fix'({ requestId, letterId, freeParagraph }) {
      await fixLetter(deps(), requestId, wantedLetter(requestId, letterId, freeParagraph));
      return detail(requestId);
    },
    async 'letter:savePdf'({ requestId, letterId, freeParagraph }) {
      const folder = exportFolder(ctx.settings.read().outputFolder, { reference: requestId });
      const { file } = await saveLetterPdf(
        deps(),
        requestId,
        wantedLetter(requestId, letterId, freeParagraph),
        letterPdfWriter(letterPdfInFolder(folder)),
      );
      return { detail: await detail(requestId), fileName: file.fileName, sha256: file.sha256 };
    },
    async 'letter:print'({ requestId, letterId }) {
      // The letter must be fixed (the window fixes it and shows the fixed text before asking to print); audited only if printed.
      const printWindow = ctx.printWindow;
      return printFixedLetter(deps(), requestId, letterId, printWindow ? () => printWindow() : async () => false);
    },
  };
}
