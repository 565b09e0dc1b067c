import type { Migration } from '../migration.ts';

/**
 * The switch-over to the keyed audit chain (issue 13.4, docs/audit-trail.md § Switch-over). Entries
 * already in the log were sealed with unkeyed SHA-256 and stay as they are (the log is append-only);
 * `keyed_from` records the sequence number from which every entry is sealed with HMAC under the
 * installation's audit key. A new database has no entries, so its whole chain is keyed (keyed_from 1).
 * The first entry written after the switch-over of an existing log is an `audit.keyed` entry that
 * records how many unkeyed entries precede it.
 */
export const keyedAuditChain: Migration = {
  version: 6,
  name: 'keyed audit chain',
  sql: `
ALTER TABLE audit_anchor ADD COLUMN keyed_from INTEGER NOT NULL DEFAULT 1 CHECK (keyed_from >= 1);
UPDATE audit_anchor SET keyed_from = count + 1 WHERE id = 1;
`,
};
