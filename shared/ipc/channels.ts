import { representativeCapacities } from '../requests/representative.ts';
import { controllerInstructions, requestOutcomes } from '../requests/requestOutcome.ts';
import { z } from 'zod';
import type { ErrorParams } from '../errors/domainError.ts';
import type { ErrorCode } from '../errors/errorCodes.ts';
import { languageSchema, redactionReasonSchema } from '../extract/extractModel.ts';
import type { CategoryReview, UnreviewedCategory, WithheldCase } from '../extract/reviewDecisions.ts';
import type { ExtractReviewOverview, ReviewPage } from '../extract/reviewPages.ts';
import { reviewPageSizeMax } from '../extract/reviewPages.ts';
import { requestStatuses } from '../requests/requestStatus.ts';
import { requestChannels, requestKinds } from '../requests/requestTypes.ts';
import type { DueSoonWarning, QueueRow, RequestTeamView } from '../team/teamTypes.ts';
import type { ChannelName, EventName } from './channelNames.ts';
import type {
  AppInfo,
  AuditCheck,
  AuditEntry,
  ExtractModel,
  JobDone,
  JobProgress,
  JobStarted,
  PreviewPdf,
  ReportSummary,
  RetentionOverview,
  RequestDetail,
  RequestSummary,
  SearchResponse,
  Settings,
  SettingsApplied,
  TeamDatabaseCheck,
  Stats,
  VerifyResult,
} from './types.ts';
import { freeParagraphMaxLength, parseLetterId } from '../letters/letterModel.ts';
import { mentionDecisions } from '../documents/documentModel.ts';
import type { RequestDocuments } from '../documents/requestDocuments.ts';
import type { DocumentFile, DocumentView } from '../documents/documentView.ts';

/** A redaction inside a document (shared/documents/documentModel.ts): a text stretch or an area of a page, page 1-based. */
const pageNumber = z.number().int().min(1).max(100_000);
const coordinate = z.number().finite().min(0).max(1_000_000);
const documentRedactionTargetSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('text'), page: pageNumber, start: z.number().int().min(0), end: z.number().int().min(1) }),
  z.strictObject({ kind: z.literal('area'), page: pageNumber, x: coordinate, y: coordinate, width: coordinate, height: coordinate }),
]);

/**
 * The IPC contract (architecture.md): every channel, one use case each, with the zod schema its input
 * must pass before a handler sees it. Schemas are strict objects with bounded strings, so a renderer
 * that is compromised can neither smuggle extra fields nor send megabytes of text.
 */
const id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_.:-]+$/, 'expected an id');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
const shortText = z.string().trim().min(1).max(200);
const path = z.string().min(1).max(4096);
const none = z.strictObject({});
/** A PKCS#12 passphrase as typed by the clerk; bounded like every other string. */
const passphrase = z.string().min(1).max(1024);
/** A request's letter: its kind, or `controller-notice:<client id>` (shared/letters/letterModel.ts). */
const letterId = z
  .string()
  .min(1)
  .max(100)
  .refine((value) => parseLetterId(value) !== null, 'expected a letter id');
/** The clerk's one free paragraph in a letter (issue 14.8). */
const freeParagraph = z.string().trim().max(freeParagraphMaxLength);

/** Whose records a review shows: exactly one of a request or a subject entry. */
const reviewSourceFields = { requestId: id.optional(), subjectId: id.optional(), language: languageSchema.optional() };
const oneSource = (input: { requestId?: string | undefined; subjectId?: string | undefined }) =>
  (input.requestId === undefined) !== (input.subjectId === undefined);
const oneSourceMessage = { message: 'expected either requestId or subjectId' };

export const requestStatusSchema = z.enum(requestStatuses);

