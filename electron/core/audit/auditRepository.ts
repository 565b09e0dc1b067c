import type { AuditCheckpoint } from './auditCheckpoint.ts';
import type { AuditEntry, AuditInput } from './auditLog.ts';
import type { AuditVerification } from './auditVerify.ts';

/**
 * The audit trail's storage port (docs/architecture.md § Storage). Appending moves the keyed chain and
 * its anchor together; a backend must do that inside the caller's transaction, so a change and its
 * audit entry commit together (Art. 5(2) GDPR). Asynchronous so a network database fits. The backend
 * holds the installation's audit and query keys (docs/audit-trail.md), so no use case handles them.
 */
export interface AuditRepository {
  /** Appends one entry at `at` (the use case's clock) and returns it with its seal. */
  append(input: AuditInput, at: Date): Promise<AuditEntry>;
  /** Walks the whole chain and the anchor, and the checkpoint if given; reports the first entry that does not fit. */
  verify(checkpoint?: AuditCheckpoint): Promise<AuditVerification>;
  /** The trail's length and head now, authenticated, to be kept outside the database (with an export, in a report). */
  checkpoint(at: Date): Promise<AuditCheckpoint>;
  /** The keyed digest to log in place of a search text (issue 13.8): the same text gives the same digest on this installation only. */
  digest(text: string): string;
  /** The entries about one request, oldest first. */
  forRequest(requestRef: string): Promise<AuditEntry[]>;
  /** One page, newest first, optionally of one request's entries, with the total. */
  page(options: { limit: number; offset: number; requestRef?: string }): Promise<{ total: number; entries: AuditEntry[] }>;
}
