/** The request register's use cases (docs/architecture.md § Use cases): the app's IPC handlers and the CLI call these. */
export { registerRequest } from './registerRequest.ts';
export { recordIdentity } from './recordIdentity.ts';
export type { IdentityInput } from './recordIdentity.ts';
export { changeStatus, pauseForIdentity } from './changeStatus.ts';
export { linkSubjects, rejectSubject, unlinkSubject } from './subjectDecisions.ts';
export { redact, liftRedaction } from './redactions.ts';
export type { RedactionInput, RedactionKey } from './redactions.ts';
export { extendDeadline } from './extendDeadline.ts';
export { addNote, recordOutput } from './notesAndOutputs.ts';
export type { OutputInput } from './notesAndOutputs.ts';
export { fixLetter, recordLetterPrinted, saveLetterPdf, writeLetter } from './letters.ts';
export type { LetterPdfWriter, LetterRequest, LetterSink } from './letters.ts';
export { findRequest, listRequests, registerSummary, requestReport } from './requestQueries.ts';
export { closeWithOutcome, recordControllerInstruction, referToController } from './outcomes.ts';
export type { InstructionInput } from './outcomes.ts';
export { recordRepresentative } from './representative.ts';
