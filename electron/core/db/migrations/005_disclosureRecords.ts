import type { Migration } from '../migration.ts';

/**
 * Ties a disclosure to the record that caused it (Art. 15(1)(c) GDPR, CJEU C-154/21: the person may
 * learn the identity of every actual recipient): the letter the printer posted, the look-up the
 * address-update service answered, the legal step the court or bailiff handled. The extract lists a
 * disclosure under that record as well as under the records whose data categories it carried
 * (shared/extract/recipients.ts). Real foreign keys, so an import is checked against them like any
 * other reference; at most one of the three is set, and a disclosure without any is case-level (the
 * client's status report, a hand-over abroad).
 */
export const disclosureRecords: Migration = {
  version: 5,
  name: 'disclosures tied to the record that caused them',
  sql: `
ALTER TABLE disclosures ADD COLUMN communication_id TEXT REFERENCES communications(id);
ALTER TABLE disclosures ADD COLUMN lookup_id TEXT REFERENCES external_lookups(id);
ALTER TABLE disclosures ADD COLUMN legal_step_id TEXT REFERENCES legal_steps(id)
  CHECK ((communication_id IS NOT NULL) + (lookup_id IS NOT NULL) + (legal_step_id IS NOT NULL) <= 1);
`,
};
