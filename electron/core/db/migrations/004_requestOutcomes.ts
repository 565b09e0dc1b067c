import type { Migration } from '../migration.ts';

/**
 * Who asks and how a request ends (issue 12, points 6, 8 and 9; docs/domain.md § 9).
 *
 * - `requests.outcome`: an answer that is not a copy of records. `no-data`: "we hold no personal data
 *   about you" (Art. 15(1): the confirmation is itself the answer); `referred-to-controller`: the
 *   organisation holds the data only as processor (Art. 28(3)(e)) and the request went to the client.
 *   NULL for every other request (an extract, a refusal, a withdrawal: the status says it).
 * - `request_representatives`: someone acting for the person (an authorised representative, a
 *   bewindvoerder, a WSNP administrator, a debt counsellor), with the proof of authority that was
 *   checked, by whom and when. One per request; recording another replaces it (the audit trail keeps both).
 * - `request_controllers`: for a person known only as an invoice recipient, the clients (controllers)
 *   the request was referred to, a copy of how to reach them as it stood when referred, and each
 *   client's recorded instruction. An extract is made only on the instruction `provide-extract`.
 */
export const requestOutcomes: Migration = {
  version: 4,
  name: 'request outcomes, representatives and controllers',
  sql: `
ALTER TABLE requests ADD COLUMN outcome TEXT CHECK (outcome IS NULL OR outcome IN ('no-data','referred-to-controller'));

CREATE TABLE request_representatives (
  request_id   INTEGER PRIMARY KEY REFERENCES requests(id),
  name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
  capacity     TEXT NOT NULL CHECK (capacity IN ('authorised-representative','bewindvoerder','wsnp-administrator','debt-counsellor')),
  address      TEXT,
  email        TEXT,
  proof        TEXT NOT NULL CHECK (length(trim(proof)) > 0),
  checked_on   TEXT NOT NULL,
  checked_by   TEXT NOT NULL
) STRICT;

CREATE TABLE request_controllers (
  request_id              INTEGER NOT NULL REFERENCES requests(id),
  controller_id           TEXT NOT NULL,
  name                    TEXT NOT NULL,
  contact                 TEXT NOT NULL CHECK (json_valid(contact)),
  referred_on             TEXT NOT NULL,
  referred_by             TEXT NOT NULL,
  instruction             TEXT CHECK (instruction IS NULL OR instruction IN ('provide-extract','controller-answers')),
  instruction_received_on TEXT,
  instruction_note        TEXT,
  instruction_by          TEXT,
  PRIMARY KEY (request_id, controller_id),
  CHECK ((instruction IS NULL) = (instruction_received_on IS NULL))
) STRICT;
`,
};