export const channelInputs = {
  'app:info': none,
  'settings:get': none,
  // Paths are never set from here: a file or folder is applied only after the clerk chose it in an
  // OS dialog (dialog:*), and the apply channels accept that very path only (electron/core/api/handlers/settingsChannel.ts).
  'settings:update': z.strictObject({
    language: languageSchema.optional(),
    clerkName: shortText.optional(),
    clerkRole: shortText.optional(),
  }),
  'settings:useRegister': z.strictObject({ file: path.nullable() }),
  'settings:useCertificate': z.strictObject({ file: path, passphrase: passphrase }),
  'settings:forgetCertificate': none,
  'settings:useOutputFolder': z.strictObject({ folder: path }),
  'settings:addTrustAnchor': z.strictObject({ file: path }),
  'settings:removeTrustAnchor': z.strictObject({ fingerprint: z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 fingerprint') }),
  'dialog:chooseFile': z.strictObject({ purpose: z.enum(['register', 'certificate', 'checkpoint', 'trust-anchor']) }),
  'dialog:chooseFolder': z.strictObject({ purpose: z.enum(['output']) }),
  'stats:get': none,
  'search:subjects': z.strictObject({
    query: z.string().max(200),
    limit: z.number().int().min(1).max(200).default(50),
    requestId: id.optional(),
    /** The namesakes in a second search of the same text (search as you type; issue 14.9). */
    deferNamesakes: z.boolean().optional(),
  }),
  'request:list': z.strictObject({
    status: requestStatusSchema.optional(),
    overdueOnly: z.boolean().optional(),
    text: z.string().max(200).optional(),
  }),
  'request:create': z.strictObject({
    requesterName: shortText,
    requesterAddress: z.string().max(500).optional(),
    requesterEmail: z.string().max(200).optional(),
    kind: z.enum(requestKinds),
    language: languageSchema,
    receivedOn: isoDate,
    channel: z.enum(requestChannels),
  }),
  'request:get': z.strictObject({ requestId: id }),
  'request:linkSubjects': z.strictObject({
    requestId: id,
    subjectIds: z.array(id).min(1).max(20),
    reason: z.string().max(500),
    /** The clerk confirmed linking an entry recorded as not this person (issue 14.2). */
    overrideRejection: z.boolean().optional(),
  }),
  'request:setStatus': z.strictObject({ requestId: id, status: requestStatusSchema, reason: z.string().trim().min(1).max(500).optional() }),
  'request:rejectSubject': z.strictObject({ requestId: id, subjectId: id, reason: z.string().trim().min(1).max(500) }),
  'request:unlinkSubject': z.strictObject({ requestId: id, subjectId: id, reason: z.string().trim().min(1).max(500) }),
  'request:addNote': z.strictObject({ requestId: id, text: z.string().trim().min(1).max(2000) }),
  'request:checkIdentity': z.strictObject({ requestId: id, method: shortText }),
  'request:extend': z.strictObject({ requestId: id, reason: z.string().trim().min(1).max(500) }),
  'request:setRepresentative': z.strictObject({
    requestId: id,
    name: shortText,
    capacity: z.enum(representativeCapacities),
    address: z.string().trim().min(1).max(500).optional(),
    email: z.string().trim().min(1).max(200).optional(),
    proof: z.string().trim().min(1).max(500),
  }),
  'request:closeWithOutcome': z.strictObject({ requestId: id, outcome: z.enum(requestOutcomes) }),
  'request:referToController': z.strictObject({ requestId: id }),
  'request:recordInstruction': z.strictObject({
    requestId: id,
    controllerId: id,
    instruction: z.enum(controllerInstructions),
    receivedOn: isoDate,
    note: z.string().trim().min(1).max(500).optional(),
  }),
  'redaction:add': z.strictObject({
    requestId: id,
    recordKind: id,
    recordId: id,
    field: id.optional(),
    reason: redactionReasonSchema,
    note: z.string().max(500).optional(),
  }),
  // Lifting an automatic withholding (another person's data) needs the reason and the clerk's confirmation.
  'redaction:remove': z.strictObject({
    requestId: id,
    recordKind: id,
    recordId: id,
    field: id.optional(),
    reason: z.string().max(500).optional(),
    confirmed: z.boolean().optional(),
  }),
  'extract:preview': z.strictObject({ requestId: id }),
  // The review screen's decisions (issue 14.3); "other" without a note is refused by the core (redaction.note-required).
  'redaction:withholdCase': z.strictObject({
    requestId: id,
    caseId: id,
    reason: redactionReasonSchema,
    note: z.string().max(500).optional(),
  }),
  'review:marks': z.strictObject({ requestId: id }),
  'review:mark': z.strictObject({ requestId: id, categoryId: id, reviewed: z.boolean() }),
  'review:unreviewed': z.strictObject({ requestId: id }),
  'extract:previewPdf': z.strictObject({ requestId: id }),
  // The review in parts (issue 14.9): a request's person, or one subject entry opened from search (read only); the texts in
  // the window's language. First the categories with counts, then one page of one category's records.
  'extract:review': z
    .strictObject({ ...reviewSourceFields, firstPageLimit: z.number().int().min(1).max(reviewPageSizeMax).optional() })
    .refine(oneSource, oneSourceMessage),
  'extract:page': z
    .strictObject({
      ...reviewSourceFields,
      categoryId: id,
      offset: z.number().int().min(0),
      limit: z.number().int().min(1).max(reviewPageSizeMax),
      filter: z.string().max(200).optional(),
    })
    .refine(oneSource, oneSourceMessage),
  // The passphrase only when the OS cannot keep it encrypted: then the clerk types it at each export.
  'export:start': z.strictObject({ requestId: id, archive: z.boolean(), passphrase: passphrase.optional() }),
  // A request, not a path: the core opens or checks only the files that request's export recorded.
  'export:verify': z.strictObject({ requestId: id }),
  'export:openFolder': z.strictObject({ requestId: id }),
  'audit:list': z.strictObject({ limit: z.number().int().min(1).max(1000), offset: z.number().int().min(0), requestId: id.optional() }),
  // The checkpoint file must be the one picked in dialog:chooseFile (purpose 'checkpoint'); none: the chain and anchor only.
  'audit:verify': z.strictObject({ checkpointFile: z.string().min(1).max(4096).optional() }),
  'report:summary': none,
  'retention:overdue': none,
  // Replaces the whole database: only with the typed confirmation word (shared/demo/demoRebuild.ts; issue 13.3).
  'demo:rebuild': z.strictObject({ subjects: z.number().int().min(100).max(1_000_000), confirm: z.string().max(100) }),
  // Letters that leave the app (issue 14.8): fixed with the clerk's one free paragraph, saved as PDF into the
  // request's export folder, or printed (the OS print of the letter view, electron/main/printLetter.ts).
  'letter:fix': z.strictObject({ requestId: id, letterId, freeParagraph: freeParagraph.optional() }),
  'letter:savePdf': z.strictObject({ requestId: id, letterId, freeParagraph: freeParagraph.optional() }),
  'letter:print': z.strictObject({ requestId: id, letterId }),
  // team-roles (issue 15.3, 15.4): `version` is the request's version the clerk saw (optimistic concurrency).
  'team:queue': z.strictObject({ mine: z.boolean().optional(), includeClosed: z.boolean().optional() }),
  'team:dueSoon': none,
  'team:request': z.strictObject({ requestId: id }),
  'team:take': z.strictObject({ requestId: id, version: z.number().int().min(0) }),
  'team:handOver': z.strictObject({ requestId: id, version: z.number().int().min(0), to: shortText }),
  'team:approve': z.strictObject({ requestId: id, version: z.number().int().min(0), reason: z.string().trim().max(2000).optional() }),
  'team:reject': z.strictObject({ requestId: id, version: z.number().int().min(0), reason: z.string().trim().min(1).max(2000) }),
  // Settings → Team database (issue 15.1; team-wiring): the URL as typed (a password in it is moved to the
  // secret store), the password apart; absent: the one kept for that server.
  'settings:testTeamDatabase': z.strictObject({ url: z.string().trim().min(1).max(2000), password: passphrase.optional() }),
  'settings:useTeamDatabase': z.strictObject({ url: z.string().trim().min(1).max(2000).nullable(), password: passphrase.optional() }),
  // docs-window (issue 16.3, 16.5): the review's documents. A document is shown only through a request whose
  // copy holds it or whose search offered it; "dismissed" needs a reason and "other" a note (refused by the core).
  'document:list': z.strictObject({ requestId: id }),
  'document:view': z.strictObject({ requestId: id, documentId: id }),
  'document:file': z.strictObject({ requestId: id, documentId: id }),
  'document:decideMention': z.strictObject({
    requestId: id,
    documentId: id,
    decision: z.enum(mentionDecisions),
    reason: z.string().max(500).optional(),
  }),
  'document:redact': z.strictObject({
    requestId: id,
    documentId: id,
    target: documentRedactionTargetSchema,
    reason: redactionReasonSchema,
    note: z.string().max(500).optional(),
  }),
  'document:liftRedaction': z.strictObject({ requestId: id, redactionId: z.number().int().min(1), reason: z.string().max(500) }),
  // docs-readjob (issue 16.2): reads the text of every document not read yet, in a worker, with progress
  // events; the job's done event carries the counts and the unread list (DocumentsReadSummary).
  'document:read': z.strictObject({}),
} satisfies Record<ChannelName, z.ZodType>;

export interface ChannelOutputs {
  'app:info': AppInfo;
  'settings:get': Settings;
  'settings:update': Settings;
  'settings:useRegister': SettingsApplied;
  'settings:useCertificate': SettingsApplied;
  'settings:forgetCertificate': Settings;
  'settings:useOutputFolder': Settings;
  'settings:addTrustAnchor': Settings;
  'settings:removeTrustAnchor': Settings;
  'dialog:chooseFile': { path: string | null };
  'dialog:chooseFolder': { path: string | null };
  'stats:get': Stats;
  'search:subjects': SearchResponse;
  'request:list': RequestSummary[];
  'request:create': RequestDetail;
  'request:get': RequestDetail;
  'request:linkSubjects': RequestDetail;
  'request:setStatus': RequestDetail;
  'request:rejectSubject': RequestDetail;
  'request:unlinkSubject': RequestDetail;
  'request:addNote': RequestDetail;
  'request:checkIdentity': RequestDetail;
  'request:extend': RequestDetail;
  'request:setRepresentative': RequestDetail;
  'request:closeWithOutcome': RequestDetail;
  'request:referToController': RequestDetail;
  'request:recordInstruction': RequestDetail;
  'redaction:add': RequestDetail;
  'redaction:remove': RequestDetail;
  'extract:preview': ExtractModel;
  'redaction:withholdCase': WithheldCase;
  'review:marks': CategoryReview[];
  'review:mark': CategoryReview[];
  'review:unreviewed': UnreviewedCategory[];
  'extract:previewPdf': PreviewPdf;
  'extract:review': ExtractReviewOverview;
  'extract:page': ReviewPage;
  'export:start': JobStarted;
  'export:verify': VerifyResult;
  'export:openFolder': { opened: boolean };
  'audit:list': { total: number; entries: AuditEntry[] };
  'audit:verify': AuditCheck;
  'report:summary': ReportSummary;
  'retention:overdue': RetentionOverview;
  'demo:rebuild': JobStarted;
  'letter:fix': RequestDetail;
  'letter:savePdf': { detail: RequestDetail; fileName: string; sha256: string };
  'letter:print': { printed: boolean };
  'team:queue': QueueRow[];
  'team:dueSoon': DueSoonWarning;
  'team:request': RequestTeamView;
  'team:take': RequestTeamView;
  'team:handOver': RequestTeamView;
  'team:approve': RequestTeamView;
  'team:reject': RequestTeamView;
  'settings:testTeamDatabase': TeamDatabaseCheck;
  'settings:useTeamDatabase': Settings;
  'document:list': RequestDocuments;
  'document:view': DocumentView;
  'document:file': DocumentFile;
  'document:decideMention': RequestDocuments;
  'document:redact': DocumentView;
  'document:liftRedaction': DocumentView;
  // docs-readjob
  'document:read': JobStarted;
}

export type ChannelInput<C extends ChannelName> = z.input<(typeof channelInputs)[C]>;
export type ParsedInput<C extends ChannelName> = z.output<(typeof channelInputs)[C]>;
export type ChannelOutput<C extends ChannelName> = ChannelOutputs[C];

export interface EventPayloads {
  'job:progress': JobProgress;
  'job:done': JobDone;
}
export type EventPayload<E extends EventName> = EventPayloads[E];

/**
 * What every invoke returns across the bridge: never a thrown exception, always this envelope. A
 * failure carries a stable code and its parameters (shared/errors): the window shows
 * errorMessage(code, params, language); `message` is the English text, for logs and tests.
 */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };
export interface IpcError {
  code: IpcErrorCode;
  params: ErrorParams;
  message: string;
}
/**
 * The domain codes, plus 'not-available': what a bridge without a channel's handler answers (a test
 * bridge, a build without that feature); the window then shows the feature as not available yet.
 */
export type IpcErrorCode = ErrorCode | 'not-available';
