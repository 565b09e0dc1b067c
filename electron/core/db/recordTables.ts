/**
 * The columns of every case-record table, in the order rows are written. Seeding, import and the
 * subject profile all use this one list, so a column added by a migration is added here once.
 */
export const recordTables = {
  organisations: ['id', 'name', 'kind', 'registration_number', 'country', 'street', 'postcode', 'city', 'email', 'phone', 'source'],
  subjects: ['id', 'birth_date', 'gender', 'created_on', 'source'],
  subject_names: ['id', 'subject_id', 'kind', 'given_names', 'initials', 'particle', 'surname', 'recorded_on', 'source'],
  addresses: [
    'id',
    'subject_id',
    'street',
    'house_number',
    'house_number_suffix',
    'postcode',
    'city',
    'country',
    'valid_from',
    'valid_to',
    'source',
  ],
  email_addresses: ['id', 'subject_id', 'email', 'recorded_on', 'source'],
  phone_numbers: ['id', 'subject_id', 'phone_e164', 'kind', 'recorded_on', 'source'],
  bank_accounts: ['id', 'subject_id', 'iban', 'holder_name', 'recorded_on', 'source'],
  cases: ['id', 'client_id', 'client_reference', 'opened_on', 'closed_on', 'status', 'handled_country', 'source'],
  case_parties: ['id', 'case_id', 'subject_id', 'role', 'joined_on', 'source'],
  claims: [
    'id',
    'case_id',
    'description',
    'principal_cents',
    'interest_cents',
    'costs_cents',
    'currency',
    'original_due_date',
    'agreement_reference',
    'agreement_date',
    'purchase_description',
    'source',
  ],
  payments: ['id', 'case_id', 'subject_id', 'paid_on', 'amount_cents', 'method', 'from_iban', 'source'],
  payment_arrangements: ['id', 'case_id', 'subject_id', 'agreed_on', 'instalments', 'instalment_cents', 'status', 'ended_on', 'source'],
  communications: ['id', 'case_id', 'subject_id', 'occurred_on', 'channel', 'direction', 'letter_type', 'summary', 'source'],
  legal_steps: ['id', 'case_id', 'subject_id', 'kind', 'started_on', 'ended_on', 'authority_id', 'reference', 'outcome', 'source'],
  external_lookups: [
    'id',
    'subject_id',
    'case_id',
    'provider_id',
    'provider_kind',
    'looked_up_on',
    'purpose',
    'result_summary',
    'result_json',
    'source',
  ],
  automated_decisions: [
    'id',
    'subject_id',
    'case_id',
    'decided_on',
    'rule_set',
    'rule_version',
    'inputs_json',
    'outcome',
    'consequence',
    'source',
  ],
  disclosures: [
    'id',
    'subject_id',
    'case_id',
    'recipient_id',
    'recipient_category',
    'disclosed_on',
    'data_categories',
    'purpose',
    'country',
    'safeguard',
    'source',
    // 005_disclosureRecords.ts: the record that caused the disclosure, at most one of them.
    'communication_id',
    'lookup_id',
    'legal_step_id',
  ],
  aml_checks: [
    'id',
    'subject_id',
    'organisation_id',
    'checked_on',
    'transaction_on',
    'relationship_ended_on',
    'outcome',
    'assets_cents',
    'debts_cents',
    'income_cents',
    'source',
  ],
  organisation_roles: ['id', 'subject_id', 'organisation_id', 'role', 'job_title', 'started_on', 'ended_on', 'claims_settled_on', 'source'],
  marketing_contacts: ['id', 'subject_id', 'organisation_id', 'kind', 'last_contact_on', 'subscribed', 'unsubscribed_on', 'source'],
  billing_records: [
    'id',
    'subject_id',
    'case_id',
    'invoice_number',
    'invoice_date',
    'amount_cents',
    'description',
    'financial_year_end',
    'source',
  ],
  legal_holds: ['id', 'subject_id', 'case_id', 'reason', 'started_on', 'ended_on', 'placed_by', 'source'],
  special_category_data: ['id', 'subject_id', 'case_id', 'category', 'description', 'legal_ground', 'consent_on', 'recorded_on', 'source'],
  invoice_service_records: [
    'id',
    'subject_id',
    'client_id',
    'invoice_number',
    'invoice_date',
    'due_date',
    'amount_cents',
    'status',
    'source',
  ],
} as const satisfies Record<string, readonly string[]>;

export type RecordTable = keyof typeof recordTables;
export type CellValue = string | number | null;

/** Tables in an order that satisfies the foreign keys when rows are written table by table. */
export const recordTableNames = Object.keys(recordTables) as RecordTable[];

/** Records that belong to a person directly through `subject_id` (all but organisations, subjects, cases, claims). */
export const subjectOwnedTables = recordTableNames.filter((t) => (recordTables[t] as readonly string[]).includes('subject_id'));

export function insertSql(table: RecordTable): string {
  const columns = recordTables[table];
  return `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
}
