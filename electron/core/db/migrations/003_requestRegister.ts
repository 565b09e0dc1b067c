import type { Migration } from '../migration.ts';

/**
 * The request register (Art. 12 and 15 GDPR) and the audit log (Art. 5(2), accountability).
 *
 * Requests: what was asked, by whom (as written), when and through which channel; the identity check
 * (method, date, by whom — never a copy of the ID document: there is no column for one, and
 * `identity_no_copy_kept` can only be 1); the status with its history and reasons; the extension with
 * its reasons; the identity pauses; the subjects linked after matching with the evidence the clerk
 * accepted, and the candidates rejected; notes; redactions; the outputs sent with their SHA-256.
 * Deadlines are not stored: they are computed from these dates by shared/deadlines (one source of truth).
 *
 * Audit log: append-only (triggers refuse UPDATE and DELETE), hash-chained, with an anchor row that
 * holds the count and head hash so that deleting the last entry is detected too. It holds references
 * (request references, subject ids, record ids, counts, digests), never copies of personal data.
 */
export const requestRegister: Migration = {
  version: 3,
  name: 'request register and audit log',
  sql: `
CREATE TABLE requests (
  id                     INTEGER PRIMARY KEY,
  reference              TEXT NOT NULL UNIQUE,
  ref_year               INTEGER NOT NULL,
  ref_number             INTEGER NOT NULL,
  received_on            TEXT NOT NULL,
  channel                TEXT NOT NULL CHECK (channel IN ('letter','email','portal','phone')),
  kind                   TEXT NOT NULL CHECK (kind IN ('access','portability','both')),
  language               TEXT NOT NULL DEFAULT 'nl' CHECK (language IN ('nl','en')),
  requester_name         TEXT NOT NULL CHECK (length(trim(requester_name)) > 0),
  requester_address      TEXT,
  requester_email        TEXT,
  status                 TEXT NOT NULL CHECK (status IN ('received','identity-pending','in-progress','ready','sent','refused','withdrawn')),
  status_reason          TEXT,
  identity_method        TEXT,
  identity_checked_on    TEXT,
  identity_checked_by    TEXT,
  identity_no_copy_kept  INTEGER CHECK (identity_no_copy_kept = 1),
  extension_reason       TEXT,
  extension_recorded_on  TEXT,
  extension_by           TEXT,
  closed_on              TEXT,
  created_by             TEXT NOT NULL,
  created_at             TEXT NOT NULL,
  UNIQUE (ref_year, ref_number),
  CHECK ((identity_method IS NULL) = (identity_checked_on IS NULL) AND (identity_method IS NULL) = (identity_no_copy_kept IS NULL)),
  CHECK ((extension_reason IS NULL) = (extension_recorded_on IS NULL)),
  CHECK ((closed_on IS NULL) = (status NOT IN ('sent','refused','withdrawn')))
) STRICT;
CREATE INDEX requests_status ON requests(status);
CREATE INDEX requests_received ON requests(received_on);

CREATE TABLE request_status_history (
  id           INTEGER PRIMARY KEY,
  request_id   INTEGER NOT NULL REFERENCES requests(id),
  from_status  TEXT,
  to_status    TEXT NOT NULL,
  reason       TEXT,
  changed_on   TEXT NOT NULL,
  changed_by   TEXT NOT NULL,
  changed_at   TEXT NOT NULL
) STRICT;
CREATE INDEX request_status_history_request ON request_status_history(request_id);

-- The clock is suspended while waiting for identity information (EDPB Guidelines 01/2022 §§156ff).
CREATE TABLE request_pauses (
  id           INTEGER PRIMARY KEY,
  request_id   INTEGER NOT NULL REFERENCES requests(id),
  reason       TEXT NOT NULL CHECK (reason IN ('identity')),
  from_on      TEXT NOT NULL,
  until_on     TEXT,
  by           TEXT NOT NULL,
  CHECK (until_on IS NULL OR until_on >= from_on)
) STRICT;
CREATE INDEX request_pauses_request ON request_pauses(request_id);

-- No foreign key to subjects: a request and its history outlive a re-import of the case records.
CREATE TABLE request_subjects (
  request_id   INTEGER NOT NULL REFERENCES requests(id),
  subject_id   TEXT NOT NULL,
  evidence     TEXT NOT NULL CHECK (json_valid(evidence)),
  linked_on    TEXT NOT NULL,
  linked_by    TEXT NOT NULL,
  PRIMARY KEY (request_id, subject_id)
) STRICT;

CREATE TABLE request_rejected_candidates (
  request_id   INTEGER NOT NULL REFERENCES requests(id),
  subject_id   TEXT NOT NULL,
  evidence     TEXT NOT NULL CHECK (json_valid(evidence)),
  reason       TEXT NOT NULL,
  rejected_on  TEXT NOT NULL,
  rejected_by  TEXT NOT NULL,
  PRIMARY KEY (request_id, subject_id)
) STRICT;

CREATE TABLE request_notes (
  id           INTEGER PRIMARY KEY,
  request_id   INTEGER NOT NULL REFERENCES requests(id),
  text         TEXT NOT NULL,
  written_by   TEXT NOT NULL,
  written_at   TEXT NOT NULL
) STRICT;

CREATE TABLE request_outputs (
  id           INTEGER PRIMARY KEY,
  request_id   INTEGER NOT NULL REFERENCES requests(id),
  file_name    TEXT NOT NULL,
  kind         TEXT NOT NULL,
  sha256       TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
  created_at   TEXT NOT NULL
) STRICT;

-- Art. 15(4): what is withheld from the copy and why. A lifted row either lifts the clerk's own
-- redaction or, when it has no active twin, an automatic one (reason may then be empty).
CREATE TABLE request_redactions (
  id           INTEGER PRIMARY KEY,
  request_id   INTEGER NOT NULL REFERENCES requests(id),
  record_kind  TEXT NOT NULL,
  record_id    TEXT NOT NULL,
  field        TEXT,
  reason       TEXT CHECK (reason IN ('third-party-data','third-party-financial','confidential-business','legal-privilege','other')),
  note         TEXT,
  by           TEXT NOT NULL,
  on_date      TEXT NOT NULL,
  lifted       INTEGER NOT NULL DEFAULT 0 CHECK (lifted IN (0,1)),
  lifted_by    TEXT,
  lifted_on    TEXT,
  CHECK (lifted = 1 OR reason IS NOT NULL),
  CHECK ((lifted = 1) = (lifted_on IS NOT NULL))
) STRICT;
CREATE INDEX request_redactions_request ON request_redactions(request_id);

CREATE TABLE audit_log (
  seq          INTEGER PRIMARY KEY,
  at           TEXT NOT NULL,
  actor        TEXT NOT NULL,
  action       TEXT NOT NULL,
  request_ref  TEXT,
  subject_id   TEXT,
  target       TEXT,
  details      TEXT CHECK (details IS NULL OR json_valid(details)),
  prev_hash    TEXT NOT NULL,
  hash         TEXT NOT NULL
) STRICT;
CREATE INDEX audit_log_request ON audit_log(request_ref);

CREATE TABLE audit_anchor (
  id           INTEGER PRIMARY KEY CHECK (id = 1),
  count        INTEGER NOT NULL,
  head_hash    TEXT NOT NULL
) STRICT;
INSERT INTO audit_anchor (id, count, head_hash) VALUES (1, 0, '${'0'.repeat(64)}');

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_anchor_no_delete BEFORE DELETE ON audit_anchor
BEGIN SELECT RAISE(ABORT, 'the audit anchor cannot be deleted'); END;
`,
};
