import type { Policy } from '../policy/policySchema.ts';
import type { ProfileRecords } from './subjectProfile.ts';

/**
 * Which of the register's categories of data subjects (docs/domain.md §2) a person falls in, read
 * from their records: the roles they have in cases, at organisations, and invoices handled for a
 * client. The extract lists only the purposes that concern these categories.
 */

/** Roles in a case (case_parties.role) → register category: a guarantor is co-liable, a representative is counted with the debtor. */
export const PARTY_ROLE_CATEGORY: Readonly<Record<string, string>> = {
  debtor: 'debtor',
  obligor: 'obligor',
  'co-liable': 'co-liable',
  guarantor: 'co-liable',
  representative: 'debtor',
};

/** Roles at an organisation (organisation_roles.role) → register category: a client's partner or guarantor is a client contact. */
export const ORGANISATION_ROLE_CATEGORY: Readonly<Record<string, string>> = {
  'client-contact': 'client-contact',
  'client-partner': 'client-contact',
  'client-guarantor': 'client-contact',
  'prospect-contact': 'prospect-contact',
  'authority-contact': 'authority-contact',
  'supplier-contact': 'supplier-contact',
};

export function subjectCategoriesOf(records: ProfileRecords, caseScope?: ReadonlySet<string>): string[] {
  const found = new Set<string>();
  for (const party of records.case_parties ?? []) {
    if (caseScope && !caseScope.has(String(party.case_id))) continue;
    const category = PARTY_ROLE_CATEGORY[String(party.role)];
    if (category) found.add(category);
  }
  for (const role of records.organisation_roles ?? []) {
    const category = ORGANISATION_ROLE_CATEGORY[String(role.role)];
    if (category) found.add(category);
  }
  if ((records.invoice_service_records ?? []).length > 0) found.add('invoice-recipient');
  return [...found].sort();
}

/** True when every category the person is in is one where the organisation acts only as processor (Art. 28). */
export function isProcessorOnly(policy: Policy, categories: readonly string[]): boolean {
  if (categories.length === 0) return false;
  return categories.every((id) => policy.dataSubjectCategories.find((c) => c.id === id)?.role === 'processor');
}
