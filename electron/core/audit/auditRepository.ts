import type { AuditEntry, AuditInput, AuditVerification } from './auditLog.ts';

/**
 * The audit trail's storage port (docs/architecture.md § Storage). Appending moves the hash chain and
 * its anchor together; a backend must do that inside the caller's transaction, so a change and its
 * audit entry commit together (Art. 5(2) GDPR). Asynchronous so a network database fits.
 */
export interface AuditRepository {
  /** Appends one entry at `at` (the use case's clock) and returns it with its hash. */
  append(input: AuditInput, at: Date): Promise<AuditEntry>;
  /** Walks the whole chain and the anchor; reports the first entry that does not fit. */
  verify(): Promise<AuditVerification>;
  /** The entries about one request, oldest first. */
  forRequest(requestRef: string): Promise<AuditEntry[]>;
  /** One page, newest first, optionally of one request's entries, with the total. */
  page(options: { limit: number; offset: number; requestRef?: string }): Promise<{ total: number; entries: AuditEntry[] }>;
}
