import type { Migration } from '../migration.ts';

/**
 * The case-record store: everything the privacy statement says the organisation processes, for every
 * category of data subject (docs/domain.md §2). Every record carries:
 *  - a stable text id from the source system, so a re-import replaces rather than duplicates;
 *  - `source`: a source id of the processing register (Art. 15(1)(g) — where the data came from);
 *  - the dates its retention rule needs, directly or through its case or relationship.
 * Money is stored in cents (integers) so that sums are exact; dates are ISO `YYYY-MM-DD` text.
 */
export const caseRecords: Migration = {
  version: 1,
  name: 'case records',
  sql: `
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

-- Organisations: clients (creditors), prospects, authorities, suppliers, bailiffs, agencies abroad, bureaus.
CREATE TABLE organisations (
  id                  TEXT PRIMARY KEY,
  name                TEXT NOT NULL,
  kind                TEXT NOT NULL CHECK (kind IN ('client','prospect','authority','supplier','bailiff',
                        'foreign-agency','credit-bureau','address-service','court','bank','printer','lawyer','other')),
  registration_number TEXT,
  country             TEXT NOT NULL DEFAULT 'NL',
  street              TEXT,
  postcode            TEXT,
  city                TEXT,
  email               TEXT,
  phone               TEXT,
  source              TEXT NOT NULL
) STRICT;

-- A data subject: always a natural person (the GDPR protects natural persons only).
CREATE TABLE subjects (
  id          TEXT PRIMARY KEY,
  birth_date  TEXT,
  gender      TEXT CHECK (gender IN ('F','M','X')),
  created_on  TEXT NOT NULL,
  source      TEXT NOT NULL
) STRICT;

CREATE TABLE subject_names (
  id           TEXT PRIMARY KEY,
  subject_id   TEXT NOT NULL REFERENCES subjects(id),
  kind         TEXT NOT NULL CHECK (kind IN ('legal','alias','former','spelling')),
  given_names  TEXT,
  initials     TEXT,
  particle     TEXT,
  surname      TEXT NOT NULL,
  recorded_on  TEXT NOT NULL,
  source       TEXT NOT NULL
) STRICT;
CREATE INDEX subject_names_subject ON subject_names(subject_id);

CREATE TABLE addresses (
  id                  TEXT PRIMARY KEY,
  subject_id          TEXT NOT NULL REFERENCES subjects(id),
  street              TEXT NOT NULL,
  house_number        INTEGER NOT NULL,
  house_number_suffix TEXT,
  postcode            TEXT NOT NULL,
  city                TEXT NOT NULL,
  country             TEXT NOT NULL DEFAULT 'NL',
  valid_from          TEXT NOT NULL,
  valid_to            TEXT,
  source              TEXT NOT NULL
) STRICT;
CREATE INDEX addresses_subject ON addresses(subject_id);

CREATE TABLE email_addresses (
  id          TEXT PRIMARY KEY,
  subject_id  TEXT NOT NULL REFERENCES subjects(id),
  email       TEXT NOT NULL,
  recorded_on TEXT NOT NULL,
  source      TEXT NOT NULL
) STRICT;
CREATE INDEX email_addresses_subject ON email_addresses(subject_id);

CREATE TABLE phone_numbers (
  id          TEXT PRIMARY KEY,
  subject_id  TEXT NOT NULL REFERENCES subjects(id),
  phone_e164  TEXT NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('mobile','landline')),
  recorded_on TEXT NOT NULL,
  source      TEXT NOT NULL
) STRICT;
CREATE INDEX phone_numbers_subject ON phone_numbers(subject_id);

CREATE TABLE bank_accounts (
  id          TEXT PRIMARY KEY,
  subject_id  TEXT NOT NULL REFERENCES subjects(id),
  iban        TEXT NOT NULL,
  holder_name TEXT NOT NULL,
  recorded_on TEXT NOT NULL,
  source      TEXT NOT NULL
) STRICT;
CREATE INDEX bank_accounts_subject ON bank_accounts(subject_id);

-- Collection cases. closed_on starts the case-closed+36m retention clock.
CREATE TABLE cases (
  id               TEXT PRIMARY KEY,
  client_id        TEXT NOT NULL REFERENCES organisations(id),
  client_reference TEXT NOT NULL,
  opened_on        TEXT NOT NULL,
  closed_on        TEXT,
  status           TEXT NOT NULL CHECK (status IN ('open','closed')),
  handled_country  TEXT NOT NULL DEFAULT 'NL',
  source           TEXT NOT NULL,
  CHECK ((status = 'closed') = (closed_on IS NOT NULL))
) STRICT;
CREATE INDEX cases_client ON cases(client_id);

CREATE TABLE case_parties (
  id         TEXT PRIMARY KEY,
  case_id    TEXT NOT NULL REFERENCES cases(id),
  subject_id TEXT NOT NULL REFERENCES subjects(id),
  role       TEXT NOT NULL CHECK (role IN ('debtor','obligor','co-liable','guarantor','representative')),
  joined_on  TEXT NOT NULL,
  source     TEXT NOT NULL
) STRICT;
CREATE INDEX case_parties_subject ON case_parties(subject_id);
CREATE INDEX case_parties_case ON case_parties(case_id);

-- The claim with the agreement and purchase it stems from.
CREATE TABLE claims (
  id                   TEXT PRIMARY KEY,
  case_id              TEXT NOT NULL REFERENCES cases(id),
  description          TEXT NOT NULL,
  principal_cents      INTEGER NOT NULL,
  interest_cents       INTEGER NOT NULL DEFAULT 0,
  costs_cents          INTEGER NOT NULL DEFAULT 0,
  currency             TEXT NOT NULL DEFAULT 'EUR',
  original_due_date    TEXT NOT NULL,
  agreement_reference  TEXT,
  agreement_date       TEXT,
  purchase_description TEXT,
  source               TEXT NOT NULL
) STRICT;
CREATE INDEX claims_case ON claims(case_id);

CREATE TABLE payments (
  id           TEXT PRIMARY KEY,
  case_id      TEXT NOT NULL REFERENCES cases(id),
  subject_id   TEXT NOT NULL REFERENCES subjects(id),
  paid_on      TEXT NOT NULL,
  amount_cents INTEGER NOT NULL,
  method       TEXT NOT NULL CHECK (method IN ('bank-transfer','ideal','direct-debit','cash','attachment')),
  from_iban    TEXT,
  source       TEXT NOT NULL
) STRICT;
CREATE INDEX payments_subject ON payments(subject_id);
CREATE INDEX payments_case ON payments(case_id);

CREATE TABLE payment_arrangements (
  id               TEXT PRIMARY KEY,
  case_id          TEXT NOT NULL REFERENCES cases(id),
  subject_id       TEXT NOT NULL REFERENCES subjects(id),
  agreed_on        TEXT NOT NULL,
  instalments      INTEGER NOT NULL,
  instalment_cents INTEGER NOT NULL,
  status           TEXT NOT NULL CHECK (status IN ('active','completed','broken')),
  ended_on         TEXT,
  source           TEXT NOT NULL
) STRICT;
CREATE INDEX payment_arrangements_subject ON payment_arrangements(subject_id);

-- Letters sent and contacts in either direction (contact history).
CREATE TABLE communications (
  id          TEXT PRIMARY KEY,
  case_id     TEXT REFERENCES cases(id),
  subject_id  TEXT NOT NULL REFERENCES subjects(id),
  occurred_on TEXT NOT NULL,
  channel     TEXT NOT NULL CHECK (channel IN ('letter','email','phone','portal','sms')),
  direction   TEXT NOT NULL CHECK (direction IN ('in','out')),
  letter_type TEXT,
  summary     TEXT NOT NULL,
  source      TEXT NOT NULL
) STRICT;
CREATE INDEX communications_subject ON communications(subject_id);

CREATE TABLE legal_steps (
  id           TEXT PRIMARY KEY,
  case_id      TEXT NOT NULL REFERENCES cases(id),
  subject_id   TEXT NOT NULL REFERENCES subjects(id),
  kind         TEXT NOT NULL CHECK (kind IN ('payment-order','court-case','enforcement','attachment')),
  started_on   TEXT NOT NULL,
  ended_on     TEXT,
  authority_id TEXT REFERENCES organisations(id),
  reference    TEXT,
  outcome      TEXT,
  source       TEXT NOT NULL
) STRICT;
CREATE INDEX legal_steps_subject ON legal_steps(subject_id);

-- Look-ups at credit bureaus, government registers and the address-update service, with their answer.
CREATE TABLE external_lookups (
  id             TEXT PRIMARY KEY,
  subject_id     TEXT NOT NULL REFERENCES subjects(id),
  case_id        TEXT REFERENCES cases(id),
  provider_id    TEXT NOT NULL REFERENCES organisations(id),
  provider_kind  TEXT NOT NULL CHECK (provider_kind IN ('credit-bureau','government','address-update')),
  looked_up_on   TEXT NOT NULL,
  purpose        TEXT NOT NULL,
  result_summary TEXT NOT NULL,
  result_json    TEXT NOT NULL,
  source         TEXT NOT NULL
) STRICT;
CREATE INDEX external_lookups_subject ON external_lookups(subject_id);

-- Decisions taken without a person per case (Art. 22): inputs, rule version, outcome, consequence.
CREATE TABLE automated_decisions (
  id           TEXT PRIMARY KEY,
  subject_id   TEXT NOT NULL REFERENCES subjects(id),
  case_id      TEXT REFERENCES cases(id),
  decided_on   TEXT NOT NULL,
  rule_set     TEXT NOT NULL,
  rule_version TEXT NOT NULL,
  inputs_json  TEXT NOT NULL,
  outcome      TEXT NOT NULL,
  consequence  TEXT NOT NULL,
  source       TEXT NOT NULL
) STRICT;
CREATE INDEX automated_decisions_subject ON automated_decisions(subject_id);

-- Who received what, when, why, in which country, under which safeguard (Art. 15(1)(c), 15(2)).
CREATE TABLE disclosures (
  id                 TEXT PRIMARY KEY,
  subject_id         TEXT NOT NULL REFERENCES subjects(id),
  case_id            TEXT REFERENCES cases(id),
  recipient_id       TEXT NOT NULL REFERENCES organisations(id),
  recipient_category TEXT NOT NULL,
  disclosed_on       TEXT NOT NULL,
  data_categories    TEXT NOT NULL,
  purpose            TEXT NOT NULL,
  country            TEXT NOT NULL,
  safeguard          TEXT,
  source             TEXT NOT NULL
) STRICT;
CREATE INDEX disclosures_subject ON disclosures(subject_id);

CREATE TABLE aml_checks (
  id                    TEXT PRIMARY KEY,
  subject_id            TEXT NOT NULL REFERENCES subjects(id),
  organisation_id       TEXT REFERENCES organisations(id),
  checked_on            TEXT NOT NULL,
  transaction_on        TEXT,
  relationship_ended_on TEXT,
  outcome               TEXT NOT NULL CHECK (outcome IN ('clear','review','refused')),
  assets_cents          INTEGER,
  debts_cents           INTEGER,
  income_cents          INTEGER,
  source                TEXT NOT NULL
) STRICT;
CREATE INDEX aml_checks_subject ON aml_checks(subject_id);

-- Contact persons' roles at clients, prospects, authorities and suppliers; end dates start retention.
CREATE TABLE organisation_roles (
  id                TEXT PRIMARY KEY,
  subject_id        TEXT NOT NULL REFERENCES subjects(id),
  organisation_id   TEXT NOT NULL REFERENCES organisations(id),
  role              TEXT NOT NULL CHECK (role IN ('client-contact','client-partner','client-guarantor',
                      'prospect-contact','authority-contact','supplier-contact')),
  job_title         TEXT,
  started_on        TEXT NOT NULL,
  ended_on          TEXT,
  claims_settled_on TEXT,
  source            TEXT NOT NULL
) STRICT;
CREATE INDEX organisation_roles_subject ON organisation_roles(subject_id);

CREATE TABLE marketing_contacts (
  id              TEXT PRIMARY KEY,
  subject_id      TEXT NOT NULL REFERENCES subjects(id),
  organisation_id TEXT REFERENCES organisations(id),
  kind            TEXT NOT NULL CHECK (kind IN ('newsletter','event','call','marketing-analysis')),
  last_contact_on TEXT NOT NULL,
  subscribed      INTEGER NOT NULL CHECK (subscribed IN (0,1)),
  unsubscribed_on TEXT,
  source          TEXT NOT NULL
) STRICT;
CREATE INDEX marketing_contacts_subject ON marketing_contacts(subject_id);

-- Invoicing and bookkeeping; financial_year_end starts the fiscal+7y clock.
CREATE TABLE billing_records (
  id                 TEXT PRIMARY KEY,
  subject_id         TEXT NOT NULL REFERENCES subjects(id),
  case_id            TEXT REFERENCES cases(id),
  invoice_number     TEXT NOT NULL,
  invoice_date       TEXT NOT NULL,
  amount_cents       INTEGER NOT NULL,
  description        TEXT NOT NULL,
  financial_year_end TEXT NOT NULL,
  source             TEXT NOT NULL
) STRICT;
CREATE INDEX billing_records_subject ON billing_records(subject_id);

-- A legal hold overrides every other retention rule while it lasts.
CREATE TABLE legal_holds (
  id         TEXT PRIMARY KEY,
  subject_id TEXT NOT NULL REFERENCES subjects(id),
  case_id    TEXT REFERENCES cases(id),
  reason     TEXT NOT NULL,
  started_on TEXT NOT NULL,
  ended_on   TEXT,
  placed_by  TEXT NOT NULL,
  source     TEXT NOT NULL
) STRICT;
CREATE INDEX legal_holds_subject ON legal_holds(subject_id);

-- Health or criminal-record data, only with its ground (Art. 9(2)(a), 9(2)(f), Art. 10 + UAVG).
CREATE TABLE special_category_data (
  id           TEXT PRIMARY KEY,
  subject_id   TEXT NOT NULL REFERENCES subjects(id),
  case_id      TEXT REFERENCES cases(id),
  category     TEXT NOT NULL CHECK (category IN ('health','criminal-record')),
  description  TEXT NOT NULL,
  legal_ground TEXT NOT NULL CHECK (legal_ground IN ('art9-2-a','art9-2-f','art10')),
  consent_on   TEXT,
  recorded_on  TEXT NOT NULL,
  source       TEXT NOT NULL,
  CHECK (legal_ground <> 'art9-2-a' OR consent_on IS NOT NULL)
) STRICT;
CREATE INDEX special_category_data_subject ON special_category_data(subject_id);

-- Invoices handled for a client where the organisation is only a processor; the client (seller) is
-- the controller the person must turn to.
CREATE TABLE invoice_service_records (
  id             TEXT PRIMARY KEY,
  subject_id     TEXT NOT NULL REFERENCES subjects(id),
  client_id      TEXT NOT NULL REFERENCES organisations(id),
  invoice_number TEXT NOT NULL,
  invoice_date   TEXT NOT NULL,
  due_date       TEXT NOT NULL,
  amount_cents   INTEGER NOT NULL,
  status         TEXT NOT NULL CHECK (status IN ('open','paid','reminded','handed-over')),
  source         TEXT NOT NULL
) STRICT;
CREATE INDEX invoice_service_records_subject ON invoice_service_records(subject_id);
`,
};
