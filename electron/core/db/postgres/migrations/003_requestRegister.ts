import type { PostgresMigration } from '../postgresMigrate.ts';

/**
 * The request register on the team's server (issue 15.1): every table the SQLite register holds
 * (SQLite migrations 003, 004, 008 and 009 together), with PostgreSQL's own types. Days are `date`
 * (they come back as ISO text, postgresPool.ts); instants stay the ISO text the use case wrote, so a
 * request reads back character for character as on SQLite. JSON is `json` (checked, kept as written).
 * Deadlines are not stored: shared/deadlines computes them from these dates (one source of truth).
 *
 * Identity: method, date and clerk, never a copy of the ID document (no column for one, and
 * `identity_no_copy_kept` can only be 1). Reference numbers: UNIQUE (ref_year, ref_number) and
 * UNIQUE reference, so two clerks registering at once can never share one; the repository takes a
 * per-year lock before it counts (postgresRequestRepository.ts). No foreign key from a linked subject
 * to the case records: a request outlives a re-import of the collection system's data.
 */
export const requestRegister: PostgresMigration = {
  version: 3,
  name: 'request register',
  sql: `
CREATE TABLE requests (
  id                     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  reference              text NOT NULL UNIQUE,
  ref_year               integer NOT NULL,
  ref_number             integer NOT NULL CHECK (ref_number > 0),
  received_on            date NOT NULL,
  channel                text NOT NULL CHECK (channel IN ('letter','email','portal','phone')),
  kind                   text NOT NULL CHECK (kind IN ('access','portability','both')),
  language               text NOT NULL DEFAULT 'nl' CHECK (language IN ('nl','en')),
  requester_name         text NOT NULL CHECK (length(trim(requester_name)) > 0),
  requester_address      text,
  requester_email        text,
  status                 text NOT NULL CHECK (status IN ('received','identity-pending','in-progress','ready','sent','refused','withdrawn')),
  status_reason          text,
  identity_method        text,
  identity_checked_on    date,
  identity_checked_by    text,
  identity_no_copy_kept  smallint CHECK (identity_no_copy_kept = 1),
  extension_reason       text,
  extension_recorded_on  date,
  extension_by           text,
  closed_on              date,
  outcome                text CHECK (outcome IS NULL OR outcome IN ('no-data','referred-to-controller')),
  created_by             text NOT NULL,
  created_at             text NOT NULL,
  UNIQUE (ref_year, ref_number),
  CHECK ((identity_method IS NULL) = (identity_checked_on IS NULL) AND (identity_method IS NULL) = (identity_no_copy_kept IS NULL)),
  CHECK ((extension_reason IS NULL) = (extension_recorded_on IS NULL)),
  CHECK ((closed_on IS NULL) = (status NOT IN ('sent','refused','withdrawn')))
);
CREATE INDEX requests_status ON requests (status);
CREATE INDEX requests_received ON requests (received_on);

CREATE TABLE request_status_history (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  request_id   bigint NOT NULL REFERENCES requests (id),
  from_status  text,
  to_status    text NOT NULL,
  reason       text,
  changed_on   date NOT NULL,
  changed_by   text NOT NULL,
  changed_at   text NOT NULL
);
CREATE INDEX request_status_history_request ON request_status_history (request_id);

-- The clock is suspended while waiting for identity information (EDPB Guidelines 01/2022 §§156ff).
CREATE TABLE request_pauses (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  request_id   bigint NOT NULL REFERENCES requests (id),
  reason       text NOT NULL CHECK (reason IN ('identity')),
  from_on      date NOT NULL,
  until_on     date,
  "by"         text NOT NULL,
  CHECK (until_on IS NULL OR until_on >= from_on)
);
CREATE INDEX request_pauses_request ON request_pauses (request_id);

CREATE TABLE request_subjects (
  request_id   bigint NOT NULL REFERENCES requests (id),
  subject_id   text NOT NULL,
  evidence     json NOT NULL,
  linked_on    date NOT NULL,
  linked_by    text NOT NULL,
  PRIMARY KEY (request_id, subject_id)
);

CREATE TABLE request_rejected_candidates (
  request_id   bigint NOT NULL REFERENCES requests (id),
  subject_id   text NOT NULL,
  evidence     json NOT NULL,
  reason       text NOT NULL,
  rejected_on  date NOT NULL,
  rejected_by  text NOT NULL,
  PRIMARY KEY (request_id, subject_id)
);

CREATE TABLE request_notes (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  request_id   bigint NOT NULL REFERENCES requests (id),
  text         text NOT NULL,
  written_by   text NOT NULL,
  written_at   text NOT NULL
);
CREATE INDEX request_notes_request ON request_notes (request_id);

CREATE TABLE request_outputs (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  request_id   bigint NOT NULL REFERENCES requests (id),
  file_name    text NOT NULL,
  kind         text NOT NULL,
  sha256       text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  created_at   text NOT NULL
);
CREATE INDEX request_outputs_request ON request_outputs (request_id);

-- Art. 15(4): what is withheld from the copy and why. A lifted row either lifts the clerk's own
-- redaction or, when it has no active twin, an automatic one (reason may then be empty).
CREATE TABLE request_redactions (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  request_id   bigint NOT NULL REFERENCES requests (id),
  record_kind  text NOT NULL,
  record_id    text NOT NULL,
  field        text,
  reason       text CHECK (reason IN ('third-party-data','third-party-financial','confidential-business','legal-privilege','other')),
  note         text,
  "by"         text NOT NULL,
  on_date      date NOT NULL,
  lifted       smallint NOT NULL DEFAULT 0 CHECK (lifted IN (0,1)),
  lifted_by    text,
  lifted_on    date,
  CHECK (lifted = 1 OR reason IS NOT NULL),
  CHECK ((lifted = 1) = (lifted_on IS NOT NULL))
);
CREATE INDEX request_redactions_request ON request_redactions (request_id);

-- Who acts for the person (issue 12.8), with the proof of authority checked; one per request.
CREATE TABLE request_representatives (
  request_id   bigint PRIMARY KEY REFERENCES requests (id),
  name         text NOT NULL CHECK (length(trim(name)) > 0),
  capacity     text NOT NULL CHECK (capacity IN ('authorised-representative','bewindvoerder','wsnp-administrator','debt-counsellor')),
  address      text,
  email        text,
  proof        text NOT NULL CHECK (length(trim(proof)) > 0),
  checked_on   date NOT NULL,
  checked_by   text NOT NULL
);

-- The clients a request was referred to when the agency holds the data as processor (Art. 28(3)(e)).
CREATE TABLE request_controllers (
  request_id              bigint NOT NULL REFERENCES requests (id),
  controller_id           text NOT NULL,
  name                    text NOT NULL,
  contact                 json NOT NULL,
  referred_on             date NOT NULL,
  referred_by             text NOT NULL,
  instruction             text CHECK (instruction IS NULL OR instruction IN ('provide-extract','controller-answers')),
  instruction_received_on date,
  instruction_note        text,
  instruction_by          text,
  PRIMARY KEY (request_id, controller_id),
  CHECK ((instruction IS NULL) = (instruction_received_on IS NULL))
);

-- The clerk's "reviewed" mark per data category (issue 14.3); unmarking deletes it (the trail keeps both).
CREATE TABLE request_category_reviews (
  request_id   bigint NOT NULL REFERENCES requests (id),
  category_id  text NOT NULL,
  reviewed_by  text NOT NULL,
  reviewed_on  date NOT NULL,
  PRIMARY KEY (request_id, category_id)
);

-- Letters that left the app (issue 14.8): fixed once per request and letter id, as they were sent.
CREATE TABLE request_letters (
  request_id  bigint NOT NULL REFERENCES requests (id),
  letter_id   text NOT NULL CHECK (length(letter_id) > 0),
  kind        text NOT NULL,
  language    text NOT NULL CHECK (language IN ('nl','en')),
  letter      json NOT NULL,
  fixed_on    date NOT NULL,
  fixed_by    text NOT NULL,
  fixed_at    text NOT NULL,
  PRIMARY KEY (request_id, letter_id)
);
`,
};
