import type { Policy } from '../policy/policySchema.ts';
import type { Language } from './extractModel.ts';
import { countryName, formatCents, formatDate } from './format.ts';
import type { ProfileCell } from './subjectProfile.ts';
import { fill, texts, textFor } from './texts.ts';

/**
 * How each stored value reads (the copy of Art. 15(3) must be intelligible, EDPB 01/2022 §§ 139–140):
 * codes through the register's labels or the text catalogue, amounts in euros, dates as words, ids of
 * organisations as their names. `value` stays raw for data.json; only `display` is for reading.
 */

export interface DisplayContext {
  policy: Policy;
  language: Language;
  organisationNames: ReadonlyMap<string, string>;
}

/** Stored codes whose words come from the text catalogue, by table.column (or column for every table). */
const CODE_COLUMNS: Record<string, string> = {
  'subjects.gender': 'gender',
  'subject_names.kind': 'nameKind',
  'phone_numbers.kind': 'phoneKind',
  'cases.status': 'caseStatus',
  'case_parties.role': 'partyRole',
  'payments.method': 'paymentMethod',
  'payment_arrangements.status': 'arrangementStatus',
  'communications.channel': 'channel',
  'communications.direction': 'direction',
  'communications.letter_type': 'letterType',
  'legal_steps.kind': 'legalStep',
  'external_lookups.provider_kind': 'providerKind',
  'aml_checks.outcome': 'amlOutcome',
  'organisation_roles.role': 'orgRole',
  'marketing_contacts.kind': 'marketingKind',
  'special_category_data.category': 'specialCategory',
  'special_category_data.legal_ground': 'legalGround',
  'invoice_service_records.status': 'invoiceStatus',
};

/**
 * The stored codes of `table.column` that the text catalogue has words for, when the extract reads the
 * column's words from it (and fails on a code it lacks); null for a column that shows its value as it
 * is. The importer refuses any other code (issue 13: no imported record may make an extract fail).
 */
export function catalogueCodes(table: string, column: string): string[] | null {
  const code = CODE_COLUMNS[`${table}.${column}`];
  const prefix = code ? `code.${code}.` : column === 'safeguard' ? 'safeguard.' : null;
  if (prefix === null) return null;
  return Object.keys(texts)
    .filter((key) => key.startsWith(prefix))
    .map((key) => key.slice(prefix.length));
}

const ORGANISATION_COLUMNS = new Set(['client_id', 'recipient_id', 'provider_id', 'authority_id', 'organisation_id']);
const DATE_COLUMN = /(?:_on|_date|^valid_from|^valid_to|^financial_year_end)$/;

/**
 * The formatter for one column, chosen once per record kind rather than per value (a heavy debtor has
 * thousands of records; the extract is assembled in little more than the time it takes to load them).
 * Gives the same text as `displayValue`.
 */
export function columnFormatter(table: string, column: string, ctx: DisplayContext): (value: ProfileCell) => string {
  const { language } = ctx;
  const empty = fill('label.empty', language);
  if (
    CODE_COLUMNS[`${table}.${column}`] ||
    column === 'subscribed' ||
    column === 'safeguard' ||
    column === 'source' ||
    column === 'purpose' ||
    column === 'recipient_category' ||
    column === 'data_categories' ||
    column === 'country' ||
    column === 'handled_country' ||
    (table === 'automated_decisions' && (column === 'rule_set' || column === 'outcome'))
  ) {
    // Few distinct values: look each up once.
    const cache = new Map<ProfileCell, string>();
    return (value) => {
      let shown = cache.get(value);
      if (shown === undefined) {
        shown = displayValue(table, column, value, ctx);
        cache.set(value, shown);
      }
      return shown;
    };
  }
  // One flat function per kind of column: this runs for every field of every record.
  if (column.endsWith('_cents'))
    return (value) => (value === null || value === '' ? empty : typeof value === 'number' ? formatCents(value, language) : String(value));
  if (DATE_COLUMN.test(column) || column === 'birth_date')
    return (value) => (value === null || value === '' ? empty : formatDate(String(value), language));
  if (ORGANISATION_COLUMNS.has(column))
    return (value) => (value === null || value === '' ? empty : (ctx.organisationNames.get(String(value)) ?? String(value)));
  return (value) => (value === null || value === '' ? empty : String(value));
}

export function displayValue(table: string, column: string, value: ProfileCell, ctx: DisplayContext): string {
  const { policy, language } = ctx;
  if (value === null || value === '') return fill('label.empty', language);
  const text = String(value);
  const code = CODE_COLUMNS[`${table}.${column}`];
  if (code) return textFor(`code.${code}.${text}`, language);
  if (column.endsWith('_cents') && typeof value === 'number') return formatCents(value, language);
  if (DATE_COLUMN.test(column) || column === 'birth_date') return formatDate(text, language);
  if (ORGANISATION_COLUMNS.has(column)) return ctx.organisationNames.get(text) ?? text;
  if (column === 'country' || column === 'handled_country') return countryName(text, language);
  if (column === 'subscribed') return fill(value === 1 ? 'label.yes' : 'label.no', language);
  if (column === 'source') return policy.sources.find((s) => s.id === text)?.label[language] ?? text;
  if (column === 'purpose') return policy.purposes.find((p) => p.id === text)?.label[language] ?? text;
  if (column === 'recipient_category') return policy.recipientCategories.find((r) => r.id === text)?.label[language] ?? text;
  if (column === 'safeguard') return textFor(`safeguard.${text}`, language);
  if (column === 'data_categories') {
    return text
      .split(',')
      .map((id) => policy.dataCategories.find((c) => c.id === id.trim())?.label[language] ?? id)
      .join(', ');
  }
  if (table === 'automated_decisions' && column === 'rule_set') {
    return policy.automatedDecisionRuleSets.find((r) => r.id === text)?.label[language] ?? text;
  }
  if (table === 'automated_decisions' && column === 'outcome') {
    for (const set of policy.automatedDecisionRuleSets) {
      const outcome = set.outcomes.find((o) => o.id === text);
      if (outcome) return outcome.label[language];
    }
  }
  return text;
}

export function fieldLabel(policy: Policy, table: string, column: string, language: Language): string {
  const label = policy.recordKinds[table]?.fields[column];
  if (!label) throw new Error(`The processing register has no label for field "${column}" of record kind "${table}"`);
  return label[language];
}
