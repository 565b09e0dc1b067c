import type { IsoDate } from '../../../shared/dates/isoDate.ts';
import type { DeadlineState } from '../../../shared/deadlines/computeDueDate.ts';
import { computeLawfulDeadline } from '../../../shared/deadlines/lawfulDeadline.ts';
import type { Holidays } from '../../../shared/deadlines/publicHolidays.ts';
import type { Language, RedactionReason } from '../../../shared/extract/extractModel.ts';
import type { CategoryReview } from '../../../shared/extract/reviewDecisions.ts';
import type { RequestStatus } from '../../../shared/requests/requestStatus.ts';
import type { ControllerInstruction, RequestOutcome, StoredController } from '../../../shared/requests/requestOutcome.ts';
import type { RequestChannel, RequestKind, StoredRequest } from '../../../shared/requests/requestTypes.ts';
import type { FixedLetter } from '../../../shared/letters/letterModel.ts';
import type { StoredRepresentative } from '../../../shared/requests/representative.ts';

/**
 * The request register's storage port (docs/architecture.md § Storage): what the use cases in
 * ./useCases read and write, and nothing more. The rules (which transition, which date) live in the
 * use cases; a backend only stores. Every method is asynchronous so a network database fits; the
 * SQLite backend (sqliteRequestRepository.ts) answers from prepared statements at once.
 * Writes name the request by its reference; an unknown reference is the use case's to refuse first.
 */
export interface RequestRepository {
  /** The request with everything attached, or null. */
  find(reference: string): Promise<StoredRequest | null>;
  /** Every request, oldest receipt first. */
  list(): Promise<StoredRequest[]>;
  /** The next free sequence number of a year's references (INZ-YYYY-NNNN). */
  nextNumber(year: number): Promise<number>;
  insert(request: NewRequestRow): Promise<void>;
  /** The new status, its reason and closing day, and one row of status history. */
  changeStatus(reference: string, change: StatusChangeRow): Promise<void>;
  openPause(reference: string, pause: { from: IsoDate; by: string }): Promise<void>;
  /** Ends the open pause (if any) on `until`. */
  endPause(reference: string, until: IsoDate): Promise<void>;
  setIdentity(reference: string, identity: { method: string; checkedOn: IsoDate; checkedBy: string }): Promise<void>;
  setExtension(reference: string, extension: { reason: string; recordedOn: IsoDate; by: string }): Promise<void>;
  /** Links a subject (replacing an earlier link or rejection of it). */
  linkSubject(reference: string, link: SubjectDecision): Promise<void>;
  /** Records a subject as not the requester (replacing an earlier link or rejection of it). */
  rejectSubject(reference: string, rejection: SubjectDecision & { reason: string }): Promise<void>;
  /** Adds a note; returns its id. */
  addNote(reference: string, note: { text: string; by: string; at: string }): Promise<number>;
  addOutput(reference: string, output: { fileName: string; kind: string; sha256: string; createdAt: string }): Promise<void>;
  addRedaction(reference: string, redaction: RedactionRow): Promise<void>;
  /** Marks the given redactions (ids from StoredRequest.redactions) lifted. */
  liftRedactions(ids: readonly number[], lift: { by: string; on: IsoDate }): Promise<void>;
  /** The data categories marked reviewed on this request (migration 008, issue 14.3). */
  categoryReviews(reference: string): Promise<CategoryReviewMark[]>;
  /** Marks a category reviewed (replacing an earlier mark of it). */
  markCategoryReviewed(reference: string, mark: CategoryReviewMark): Promise<void>;
  unmarkCategoryReviewed(reference: string, categoryId: string): Promise<void>;
  setOutcome(reference: string, outcome: RequestOutcome): Promise<void>;
  /** Records (or replaces) who acts for the person. */
  setRepresentative(reference: string, representative: StoredRepresentative): Promise<void>;
  /** Records the clients the request is referred to (processor role); an existing row keeps its instruction. */
  addControllers(reference: string, controllers: readonly Omit<StoredController, 'instruction'>[]): Promise<void>;
  setControllerInstruction(
    reference: string,
    controllerId: string,
    instruction: { kind: ControllerInstruction; receivedOn: IsoDate; note: string | null; by: string },
  ): Promise<void>;
  /** The letters fixed so far (issue 14.8), in the order they were fixed. */
  fixedLetters(reference: string): Promise<FixedLetter[]>;
  /** Stores a letter as fixed; a letter id is fixed once (the use case returns the stored one after that). */
  addFixedLetter(reference: string, fixed: FixedLetter): Promise<void>;
}

export interface NewRequestRow {
  reference: string;
  year: number;
  number: number;
  receivedOn: IsoDate;
  channel: RequestChannel;
  kind: RequestKind;
  language: Language;
  requester: { name: string; address?: string | undefined; email?: string | undefined };
  createdBy: string;
  /** The business day it was registered (the first status-history row), and the instant. */
  createdOn: IsoDate;
  createdAt: string;
}

export interface StatusChangeRow {
  from: RequestStatus | null;
  to: RequestStatus;
  reason: string | null;
  closedOn: IsoDate | null;
  on: IsoDate;
  by: string;
  at: string;
}

export interface SubjectDecision {
  subjectId: string;
  evidence: unknown;
  on: IsoDate;
  by: string;
}

/** A data category the clerk marked reviewed: who, on which day (shared/extract/reviewDecisions.ts). */
export type CategoryReviewMark = CategoryReview;

/** A redaction row; `lifted` set (with reason null) records the lifting of an automatic redaction. */
export interface RedactionRow {
  recordKind: string;
  recordId: string;
  field: string | null;
  reason: RedactionReason | null;
  note: string | null;
  by: string;
  on: IsoDate;
  lifted: { by: string; on: IsoDate } | null;
}

/**
 * The lawful deadline of a stored request, with identity pauses and any extension (shared/deadlines),
 * moved past the register's public holidays: pass `holidaysOf(deps.register)`. Pauses asked for after
 * the due date or after the identity was verified stay on record but do not move it (issue 12;
 * shared/deadlines/lawfulDeadline.ts).
 */
export function requestDeadline(
  request: Pick<StoredRequest, 'receivedOn' | 'pauses' | 'extension' | 'statusHistory'>,
  holidays: Holidays,
): DeadlineState & { originalDue: IsoDate } {
  const lawful = computeLawfulDeadline(request, holidays);
  return { ...lawful.deadline, originalDue: lawful.originalDue };
}

/**
 * Who acts and on which day, for the synchronous helpers that other features still call directly
 * (extract, demo). Use cases take UseCaseDeps (clerk + clock) instead.
 */
export interface Actor {
  clerk: string;
  today: IsoDate;
  now?: Date;
}

// Synchronous reads on one SQLite connection, kept for callers outside the use cases (show, extract).
export { getRequest, listRequests } from './sqliteRequestRepository.ts';
