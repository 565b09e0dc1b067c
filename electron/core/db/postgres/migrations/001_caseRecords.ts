import type { PostgresMigration } from '../postgresMigrate.ts';

/**
 * The case records on the team's server (issue 15.1): the tables of SQLite migrations 001 and 005
 * (electron/core/db/migrations), column for column in recordTables.ts order, with the same NOT NULL,
 * defaults and CHECKs — the importer derives its record rules from that one schema
 * (postgresRecordRules.ts) and PostgreSQL enforces the same constraints, so a record is refused alike on
 * both backends. PostgreSQL types where they say more: calendar dates are `date` (returned as ISO text,
 * postgresPool.ts), whole numbers `bigint` (SQLite's INTEGER is 64-bit: cents must not overflow).
 * Text is COLLATE "C": byte order, as SQLite's BINARY, so ORDER BY id lists records in the same order
 * on both backends whatever the server's locale. Foreign keys are DEFERRABLE: records may come in any
 * order in an import file, which checks every reference itself and lets the server check them again
 * at the end of its transaction (postgresCaseImport.ts).
 */
export const caseRecords: PostgresMigration = {
  version: 1,
  name: 'case records',
  sql: `
CREATE TABLE meta (
  key   text COLLATE "C" PRIMARY KEY,
  value text COLLATE "C" NOT NULL
);

-- Organisations: clients (creditors), prospects, authorities, suppliers, bailiffs, agencies abroad, bureaus.
CREATE TABLE organisations (
  id                  text COLLATE "C" PRIMARY KEY,
  name                text COLLATE "C" NOT NULL,
  kind                text COLLATE "C" NOT NULL CHECK (kind IN ('client','prospect','authority','supplier','bailiff',
                        'foreign-agency','credit-bureau','address-service','court','bank','printer','lawyer','other')),
  registration_number text COLLATE "C",
  country             text COLLATE "C" NOT NULL DEFAULT 'NL',
  street              text COLLATE "C",
  postcode            text COLLATE "C",
  city                text COLLATE "C",
  email               text COLLATE "C",
  phone               text COLLATE "C",
  source              text COLLATE "C" NOT NULL
);

-- A data subject: always a natural person (the GDPR protects natural persons only).
CREATE TABLE subjects (
  id          text COLLATE "C" PRIMARY KEY,
  birth_date  date,
  gender      text COLLATE "C" CHECK (gender IN ('F','M','X')),
  created_on  date NOT NULL,
  source      text COLLATE "C" NOT NULL
);

CREATE TABLE subject_names (
  id           text COLLATE "C" PRIMARY KEY,
  subject_id   text COLLATE "C" NOT NULL REFERENCES subjects(id) DEFERRABLE,
  kind         text COLLATE "C" NOT NULL CHECK (kind IN ('legal','alias','former','spelling')),
  given_names  text COLLATE "C",
  initials     text COLLATE "C",
  particle     text COLLATE "C",
  surname      text COLLATE "C" NOT NULL,
  recorded_on  date NOT NULL,
  source       text COLLATE "C" NOT NULL
);
CREATE INDEX subject_names_subject ON subject_names(subject_id);

CREATE TABLE addresses (
  id                  text COLLATE "C" PRIMARY KEY,
  subject_id          text COLLATE "C" NOT NULL REFERENCES subjects(id) DEFERRABLE,
  street              text COLLATE "C" NOT NULL,
  house_number        bigint NOT NULL,
  house_number_suffix text COLLATE "C",
  postcode            text COLLATE "C" NOT NULL,
  city                text COLLATE "C" NOT NULL,
  country             text COLLATE "C" NOT NULL DEFAULT 'NL',
  valid_from          date NOT NULL,
  valid_to            date,
  source              text COLLATE "C" NOT NULL
);
CREATE INDEX addresses_subject ON addresses(subject_id);

CREATE TABLE email_addresses (
  id          text COLLATE "C" PRIMARY KEY,
  subject_id  text COLLATE "C" NOT NULL REFERENCES subjects(id) DEFERRABLE,
  email       text COLLATE "C" NOT NULL,
  recorded_on date NOT NULL,
  source      text COLLATE "C" NOT NULL
);
CREATE INDEX email_addresses_subject ON email_addresses(subject_id);

CREATE TABLE phone_numbers (
  id          text COLLATE "C" PRIMARY KEY,
  subject_id  text COLLATE "C" NOT NULL REFERENCES subjects(id) DEFERRABLE,
  phone_e164  text COLLATE "C" NOT NULL,
  kind        text COLLATE "C" NOT NULL CHECK (kind IN ('mobile','landline')),
  recorded_on date NOT NULL,
  source      text COLLATE "C" NOT NULL
);
CREATE INDEX phone_numbers_subject ON phone_numbers(subject_id);

CREATE TABLE bank_accounts (
  id          text COLLATE "C" PRIMARY KEY,
  subject_id  text COLLATE "C" NOT NULL REFERENCES subjects(id) DEFERRABLE,
  iban        text COLLATE "C" NOT NULL,
  holder_name text COLLATE "C" NOT NULL,
  recorded_on date NOT NULL,
  source      text COLLATE "C" NOT NULL
);
CREATE INDEX bank_accounts_subject ON bank_accounts(subject_id);

-- Collection cases. closed_on starts the case-closed+36m retention clock.
CREATE TABLE cases (
  id               text COLLATE "C" PRIMARY KEY,
  client_id        text COLLATE "C" NOT NULL REFERENCES organisations(id) DEFERRABLE,
  client_reference text COLLATE "C" NOT NULL,
  opened_on        date NOT NULL,
  closed_on        date,
  status           text COLLATE "C" NOT NULL CHECK (status IN ('open','closed')),
  handled_country  text COLLATE "C" NOT NULL DEFAULT 'NL',
  source           text COLLATE "C" NOT NULL,
  CHECK ((status = 'closed') = (closed_on IS NOT NULL))
);
CREATE INDEX cases_client ON cases(client_id);

CREATE TABLE case_parties (
  id         text COLLATE "C" PRIMARY KEY,
  case_id    text COLLATE "C" NOT NULL REFERENCES cases(id) DEFERRABLE,
  subject_id text COLLATE "C" NOT NULL REFERENCES subjects(id) DEFERRABLE,
  role       text COLLATE "C" NOT NULL CHECK (role IN ('debtor','obligor','co-liable','guarantor','representative')),
  joined_on  date NOT NULL,
  source     text COLLATE "C" NOT NULL
);
CREATE INDEX case_parties_subject ON case_parties(subject_id);
CREATE INDEX case_parties_case ON case_parties(case_id);

-- The claim with the agreement and purchase it stems from.
CREATE TABLE claims (
  id                   text COLLATE "C" PRIMARY KEY,
  case_id              text COLLATE "C" NOT NULL REFERENCES cases(id) DEFERRABLE,
  description          text COLLATE "C" NOT NULL,
  principal_cents      bigint NOT NULL,
  interest_cents       bigint NOT NULL DEFAULT 0,
  costs_cents          bigint NOT NULL DEFAULT 0,
  currency             text COLLATE "C" NOT NULL DEFAULT 'EUR',
  original_due_date    date NOT NULL,
  agreement_reference  text COLLATE "C",
  agreement_date       date,
  purchase_description text COLLATE "C",
  source               text COLLATE "C" NOT NULL
);
CREATE INDEX claims_case ON claims(case_id);

CREATE TABLE payments (
  id           text COLLATE "C" PRIMARY KEY,
  case_id      text COLLATE "C" NOT NULL REFERENCES cases(id) DEFERRABLE,
  subject_id   text COLLATE "C" NOT NULL REFERENCES subjects(id) DEFERRABLE,
  paid_on      date NOT NULL,
  amount_cents bigint NOT NULL,
  method       text COLLATE "C" NOT NULL CHECK (method IN ('bank-transfer','ideal','direct-debit','cash','attachment')),
  from_iban    text COLLATE "C",
  source       text COLLATE "C" NOT NULL
);
CREATE INDEX payments_subject ON payments(subject_id);
CREATE INDEX payments_case ON payments(case_id);

CREATE TABLE payment_arrangements (
  id               text COLLATE "C" PRIMARY KEY,
  case_id          text COLLATE "C" NOT NULL REFERENCES cases(id) DEFERRABLE,
  subject_id       text COLLATE "C" NOT NULL REFERENCES subjects(id) DEFERRABLE,
  agreed_on        date NOT NULL,
  instalments      bigint NOT NULL,
  instalment_cents bigint NOT NULL,
  status           text COLLATE "C" NOT NULL CHECK (status IN ('active','completed','broken')),
  ended_on         date,
  source           text COLLATE "C" NOT NULL
);
CREATE INDEX payment_arrangements_subject ON payment_arrangements(subject_id);

-- Letters sent and contacts in either direction (contact history).
CREATE TABLE communications (
  id          text COLLATE "C" PRIMARY KEY,
  case_id     text COLLATE "C" REFERENCES cases(id) DEFERRABLE,
  subject_id  text COLLATE "C" NOT NULL REFERENCES subjects(id) DEFERRABLE,
  occurred_on date NOT NULL,
  channel     text COLLATE "C" NOT NULL CHECK (channel IN ('letter','email','phone','portal','sms')),
  direction   text COLLATE "C" NOT NULL CHECK (direction IN ('in','out')),
  letter_type text COLLATE "C",
  summary     text COLLATE "C" NOT NULL,
  source      text COLLATE "C" NOT NULL
);
CREATE INDEX communications_subject ON communications(subject_id);

CREATE TABLE legal_steps (
  id           text COLLATE "C" PRIMARY KEY,
  case_id      text COLLATE "C" NOT NULL REFERENCES cases(id) DEFERRABLE,
  subject_id   text COLLATE "C" NOT NULL REFERENCES subjects(id) DEFERRABLE,
  kind         text COLLATE "C" NOT NULL CHECK (kind IN ('payment-order','court-case','enforcement','attachment')),
  started_on   date NOT NULL,
  ended_on     date,
  authority_id text COLLATE "C" REFERENCES organisations(id) DEFERRABLE,
  reference    text COLLATE "C",
  outcome      text COLLATE "C",
  source       text COLLATE "C" NOT NULL
);
CREATE INDEX legal_steps_subject ON legal_steps(subject_id);

-- Look-ups at credit bureaus, government registers and the address-update service, with their answer.
CREATE TABLE external_lookups (
  id             text COLLATE "C" PRIMARY KEY,
  subject_id     text COLLATE "C" NOT NULL REFERENCES subjects(id) DEFERRABLE,
  case_id        text COLLATE "C" REFERENCES cases(id) DEFERRABLE,
  provider_id    text COLLATE "C" NOT NULL REFERENCES organisations(id) DEFERRABLE,
  provider_kind  text COLLATE "C" NOT NULL CHECK (provider_kind IN ('credit-bureau','government','address-update')),
  looked_up_on   date NOT NULL,
  purpose        text COLLATE "C" NOT NULL,
  result_summary text COLLATE "C" NOT NULL,
  result_json    text COLLATE "C" NOT NULL,
  source         text COLLATE "C" NOT NULL
);
CREATE INDEX external_lookups_subject ON external_lookups(subject_id);

-- Decisions taken without a person per case (Art. 22): inputs, rule version, outcome, consequence.
CREATE TABLE automated_decisions (
  id           text COLLATE "C" PRIMARY KEY,
  subject_id   text COLLATE "C" NOT NULL REFERENCES subjects(id) DEFERRABLE,
  case_id      text COLLATE "C" REFERENCES cases(id) DEFERRABLE,
  decided_on   date NOT NULL,
  rule_set     text COLLATE "C" NOT NULL,
  rule_version text COLLATE "C" NOT NULL,
  inputs_json  text COLLATE "C" NOT NULL,
  outcome      text COLLATE "C" NOT NULL,
  consequence  text COLLATE "C" NOT NULL,
  source       text COLLATE "C" NOT NULL
);
CREATE INDEX automated_decisions_subject ON automated_decisions(subject_id);

-- Who received what, when, why, in which country, under which safeguard (Art. 15(1)(c), 15(2)).
CREATE TABLE disclosures (
  id                 text COLLATE "C" PRIMARY KEY,
  subject_id         text COLLATE "C" NOT NULL REFERENCES subjects(id) DEFERRABLE,
  case_id            text COLLATE "C" REFERENCES cases(id) DEFERRABLE,
  recipient_id       text COLLATE "C" NOT NULL REFERENCES organisations(id) DEFERRABLE,
  recipient_category text COLLATE "C" NOT NULL,
  disclosed_on       date NOT NULL,
  data_categories    text COLLATE "C" NOT NULL,
  purpose            text COLLATE "C" NOT NULL,
  country            text COLLATE "C" NOT NULL,
  safeguard          text COLLATE "C",
  source             text COLLATE "C" NOT NULL,
  -- SQLite migration 005: the record that caused the disclosure, at most one of them.
  communication_id   text COLLATE "C" REFERENCES communications(id) DEFERRABLE,
  lookup_id          text COLLATE "C" REFERENCES external_lookups(id) DEFERRABLE,
  legal_step_id      text COLLATE "C" REFERENCES legal_steps(id) DEFERRABLE,
  CHECK (num_nonnulls(communication_id, lookup_id, legal_step_id) <= 1)
);
CREATE INDEX disclosures_subject ON disclosures(subject_id);

CREATE TABLE aml_checks (
  id                    text COLLATE "C" PRIMARY KEY,
  subject_id            text COLLATE "C" NOT NULL REFERENCES subjects(id) DEFERRABLE,
  organisation_id       text COLLATE "C" REFERENCES organisations(id) DEFERRABLE,
  checked_on            date NOT NULL,
  transaction_on        date,
  relationship_ended_on date,
  outcome               text COLLATE "C" NOT NULL CHECK (outcome IN ('clear','review','refused')),
  assets_cents          bigint ,
  debts_cents           bigint ,
  income_cents          bigint ,
  source                text COLLATE "C" NOT NULL
);
CREATE INDEX aml_checks_subject ON aml_checks(subject_id);

-- Contact persons' roles at clients, prospects, authorities and suppliers; end dates start retention.
CREATE TABLE organisation_roles (
  id                text COLLATE "C" PRIMARY KEY,
  subject_id        text COLLATE "C" NOT NULL REFERENCES subjects(id) DEFERRABLE,
  organisation_id   text COLLATE "C" NOT NULL REFERENCES organisations(id) DEFERRABLE,
  role              text COLLATE "C" NOT NULL CHECK (role IN ('client-contact','client-partner','client-guarantor',
                      'prospect-contact','authority-contact','supplier-contact')),
  job_title         text COLLATE "C",
  started_on        date NOT NULL,
  ended_on          date,
  claims_settled_on date,
  source            text COLLATE "C" NOT NULL
);
CREATE INDEX organisation_roles_subject ON organisation_roles(subject_id);

CREATE TABLE marketing_contacts (
  id              text COLLATE "C" PRIMARY KEY,
  subject_id      text COLLATE "C" NOT NULL REFERENCES subjects(id) DEFERRABLE,
  organisation_id text COLLATE "C" REFERENCES organisations(id) DEFERRABLE,
  kind            text COLLATE "C" NOT NULL CHECK (kind IN ('newsletter','event','call','marketing-analysis')),
  last_contact_on date NOT NULL,
  subscribed      bigint NOT NULL CHECK (subscribed IN (0,1)),
  unsubscribed_on date,
  source          text COLLATE "C" NOT NULL
);
CREATE INDEX marketing_contacts_subject ON marketing_contacts(subject_id);

-- Invoicing and bookkeeping; financial_year_end starts the fiscal+7y clock.
CREATE TABLE billing_records (
  id                 text COLLATE "C" PRIMARY KEY,
  subject_id         text COLLATE "C" NOT NULL REFERENCES subjects(id) DEFERRABLE,
  case_id            text COLLATE "C" REFERENCES cases(id) DEFERRABLE,
  invoice_number     text COLLATE "C" NOT NULL,
  invoice_date       date NOT NULL,
  amount_cents       bigint NOT NULL,
  description        text COLLATE "C" NOT NULL,
  financial_year_end date NOT NULL,
  source             text COLLATE "C" NOT NULL
);
CREATE INDEX billing_records_subject ON billing_records(subject_id);

-- A legal hold overrides every other retention rule while it lasts.
CREATE TABLE legal_holds (
  id         text COLLATE "C" PRIMARY KEY,
  subject_id text COLLATE "C" NOT NULL REFERENCES subjects(id) DEFERRABLE,
  case_id    text COLLATE "C" REFERENCES cases(id) DEFERRABLE,
  reason     text COLLATE "C" NOT NULL,
  started_on date NOT NULL,
  ended_on   date,
  placed_by  text COLLATE "C" NOT NULL,
  source     text COLLATE "C" NOT NULL
);
CREATE INDEX legal_holds_subject ON legal_holds(subject_id);

-- Health or criminal-record data, only with its ground (Art. 9(2)(a), 9(2)(f), Art. 10 + UAVG).
CREATE TABLE special_category_data (
  id           text COLLATE "C" PRIMARY KEY,
  subject_id   text COLLATE "C" NOT NULL REFERENCES subjects(id) DEFERRABLE,
  case_id      text COLLATE "C" REFERENCES cases(id) DEFERRABLE,
  category     text COLLATE "C" NOT NULL CHECK (category IN ('health','criminal-record')),
  description  text COLLATE "C" NOT NULL,
  legal_ground text COLLATE "C" NOT NULL CHECK (legal_ground IN ('art9-2-a','art9-2-f','art10')),
  consent_on   date,
  recorded_on  date NOT NULL,
  source       text COLLATE "C" NOT NULL,
  CHECK (legal_ground <> 'art9-2-a' OR consent_on IS NOT NULL)
);
CREATE INDEX special_category_data_subject ON special_category_data(subject_id);

-- Invoices handled for a client where the organisation is only a processor; the client (seller) is
-- the controller the person must turn to.
CREATE TABLE invoice_service_records (
  id             text COLLATE "C" PRIMARY KEY,
  subject_id     text COLLATE "C" NOT NULL REFERENCES subjects(id) DEFERRABLE,
  client_id      text COLLATE "C" NOT NULL REFERENCES organisations(id) DEFERRABLE,
  invoice_number text COLLATE "C" NOT NULL,
  invoice_date   date NOT NULL,
  due_date       date NOT NULL,
  amount_cents   bigint NOT NULL,
  status         text COLLATE "C" NOT NULL CHECK (status IN ('open','paid','reminded','handed-over')),
  source         text COLLATE "C" NOT NULL
);
CREATE INDEX invoice_service_records_subject ON invoice_service_records(subject_id);
`,
};
