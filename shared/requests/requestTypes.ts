import { z } from 'zod';
import { isIsoDate } from '../dates/isoDate.ts';
import type { IsoDate } from '../dates/isoDate.ts';
import type { DeadlinePause } from '../deadlines/computeDueDate.ts';
import { languageSchema, redactionReasonSchema } from '../extract/extractModel.ts';
import type { Language, RedactionReason } from '../extract/extractModel.ts';
import type { RequestStatus } from './requestStatus.ts';
import type { RequestOutcome, StoredController } from './requestOutcome.ts';
import type { StoredRepresentative } from './representative.ts';

/** The shape of a request in the register (Art. 12 and 15 GDPR), shared by the core, letters and reports. */

export const requestChannels = ['letter', 'email', 'portal', 'phone'] as const;
export type RequestChannel = (typeof requestChannels)[number];
export const requestKinds = ['access', 'portability', 'both'] as const;
export type RequestKind = (typeof requestKinds)[number];

const calendarDate = z.string().refine(isIsoDate, { message: 'expected a calendar date YYYY-MM-DD' });
const optionalText = z.string().trim().min(1).optional();

/** What the clerk types when registering a request: the requester exactly as written. */
export const newRequestSchema = z.strictObject({
  receivedOn: calendarDate,
  channel: z.enum(requestChannels),
  kind: z.enum(requestKinds).default('access'),
  language: languageSchema.default('nl'),
  requester: z.strictObject({
    name: z.string().trim().min(1, 'the requester name is required'),
    address: optionalText,
    email: optionalText,
  }),
});
export type NewRequest = z.input<typeof newRequestSchema>;

export { redactionReasonSchema };

export interface IdentityCheck {
  method: string;
  checkedOn: IsoDate;
  checkedBy: string;
  /** Always true: Inzage never stores a copy of an identity document (EDPB 01/2022 §§ 73–79). */
  noCopyKept: true;
}

export interface StatusChange {
  from: RequestStatus | null;
  to: RequestStatus;
  reason: string | null;
  on: IsoDate;
  by: string;
  at: string;
}

export interface StoredRedaction {
  id: number;
  recordKind: string;
  recordId: string;
  field: string | null;
  reason: RedactionReason | null;
  note: string | null;
  by: string;
  on: IsoDate;
  lifted: boolean;
  liftedBy: string | null;
  liftedOn: IsoDate | null;
}

export interface StoredRequest {
  reference: string;
  receivedOn: IsoDate;
  channel: RequestChannel;
  kind: RequestKind;
  language: Language;
  requester: { name: string; address?: string; email?: string };
  status: RequestStatus;
  statusReason: string | null;
  identity: IdentityCheck | null;
  extension: { reason: string; recordedOn: IsoDate; by: string } | null;
  pauses: (DeadlinePause & { by: string })[];
  statusHistory: StatusChange[];
  subjects: { subjectId: string; evidence: unknown; linkedOn: IsoDate; linkedBy: string }[];
  rejectedCandidates: { subjectId: string; evidence: unknown; reason: string; rejectedOn: IsoDate; rejectedBy: string }[];
  notes: { text: string; by: string; at: string }[];
  outputs: { fileName: string; kind: string; sha256: string; createdAt: string }[];
  redactions: StoredRedaction[];
  /** The day it was sent, refused or withdrawn. */
  closedOn: IsoDate | null;
  /** An answer that is not a copy of records: no data held, or referred to the controller (requestOutcome.ts). */
  outcome: RequestOutcome | null;
  /** Someone acting for the person, with the proof of authority checked (representative.ts); letters go to them. */
  representative: StoredRepresentative | null;
  /** The clients a processor-only request was referred to, with their instructions (Art. 28(3)(e)). */
  controllers: StoredController[];
  createdBy: string;
  createdAt: string;
}

/** "INZ-2026-0001": a per-year sequence, by the year of receipt. */
export function formatReference(year: number, sequence: number): string {
  return `INZ-${year}-${String(sequence).padStart(4, '0')}`;
}

export const referencePattern = /^INZ-\d{4}-\d{4,}$/;
